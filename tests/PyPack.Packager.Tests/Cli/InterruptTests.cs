using System.Diagnostics;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.Cli;

/// <summary>Ctrl-C: SIGINT raises KeyboardInterrupt in the running program, as in CPython.</summary>
public class InterruptTests
{
    [Fact]
    public void Sigint_interrupts_a_sleep_that_can_catch_it()
    {
        var r = RunAndInterrupt(
            "import time\nprint('ready', flush=True)\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\n");
        r.ExitCode.ShouldBe(0);
        r.Stdout.ShouldBe("ready\ncaught KeyboardInterrupt()\n");
    }

    [Fact]
    public void Uncaught_it_prints_the_traceback_and_dies_of_sigint()
    {
        var r = RunAndInterrupt("def spin():\n    n = 0\n    while True:\n        n += 1\n\nprint('ready', flush=True)\nspin()\n");
        r.Stderr.ShouldStartWith("Traceback (most recent call last):\n  File ");
        r.Stderr.ShouldContain("line 7, in <module>\n    spin()\n");
        r.Stderr.ShouldEndWith("line 3, in spin\n    while True:\nKeyboardInterrupt\n");
        // Killed by SIGINT: .NET reports 128 + 2, what a shell shows.
        r.ExitCode.ShouldBe(130);
    }

    /// <summary>Runs <c>pypack run</c> on the program, waits for its first line, then sends SIGINT.</summary>
    private static ProcessRunner.Result RunAndInterrupt(string program)
    {
        using var temp = new TempFolder();
        temp.Write("app.py", program);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { RepoPaths.PypackDll, "run", "app.py" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var first = process.StandardOutput.ReadLine();
        first.ShouldBe("ready");
        Thread.Sleep(300);
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!)
        {
            kill.WaitForExit();
        }
        var rest = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the program did not stop on SIGINT");
        }
        return new ProcessRunner.Result(process.ExitCode, first + "\n" + rest.Result, stderr.Result);
    }
}
