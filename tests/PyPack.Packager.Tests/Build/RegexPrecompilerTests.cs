using PyPack.Packager.Analysis;
using PyPack.Packager.Build;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Build;

/// <summary>Literal patterns translated at build time by re.py's own translator, for .NET's regex source generator.</summary>
public class RegexPrecompilerTests
{
    private static readonly NativeModuleCatalog Natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);
    private static readonly Log Quiet = new(TextWriter.Null, LogLevel.Error);

    private static AppModules App(TempFolder temp, string source) =>
        new ModuleFinder(Natives).Find(temp.Write("main.py", source), new ModuleFinderOptions { Environment = _ => null });

    private static string? Generate(string source)
    {
        using var temp = new TempFolder();
        return RegexPrecompiler.Generate(App(temp, source), Quiet);
    }

    [Fact]
    public void A_rebuild_with_the_same_literals_reuses_the_file_from_the_cache_folder()
    {
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "cache");
        var app = App(temp, "import re\nre.search('a+', 'aa')\n");
        var first = RegexPrecompiler.Generate(app, Quiet, cache)!;
        first.ShouldContain("(?:a)+");
        File.WriteAllText(Path.Combine(cache, "regexes.txt"), "// kept");
        RegexPrecompiler.Generate(app, Quiet, cache).ShouldBe("// kept");
        RegexPrecompiler.Generate(App(temp, "import re\nre.search('b+', 'bb')\n"), Quiet, cache)!.ShouldContain("(?:b)+");
    }

    [Fact]
    public void Each_way_a_literal_is_matched_gets_one_generated_regex_and_rejected_patterns_none()
    {
        var source = Generate("import re\nP = re.compile('a|b', re.M)\nre.match('[0-9]', '1')\nre.findall('x(', 's')\n")!;
        source.ShouldContain("[GeneratedRegex(\"(?:a|b)\", global::PyPack.Runtime.Modules.Re.PrebuiltRegexes.Options)]");
        source.ShouldContain("[GeneratedRegex(\"\\\\G(?:(?:a|b))\", ");
        source.ShouldContain("[GeneratedRegex(\"\\\\G(?:(?:a|b))\\\\z\", ");
        source.ShouldContain("[GeneratedRegex(\"\\\\G(?:[\\\\u0030-\\\\u0039])\", ");
        source.Split("[GeneratedRegex(").Length.ShouldBe(5, source);
        source.ShouldContain("public static Regex? Find(string text, RegexOptions options)");
    }

    [Fact]
    public void Patterns_the_compiler_works_out_from_literals_are_translated_too()
    {
        var source = Generate("from re import search, sub\nfor p in ['a+', 'b+']:\n    search(p, 's')\nsub('', '-', 's')\n")!;
        source.ShouldContain("[GeneratedRegex(\"(?:a)+\", ");
        source.ShouldContain("[GeneratedRegex(\"(?:b)+\", ");
        source.ShouldContain("[GeneratedRegex(\"\", ", Case.Sensitive, "the empty pattern translates to an empty line of the driver's output");
        source.Split("[GeneratedRegex(").Length.ShouldBe(4, source);
    }

    [Fact]
    public void An_app_without_literal_patterns_gets_no_file()
    {
        Generate("import re\nprint(re.compile(input()))\n").ShouldBeNull();
        Generate("print('no re')\n").ShouldBeNull();
    }
}
