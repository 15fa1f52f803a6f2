using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// A SyntaxError, IndentationError or TabError with the fields CPython 3.11 gives it. Columns are
/// 1-based character offsets like <c>SyntaxError.offset</c>; <see cref="SourceLine"/> is CPython's
/// <c>text</c> (usually the line with its newline).
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(string kind, string msg, string fileName, int line, int col, int endLine, int endCol, string? sourceLine)
        : base($"{kind}: {msg} ({fileName}, line {line})")
    {
        Kind = kind;
        Msg = msg;
        FileName = fileName;
        Line = line;
        Col = col;
        EndLine = endLine;
        EndCol = endCol;
        SourceLine = sourceLine;
    }

    /// <summary>
    /// A parser stack overflow: CPython prints a bare <c>MemoryError</c> for source nested too deeply to parse.
    /// </summary>
    public static PythonSyntaxError MemoryError() => new("MemoryError", "", "", 0, 0, 0, 0, null);

    /// <summary>The compiler's own recursion limit: statements and expressions nested more than 3000 deep.</summary>
    public static PythonSyntaxError CompileRecursionError() =>
        new("RecursionError", "maximum recursion depth exceeded during compilation", "", 0, 0, 0, 0, null);

    /// <summary>
    /// "SyntaxError", "IndentationError" or "TabError"; or, for source too deeply nested to compile,
    /// the "MemoryError" or "RecursionError" CPython raises instead (without a location).
    /// </summary>
    public string Kind { get; }
    public string Msg { get; }
    public string FileName { get; }
    public int Line { get; }
    public int Col { get; }
    public int EndLine { get; }
    public int EndCol { get; }
    public string? SourceLine { get; }

    /// <summary>What CPython 3.11 prints to stderr for this error when it runs the file.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        if (Line == 0 && SourceLine == null)
        {
            // Errors found before tokenizing (encoding problems) and resource errors carry no location.
            sb.Append(Kind);
            if (Msg.Length > 0) sb.Append(": ").Append(Msg);
            sb.Append('\n');
            return sb.ToString();
        }
        sb.Append("  File \"").Append(FileName).Append("\", line ").Append(Line).Append('\n');
        if (SourceLine != null)
        {
            // The printer reads the end of the range only for SyntaxError itself, not its subclasses.
            bool exact = Kind == "SyntaxError";
            int endOffset = exact ? EndCol : -1;
            int endLine = exact ? EndLine : Line;
            int lineSize = Encoding.UTF8.GetByteCount(SourceLine);
            // CPython highlights a multi-line range only to the end of its first line.
            if (endLine > Line)
                endOffset = lineSize;
            if (endOffset > lineSize + 1)
                endOffset = lineSize + 1;
            AppendErrorText(sb, Col, endOffset, SourceLine);
        }
        sb.Append(Kind).Append(": ").Append(Msg).Append('\n');
        return sb.ToString();
    }

    // Mirrors the C printer: it mixes character offsets with the UTF-8 bytes of the text, and so do we.
    private static void AppendErrorText(StringBuilder sb, int offset, int endOffset, string textString)
    {
        int caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        byte[] text = Encoding.UTF8.GetBytes(textString);
        int start = 0;
        offset--;
        while (start < text.Length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f'))
        {
            start++;
            offset--;
        }
        int nul = Array.IndexOf(text, (byte)0, start);
        int end = nul < 0 ? text.Length : nul;
        int len = end - start;
        if (len > 0 && text[end - 1] == '\n')
            len--;
        if (offset > len)
            offset = len;
        while (true)
        {
            int nl = Array.IndexOf(text, (byte)'\n', start, end - start);
            if (nl < 0)
                break;
            int inl = nl - start;
            if (inl >= offset)
                break;
            inl++;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        sb.Append("    ").Append(Encoding.UTF8.GetString(text, start, end - start));
        if (start + len >= end || text[start + len] != '\n')
            sb.Append('\n');
        if (offset < 0)
            return;
        sb.Append("    ");
        sb.Append(' ', offset);
        sb.Append('^', caretRepetitions);
        sb.Append('\n');
    }
}
