using PyPack.Packager.Analysis;
using PyPack.Packager.Build;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Build;

/// <summary>Literal patterns translated at build time by re.py's own translator, for .NET's regex source generator.</summary>
public class RegexPrecompilerTests
{
    private static readonly NativeModuleCatalog Natives = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);
    private static readonly Log Quiet = new(TextWriter.Null, LogLevel.Error);

    private static string? Generate(string source)
    {
        using var temp = new TempFolder();
        var script = temp.Write("main.py", source);
        var app = new ModuleFinder(Natives).Find(script, new ModuleFinderOptions { Environment = _ => null });
        return RegexPrecompiler.Generate(app, Quiet);
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
    public void An_app_without_literal_patterns_gets_no_file()
    {
        Generate("import re\nprint(re.compile(input()))\n").ShouldBeNull();
        Generate("print('no re')\n").ShouldBeNull();
    }
}
