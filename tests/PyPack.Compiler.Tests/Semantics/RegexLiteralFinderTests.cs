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

    [Fact]
    public void Functions_and_flags_imported_from_re_count() =>
        Find("from re import compile as c, findall, IGNORECASE as I, M\nc('a', I | M)\nfindall('b', s, 2)\nsearch('c', s)\n")
            .ShouldBe([new RegexLiteral("a", "re.IGNORECASE|re.M", "compile"), new RegexLiteral("b", "2", "findall")]);

    [Fact]
    public void Names_bound_to_literals_give_their_patterns() =>
        Find("import re\nVARIANTS = ['a|b', 'c']\nfor v in VARIANTS:\n    re.findall(v, s, re.I)\n"
            + "SPEC = [('N', r'\\d+'), ('W', r'\\w+')]\nscanners = [(n, re.compile(rx)) for n, rx in SPEC]\n"
            + "def f(p):\n    return re.search(p, s)\nq = 'x'\nq = 'y'\nre.match(q, s)\n")
            .ShouldBe([
                new RegexLiteral("\\d+", "0", "compile"), new RegexLiteral("\\w+", "0", "compile"),
                new RegexLiteral("a|b", "re.I", "findall"), new RegexLiteral("c", "re.I", "findall"),
                new RegexLiteral("x", "0", "match"), new RegexLiteral("y", "0", "match")]);

    [Fact]
    public void Patterns_built_from_literals_by_join_format_and_concatenation_are_worked_out() =>
        Find("import re\nSPEC = [('NUM', r'\\d+'), ('OP', '[-+]')]\nCODES = {'N': 1, 'R': 2, 'K': 3}\nW = 'w'\n"
            + "re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))\n"
            + "re.compile('|'.join(sorted(CODES)))\n"
            + "re.compile(f'<{W}>' + W * 2 + '%d%%' % 5)\n"
            + "re.compile('|'.join([n for n, _ in SPEC]))\n")
            .ShouldBe([
                new RegexLiteral("(?P<NUM>\\d+)|(?P<OP>[-+])", "0", "compile"), new RegexLiteral("<w>ww5%", "0", "compile"),
                new RegexLiteral("K|N|R", "0", "compile"), new RegexLiteral("NUM|OP", "0", "compile")]);

    [Fact]
    public void Values_not_known_at_build_time_give_nothing_and_cycles_end() =>
        Find("import re\nx = 'a'\nx = x + 'b'\nre.search(x, s)\nre.search('|'.join(input().split()), s)\n"
            + "re.search('|'.join({'a', 'b'}), s)\nre.search('%r' % 'a', s)\nre.search(L[0], s)\nL = [p, 'z']\nre.search(L[1], s)\n")
            .ShouldBe([new RegexLiteral("a", "0", "search"), new RegexLiteral("z", "0", "search")]);
}
