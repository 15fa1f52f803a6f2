using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Cli;

/// <summary>The pypack command as users meet it: help, version, and clear failures that leave dist/ untouched.</summary>
public class CliTests
{
    [Fact]
    public void Help_explains_the_commands()
    {
        var r = ProcessRunner.Pypack(RepoPaths.Root, "--help");
        r.ExitCode.ShouldBe(0);
        r.Stdout.ShouldContain("pypack app.py");
        r.Stdout.ShouldContain("--onefile");
        r.Stdout.ShouldContain("run");
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var r = ProcessRunner.Pypack(RepoPaths.Root, "--version");
        r.ExitCode.ShouldBe(0);
        r.Stdout.Trim().ShouldMatch(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Missing_script_is_a_clear_error()
    {
        using var temp = new TempFolder();
        var r = ProcessRunner.Pypack(temp.Path, "nothere.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("script 'nothere.py' not found");
        Directory.Exists(Path.Combine(temp.Path, "dist")).ShouldBeFalse();
    }

    [Fact]
    public void A_directory_is_not_a_script()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "app"));
        var r = ProcessRunner.Pypack(temp.Path, "app");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldContain("app is a directory");
    }

    [Fact]
    public void Syntax_error_is_reported_as_CPython_does_and_nothing_is_built()
    {
        using var temp = new TempFolder();
        var script = temp.Write("bad.py", "print('ok')\nif x\n    pass\n");
        var r = ProcessRunner.Pypack(temp.Path, "bad.py");
        r.ExitCode.ShouldBe(1);
        r.Stderr.ShouldEndWith($"  File \"{script}\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n");
        Directory.Exists(Path.Combine(temp.Path, "dist")).ShouldBeFalse();
        Directory.Exists(Path.Combine(temp.Path, "build")).ShouldBeFalse();
    }

    [Fact]
    public void Unsupported_construct_stops_the_build_with_file_line_and_column()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "def f():\n    try:\n        pass\n    except* ValueError:\n        yield 1\n");
        var r = ProcessRunner.Pypack(temp.Path, "app.py");
        r.ExitCode.ShouldBe(1);
        // Whoever makes this compile picks another construct the compiler still rejects.
        r.Stderr.ShouldEndWith("\napp.py:2:5: unsupported: 'yield' or 'await' inside an except* clause\n");
        Directory.Exists(Path.Combine(temp.Path, "dist")).ShouldBeFalse();
    }

    [Fact]
    public void Run_executes_the_script_with_its_arguments_and_exit_code()
    {
        using var temp = new TempFolder();
        temp.Write("app.py", "import sys\nprint(sys.argv)\nsys.exit(len(sys.argv))\n");
        var r = ProcessRunner.Pypack(temp.Path, "run", "app.py", "one", "--two");
        r.Stdout.ShouldBe("['app.py', 'one', '--two']\n");
        r.ExitCode.ShouldBe(3);
    }

    [Fact]
    public void Ast_prints_the_dump_of_a_file()
    {
        using var temp = new TempFolder();
        temp.Write("m.py", "x = 1\n");
        var r = ProcessRunner.Pypack(temp.Path, "ast", "m.py");
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldBe("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])\n");
    }
}
