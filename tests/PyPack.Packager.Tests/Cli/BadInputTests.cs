using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Cli;

/// <summary>
/// Each kind of bad input stops the build with a message naming the file, a non-zero exit code,
/// and no dist/ folder (nor a half-made work folder). All fail before the native build starts.
/// </summary>
public class BadInputTests
{
    private static void ShouldLeaveNothing(TempFolder temp)
    {
        Directory.Exists(Path.Combine(temp.Path, "dist")).ShouldBeFalse("dist/ untouched");
        Directory.Exists(Path.Combine(temp.Path, "build")).ShouldBeFalse("no work folder");
    }

    [Fact]
    public void Unreadable_script_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var script = temp.Write("app.py", "print(1)\n");
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(script, UnixFileMode.None);
        try
        {
            using var probe = File.OpenRead(script);
            return; // Running as root: every file is readable, the case cannot happen here.
        }
        catch (UnauthorizedAccessException)
        {
        }
        var r = ProcessRunner.Pypack(temp.Path, "app.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("cannot read app.py");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Syntax_error_in_an_imported_module_is_reported_as_CPython_does()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import helper\nprint(helper.X)\n");
        var helper = temp.Write("pkgx/helper.py", "X = (1,\n");
        temp.Write("app.py", "import sys\nfrom pkgx import helper\n");
        temp.Write("pkgx/__init__.py", "");
        var r = ProcessRunner.Pypack(temp.Path, "app.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldEndWith($"  File \"{helper}\", line 1\n    X = (1,\n        ^\nSyntaxError: '(' was never closed\n");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Unsupported_construct_in_an_imported_module_names_its_file_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import shapes\n");
        temp.Write("shapes.py", "def f():\n    try:\n        pass\n    except* ValueError:\n        yield 1\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldEndWith("\nshapes.py:2:5: unsupported: 'yield' or 'await' inside an except* clause\n");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void A_name_a_native_module_does_not_export_is_an_error_with_file_and_line()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import sys\n\nfrom sys import argv, exitt\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldEndWith("\napp.py:3:1: cannot import name 'exitt' from 'sys' (unknown location)\n");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Missing_dotnet_sdk_says_what_to_install()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        var r = ProcessRunner.Run(DotnetHost(), [RepoPaths.PypackDll, "app.py"], temp.Path,
            new Dictionary<string, string> { ["PATH"] = "/nonexistent", ["DOTNET_ROOT"] = "" });
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("the .NET SDK is needed to build native executables");
        r.Stderr.ShouldContain("Install the .NET SDK");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Missing_C_toolchain_for_NativeAOT_says_what_to_install()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        var r = ProcessRunner.Run(DotnetHost(), [RepoPaths.PypackDll, "app.py"], temp.Path,
            new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(DotnetHost())! });
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("neither 'clang' nor 'gcc' is on PATH");
        r.Stderr.ShouldContain("apt-get install clang zlib1g-dev");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Unwritable_dist_path_fails_before_building()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        temp.Write("file.txt", "not a folder\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py", "--distpath", "file.txt/dist");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain($"cannot write to {Path.Combine(temp.Path, "file.txt", "dist")}: {Path.Combine(temp.Path, "file.txt")} is a file, not a folder");
        Directory.Exists(Path.Combine(temp.Path, "build")).ShouldBeFalse();
    }

    [Fact]
    public void Add_data_source_that_does_not_exist_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py", "--add-data", "assets/logo.png:assets");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("--add-data assets/logo.png:assets: 'assets/logo.png' not found");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Add_data_glob_that_matches_nothing_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        temp.Write("assets/a.txt", "a\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py", "--add-data", "assets/*.png:assets");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("no file matches 'assets/*.png'");
        ShouldLeaveNothing(temp);
    }

    [Theory]
    [InlineData("assets")]
    [InlineData("assets:")]
    [InlineData(":assets")]
    [InlineData("assets:/etc")]
    [InlineData("assets:../up")]
    public void Malformed_add_data_is_an_error(string spec)
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        temp.Write("assets/a.txt", "a\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py", "--add-data", spec);
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain($"--add-data '{spec}'");
        ShouldLeaveNothing(temp);
    }

    [Fact]
    public void Hidden_import_that_does_not_exist_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "print(1)\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py", "--hidden-import", "plugins.nothere");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("--hidden-import plugins.nothere: no module named 'plugins.nothere'");
        ShouldLeaveNothing(temp);
    }

    private static string DotnetHost()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "dotnet");
            if (dir.Length > 0 && File.Exists(candidate)) return new FileInfo(candidate).ResolveLinkTarget(true)?.FullName ?? candidate;
        }
        throw new InvalidOperationException("dotnet not on PATH");
    }
}
