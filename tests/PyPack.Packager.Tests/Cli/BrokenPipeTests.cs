using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Cli;

/// <summary>
/// Output into a pipe whose reader has gone (<c>app | head -1</c>): CPython ignores SIGPIPE, so the
/// write raises BrokenPipeError, and a failed flush at exit is reported and exits with 120.
/// </summary>
public class BrokenPipeTests
{
    [Fact]
    public void A_print_into_a_closed_pipe_raises_BrokenPipeError()
    {
        var r = RunPiped("for i in range(200000):\n    print(i)\n", "head -1", unbuffered: false);
        r.Stdout.ShouldBe("0\n");
        r.Stderr.ShouldEndWith("line 2, in <module>\n    print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n");
        r.ExitCode.ShouldBe(1);
    }

    [Fact]
    public void The_program_can_catch_it_and_exit_normally()
    {
        var r = RunPiped(
            "import sys\ntry:\n    for i in range(200000):\n        print(i)\nexcept BrokenPipeError as e:\n    print('caught', e, file=sys.stderr)\n",
            "head -1", unbuffered: false);
        r.Stderr.ShouldBe("caught [Errno 32] Broken pipe\n");
        r.ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Output_buffered_until_exit_fails_there_with_status_120()
    {
        var r = RunPiped("print('x')\n", "true", unbuffered: false);
        r.Stderr.ShouldBe("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n");
        r.ExitCode.ShouldBe(120);
    }

    [Fact]
    public void Under_PYTHONUNBUFFERED_the_print_itself_fails()
    {
        var r = RunPiped("print('x')\n", "true", unbuffered: true);
        r.Stderr.ShouldEndWith("line 1, in <module>\n    print('x')\nBrokenPipeError: [Errno 32] Broken pipe\n");
        r.ExitCode.ShouldBe(1);
    }

    /// <summary>
    /// Runs <c>pypack run app.py | reader</c> in a shell and returns pypack's status. Compiling takes
    /// seconds, so a reader such as <c>true</c> is gone before the program writes.
    /// </summary>
    private static ProcessRunner.Result RunPiped(string program, string reader, bool unbuffered)
    {
        using var temp = new TempFolder();
        temp.Write("app.py", program);
        return ProcessRunner.Run("bash", ["-c", $"dotnet \"$0\" run app.py | {reader}; exit ${{PIPESTATUS[0]}}", RepoPaths.PypackDll], temp.Path,
            new Dictionary<string, string> { ["PYTHONUNBUFFERED"] = unbuffered ? "1" : "" });
    }
}
