namespace PyPack.Compiler.Tests.Syntax;

/// <summary>Non-ASCII identifiers are stored in NFKC form, as CPython does (PEP 3131).</summary>
public class IdentifierNormalizationTests
{
    [Fact]
    public void Identifiers_are_NFKC_normalised_like_CPython()
    {
        // A ligature, a Roman numeral, a fullwidth letter, a decomposed accent, Hangul and a
        // compatibility jamo. The expected dump is CPython 3.11's.
        const string source = "\ufb01 = \u2168 + \uff58\ncafe\u0301 = \ud55c\uae00 + \u3131\n";
        const string expected = "Module(body=[Assign(targets=[Name(id='fi', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], value=BinOp(left=Name(id='IX', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), op=Add(), right=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=6, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Assign(targets=[Name(id='caf\u00e9', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=BinOp(left=Name(id='\ud55c\uae00', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=15), op=Add(), right=Name(id='\u1100', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=21), lineno=2, col_offset=9, end_lineno=2, end_col_offset=21), lineno=2, col_offset=0, end_lineno=2, end_col_offset=21)], type_ignores=[])";
        PyPack.Compiler.Syntax.AstDumper.Dump(PyPack.Compiler.Syntax.PythonParser.Parse(source, "t.py")).ShouldBe(expected);
    }
}
