using System.Text;

namespace PyPack.Compiler.Emit;

/// <summary>Builds indented C# text. Output uses \n line ends on every platform, so it is byte-identical run to run.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public void Append(CodeWriter other)
    {
        foreach (var line in other._text.ToString().Split('\n')[..^1]) Line(line.Length == 0 ? "" : line);
    }

    public override string ToString() => _text.ToString();
}
