namespace PyPack.Runtime.Exceptions;

/// <summary>
/// Where an operation is in the source, as CPython's co_positions gives it: first and last line,
/// and UTF-8 byte columns. For a binary operator or a subscript on one line it also carries where
/// the operands are, which the traceback marks with <c>~</c> around the <c>^</c> of the operator
/// (CPython finds them by parsing the segment again; the compiler knows them from the tree).
/// </summary>
public readonly struct SourcePosition
{
    /// <summary>Ints per position in a module's table: line, end line, column, end column, anchors (2).</summary>
    public const int Size = 6;

    public SourcePosition(int[] table, int at)
    {
        Line = table[at];
        EndLine = table[at + 1];
        Column = table[at + 2];
        EndColumn = table[at + 3];
        var a = table[at + 4];
        OperatorKind = a >= 0 ? 1 : a < -1 ? 2 : 0;
        LeftEnd = a >= 0 ? a : -2 - a;
        RightStart = table[at + 5];
    }

    public int Line { get; }
    public int EndLine { get; }
    public int Column { get; }
    public int EndColumn { get; }

    /// <summary>0: no anchors; 1: a binary operation (left operand's end, right operand's start); 2: a subscript (value's end, slice's end).</summary>
    public int OperatorKind { get; }
    public int LeftEnd { get; }
    public int RightStart { get; }
}
