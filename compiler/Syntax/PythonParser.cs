using System.Text;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

/// <summary>Parses Python 3.11 source into CPython's AST, or throws <see cref="PythonSyntaxError"/>.</summary>
public static class PythonParser
{
    public static Module Parse(string source, string fileName)
        => Parse(Encoding.UTF8.GetBytes(source), fileName);

    /// <summary>Parses a file's bytes: BOM and PEP 263 encoding declaration honoured, UTF-8 by default.</summary>
    public static Module Parse(byte[] source, string fileName)
    {
        SourceText text = SourceDecoder.Decode(source, fileName);
        var tokenizer = new Tokenizer(text.Bytes, text.Length, fileName);
        var parser = new Parser(tokenizer, text, fileName);
        return (Module)Parser.RunParser(parser, fstring: false)!;
    }
}
