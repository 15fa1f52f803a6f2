using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Tests.Syntax;

/// <summary>The public parsing API on small inputs; the stdlib and error suites cover the breadth.</summary>
public class PythonParserTests
{
    [Fact]
    public void ParsesFromStringWithPositions()
    {
        Module m = PythonParser.Parse("x = 1\n", "t.py");
        AstDumper.Dump(m).ShouldBe(
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], "
            + "value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])");
    }

    [Fact]
    public void ColumnsAreUtf8ByteOffsets()
    {
        var assign = (Assign)PythonParser.Parse("é = 'ü' + x\n", "t.py").Body[0];
        var sum = (BinOp)assign.Value;
        sum.Right.Col.ShouldBe(12);
        assign.Targets[0].EndCol.ShouldBe(2);
    }

    [Fact]
    public void HonoursBomAndEncodingDeclaration()
    {
        byte[] latin1 = [.. "# -*- coding: latin-1 -*-\ns = '"u8, 0xE9, .. "'\n"u8];
        var c = (Constant)((Assign)PythonParser.Parse(latin1, "t.py").Body[0]).Value;
        c.Value.ShouldBe("é");
        byte[] bom = [0xEF, 0xBB, 0xBF, .. "x = 2\n"u8];
        PythonParser.Parse(bom, "t.py").Body.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("1e16", "1e+16")]
    [InlineData("0.1", "0.1")]
    [InlineData("1.0", "1.0")]
    [InlineData("1e-5", "1e-05")]
    [InlineData("123456789012345678.0", "1.2345678901234568e+17")]
    [InlineData("1e400", "inf")]
    [InlineData("2j", "2j")]
    [InlineData("1.5e20j", "1.5e+20j")]
    [InlineData("0xFF_FF", "65535")]
    [InlineData("'a\\'b\"'", "'a\\'b\"'")]
    [InlineData("'\\x00\\u200b\\U0001F600'", "'\\x00\\u200b😀'")]
    [InlineData("b'\\x00\\'\\n'", "b\"\\x00'\\n\"")]
    public void ConstantsDumpWithPythonRepr(string literal, string repr)
    {
        string dump = AstDumper.Dump(PythonParser.Parse(literal + "\n", "t.py"));
        dump.ShouldContain("Constant(value=" + repr + ",");
    }

    [Fact]
    public void SyntaxErrorCarriesCPythonFields()
    {
        var e = Should.Throw<PythonSyntaxError>(() => PythonParser.Parse("if x\n    pass\n", "t.py"));
        e.Kind.ShouldBe("SyntaxError");
        e.Msg.ShouldBe("expected ':'");
        (e.Line, e.Col, e.EndLine, e.EndCol).ShouldBe((1, 5, 1, 5));
        e.Format().ShouldBe("  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
    }

    [Fact]
    public void TokenizerGivesKeywordsAndPositions()
    {
        byte[] src = "if a:\n  b\n"u8.ToArray();
        var t = new Tokenizer(src, src.Length, "t.py");
        var kinds = new List<TokenKind>();
        Token tok;
        do
        {
            tok = t.Next();
            kinds.Add(tok.Kind);
        }
        while (tok.Kind != TokenKind.EndMarker);
        kinds.ShouldBe([TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent, TokenKind.Name,
            TokenKind.Newline, TokenKind.Dedent, TokenKind.EndMarker]);
    }
}
