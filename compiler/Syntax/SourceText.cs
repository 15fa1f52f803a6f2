using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// The decoded source as UTF-8 (newlines normalised, a final newline added), with what error
/// reporting needs: the text of a line, and whether CPython would count columns in characters
/// (only when the file declares its encoding) or in bytes.
/// </summary>
internal sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(byte[] utf8, int length, bool hasEncodingDeclaration, bool lastLineHadNewline)
    {
        Bytes = utf8;
        Length = length;
        HasEncodingDeclaration = hasEncodingDeclaration;
        LastLineHadNewline = lastLineHadNewline;
    }

    public byte[] Bytes { get; }
    public int Length { get; }
    public bool HasEncodingDeclaration { get; }
    public bool LastLineHadNewline { get; }

    /// <summary>Line <paramref name="line"/> (1-based) with its newline, or null past the end.</summary>
    public string? Line(int line)
    {
        if (_lineStarts == null)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < Length; i++)
            {
                if (Bytes[i] == '\n' && i + 1 < Length)
                    starts.Add(i + 1);
            }
            _lineStarts = starts.ToArray();
        }
        if (line < 1 || line > _lineStarts.Length)
            return null;
        int s = _lineStarts[line - 1];
        int e = Array.IndexOf(Bytes, (byte)'\n', s, Length - s);
        e = e < 0 ? Length : e + 1;
        if (e == Length && !LastLineHadNewline && e > s && Bytes[e - 1] == '\n')
            e--;
        return Encoding.UTF8.GetString(Bytes, s, e - s);
    }
}
