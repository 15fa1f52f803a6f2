using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax;

namespace PyPack.Compiler.Tests.Semantics;

public class RegexLiteralFinderTests
{
    private static List<RegexLiteral> Find(string source) =>
        [.. RegexLiteralFinder.Find(PythonParser.Parse(source, "t.py")).OrderBy(l => l.Pattern, StringComparer.Ordinal)];

    [Fact]
    public void Literal_patterns_of_re_functions_are_found_with_their_flags() =>
        Find("import re\nP = re.compile(r'\\d+')\ndef f(s):\n    return re.sub('a(b)', r'\\1', s, 0, re.I | re.M), re.findall('c', s, flags=2)\n")
            .ShouldBe([new RegexLiteral("\\d+", "0", "compile"), new RegexLiteral("a(b)", "re.I|re.M", "sub"), new RegexLiteral("c", "2", "findall")]);

    [Fact]
    public void An_alias_of_re_counts_and_other_modules_do_not() =>
        Find("import re as regex, other\nregex.match('x', s)\nother.match('y', s)\nre.match('z', s)\n")
            .ShouldBe([new RegexLiteral("x", "0", "match")]);

    [Fact]
    public void Patterns_or_flags_that_are_not_literals_are_skipped() =>
        Find("import re\nre.search(p, s)\nre.search('a', s, F)\nre.search(b'b', s)\nre.search('c', *args)\nre.search('d', **kw)\nre.escape('e')\n")
            .ShouldBeEmpty();
}
