using PyPack.Packager.Tests.Support;
using PyPack.Packager.Tests.TestApps;

namespace PyPack.Packager.Tests.EndToEnd;

/// <summary>
/// The real product: NativeAOT builds of test programs, run as native executables with python3
/// absent from PATH, printing what CPython printed. Slow (each build compiles the runtime to
/// machine code), so only a few programs take this path.
/// </summary>
[Collection(nameof(NativeBuildCollection))]
public class NativeBuildTests
{
    [Theory]
    [InlineData("hello/hello.py", "--onefile")]
    [InlineData("basics/uncaught_error.py", "--onedir")]
    [InlineData("basics/exit_code.py", "--onefile")]
    // Literal patterns: the build translates them and .NET's regex source generator compiles them.
    [InlineData("stdlib/re/re_literals.py", "--onefile")]
    public void Native_executable_prints_what_CPython_printed(string id, string mode)
    {
        var app = TestAppCatalog.Get(id);
        using var temp = new TempFolder();
        var dist = Path.Combine(temp.Path, "dist");
        var build = ProcessRunner.Pypack(app.Folder, app.ScriptPath, mode, "--distpath", dist, "--workpath", Path.Combine(temp.Path, "build"));
        build.ExitCode.ShouldBe(0, build.Stderr);

        var binary = mode == "--onefile" ? Path.Combine(dist, app.Name) : Path.Combine(dist, app.Name, app.Name);
        File.Exists(binary).ShouldBeTrue();
        File.ReadAllBytes(binary).AsSpan(0, 4).SequenceEqual("\u007fELF"u8).ShouldBeTrue("a native ELF executable");
        if (mode == "--onefile") Directory.GetFileSystemEntries(dist).ShouldBe([binary], "one file in dist");

        var run = ProcessRunner.Run(binary, [], app.Folder, new Dictionary<string, string> { ["PATH"] = ProcessRunner.PathWithoutPython(), ["PYTHONHASHSEED"] = "0" });
        OutputNormalizer.Normalize(run.Stdout, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStdout, app.Folder));
        OutputNormalizer.Normalize(run.Stderr, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStderr, app.Folder));
        run.ExitCode.ShouldBe(app.ExpectedExitCode);
    }

    [Fact]
    public void Patterns_worked_out_from_literals_are_precompiled_and_match_as_in_CPython()
    {
        var app = TestAppCatalog.Get("stdlib/re/re_literal_values.py");
        using var temp = new TempFolder();
        var dist = Path.Combine(temp.Path, "dist");
        var work = Path.Combine(temp.Path, "build");
        var build = ProcessRunner.Pypack(app.Folder, app.ScriptPath, "--onefile", "--distpath", dist, "--workpath", work);
        build.ExitCode.ShouldBe(0, build.Stderr);

        // Patterns only the build-time values reach: a loop over a list, a join of formatted pairs, a from-import.
        var generated = File.ReadAllText(Path.Combine(work, app.Name, "src", "AppRegexes.cs"));
        generated.ShouldContain("lpha\", global::", Case.Sensitive, "(?<!a)lpha, by the loop over VARIANTS");
        generated.ShouldContain("|(\\\\u002d)|", Case.Sensitive, "the join of formatted pairs of SPEC");
        generated.ShouldContain("[GeneratedRegex(\"\\\\G(?:\\\\u002d)\", ", Case.Sensitive, "build(rx) over SPEC, matched at a position");

        var run = ProcessRunner.Run(Path.Combine(dist, app.Name), [], app.Folder, new Dictionary<string, string> { ["PATH"] = ProcessRunner.PathWithoutPython(), ["PYTHONHASHSEED"] = "0" });
        OutputNormalizer.Normalize(run.Stdout, app.Folder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStdout, app.Folder));
        run.Stderr.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Building_the_same_app_twice_gives_identical_bytes_and_a_rebuild_reuses_the_binary()
    {
        var app = TestAppCatalog.Get("hello/hello.py");
        using var temp = new TempFolder();
        string Build(string folder, params string[] extra)
        {
            var dist = Path.Combine(temp.Path, folder, "dist");
            var r = ProcessRunner.Pypack(app.Folder, [app.ScriptPath, "--distpath", dist, "--workpath", Path.Combine(temp.Path, folder, "build"), .. extra]);
            r.ExitCode.ShouldBe(0, r.Stderr);
            return r.Stderr;
        }
        Build("first");
        Build("second");
        File.ReadAllBytes(Path.Combine(temp.Path, "first", "dist", "hello"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(temp.Path, "second", "dist", "hello")), "reproducible build");

        var again = Build("second");
        again.ShouldContain("nothing changed since the last build; reusing the native executable");
    }
}

/// <summary>NativeAOT builds use both cores; running two at once only slows both.</summary>
[CollectionDefinition(nameof(NativeBuildCollection), DisableParallelization = true)]
public class NativeBuildCollection;
