namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The marker line CPython 3.11 prints under a traceback's source line when the operation covers
/// only part of it (<c>^^^^</c>), with <c>~</c> for the operands of a binary operation or a
/// subscript. The uncaught-exception printer (Python/traceback.c) and the traceback module
/// (Lib/traceback.py) differ in small ways: how a line's trailing blanks count, and which
/// characters they step over to find an operator; <c>interpreter</c> picks the first.
/// </summary>
internal static class CaretLine
{
    /// <summary>The marker line (ending in a newline), or null when nothing is marked.</summary>
    /// <param name="line">The source line without its newline.</param>
    public static string? For(string line, SourcePosition p, bool interpreter)
    {
        var start = CharIndex(line, p.Column);
        var end = CharIndex(line, p.EndColumn);
        int left = -1, right = -1;
        if (p.Line == p.EndLine)
        {
            if (start > end) return null;
            var segment = line[start..end];
            if (p.OperatorKind == 1) (left, right) = Operator(segment, p, interpreter);
            else if (p.OperatorKind == 2) (left, right) = Brackets(segment, p);
        }
        else
        {
            end = interpreter ? line.TrimEnd(' ', '\t', '\f').Length : line.TrimEnd().Length;
        }
        if (start > end) return null;
        var anchors = left >= 0;
        var sb = new System.Text.StringBuilder("    ");
        if (interpreter)
        {
            var indent = line.Length - line.TrimStart(' ', '\t', '\f').Length;
            if (end - start == line.Length - indent && !anchors) return null;
            sb.Append(' ', Math.Max(0, start - indent));
        }
        else
        {
            var stripped = line.Trim();
            if (!(end - start < stripped.Length || (anchors && right - left > 0))) return null;
            // traceback.py counts the newline among the characters stripped (and trailing blanks too).
            sb.Append(' ', Math.Max(0, start + 1 - (line.Length + 1 - stripped.Length)));
        }
        if (!anchors) return sb.Append('^', end - start).Append('\n').ToString();
        sb.Append('~', Math.Max(0, left)).Append('^', Math.Max(0, right - left)).Append('~', Math.Max(0, end - start - right));
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// The operator: the first character after the left operand that is not blank. traceback.c
    /// steps over a ')' unless it is the last; traceback.py steps over blanks, ')' and '#' after it.
    /// </summary>
    private static (int, int) Operator(string segment, SourcePosition p, bool interpreter)
    {
        var from = Math.Min(segment.Length, CharIndex(segment, p.LeftEnd - p.Column));
        var to = Math.Min(segment.Length, CharIndex(segment, p.RightStart - p.Column));
        int left = -1, right = -1;
        for (var i = from; i < to; i++)
        {
            if (IsBlank(segment[i], interpreter)) continue;
            left = i;
            right = i + 1;
            if (i + 1 < to && !IsBlank(segment[i + 1], interpreter)) right++;
            if (interpreter)
            {
                if (i + 1 < to && segment[i] == ')') continue;
            }
            else
            {
                while (left < segment.Length && (char.IsWhiteSpace(segment[left]) || segment[left] is ')' or '#'))
                {
                    left++;
                    right++;
                }
            }
            break;
        }
        return (left, right);
    }

    private static bool IsBlank(char c, bool interpreter) => interpreter ? c is ' ' or '\t' or '\f' : char.IsWhiteSpace(c);

    /// <summary>Both printers: from the '[' after the value to just past the ']' after the slice.</summary>
    private static (int, int) Brackets(string segment, SourcePosition p)
    {
        var left = CharIndex(segment, p.LeftEnd - p.Column);
        var right = CharIndex(segment, p.RightStart + 1 - p.Column);
        while (left < segment.Length && segment[left] != '[') left++;
        while (right < segment.Length && segment[right] != ']') right++;
        if (right < segment.Length) right++;
        return (left, right);
    }

    /// <summary>The index in <paramref name="s"/> of UTF-8 byte offset <paramref name="bytes"/> (a split character counts whole).</summary>
    private static int CharIndex(string s, int bytes)
    {
        var i = 0;
        while (i < s.Length && bytes > 0)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                bytes -= 4;
                i += 2;
                continue;
            }
            bytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            i++;
        }
        return i;
    }
}
