namespace PyPack.Compiler.Syntax.Ast;

/// <summary>
/// A node of the syntax tree. Shapes, field names and positions follow CPython 3.11's <c>ast</c>
/// module so that <c>pypack ast</c> can print exactly what <c>ast.dump</c> prints.
/// Positions: lines from 1; columns are UTF-8 byte offsets within the line, as CPython counts them.
/// Nodes without positions in CPython (arguments, comprehension, withitem, match_case) leave them 0.
/// </summary>
public abstract class Node
{
    public int Line { get => _line; init => _line = value; }
    public int Col { get => _col; init => _col = value; }
    public int EndLine { get => _endLine; init => _endLine = value; }
    public int EndCol { get => _endCol; init => _endCol = value; }

    private int _line, _col, _endLine, _endCol;

    /// <summary>Sets the position after construction (the parser learns the end of a node late).</summary>
    internal void SetSpan(int line, int col, int endLine, int endCol)
    {
        _line = line;
        _col = col;
        _endLine = endLine;
        _endCol = endCol;
    }

    /// <summary>The class name CPython's <c>ast</c> module gives this node.</summary>
    public abstract string PythonName { get; }

    /// <summary>CPython's <c>_fields</c>, in order.</summary>
    public abstract IReadOnlyList<string> FieldNames { get; }

    /// <summary>The value of field <paramref name="index"/> of <see cref="FieldNames"/>.</summary>
    public abstract object? GetField(int index);

    /// <summary>Whether CPython gives this node lineno/col_offset/end_lineno/end_col_offset.</summary>
    public virtual bool HasPosition => this is not (Mod or Arguments or Comprehension or WithItem or MatchCase or TypeIgnore);
}
