using System.Diagnostics;
using System.Text;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>The test host's side of a <see cref="QuickWorker"/>: starts it, sends it program ids, reads back their output.</summary>
public sealed class QuickWorkerProcess : IDisposable
{
    // A program that runs longer than this has hung: the worker is killed so the run goes on.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);

    private readonly object _gate = new();
    private Process? _process;
    private StringBuilder _stderr = new();

    public (string Stdout, string Stderr, int ExitCode) Run(TestApp app)
    {
        lock (_gate)
        {
            var process = _process ??= Start();
            process.StandardInput.WriteLine(app.Id);
            process.StandardInput.Flush();
            while (true)
            {
                var read = process.StandardOutput.ReadLineAsync();
                if (!read.Wait(s_timeout))
                {
                    Stop();
                    return ("", $"quick worker: {app.Id} did not finish in {s_timeout.TotalMinutes} minutes\n", -1);
                }
                if (read.Result is not { } line)
                {
                    // The worker died (a crash that would have taken the test host down with it).
                    process.WaitForExit();
                    var message = $"quick worker exited with {process.ExitCode} while running {app.Id}:\n{WorkerStderr()}";
                    Stop();
                    return ("", message, -1);
                }
                if (QuickWorker.ParseResult(line) is { } result) return result;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate) Stop();
    }

    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(typeof(QuickWorker).Assembly.Location);
        start.ArgumentList.Add(QuickWorker.Argument);
        var process = Process.Start(start)!;
        var stderr = _stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (stderr) stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return process;
    }

    private string WorkerStderr()
    {
        lock (_stderr) return _stderr.ToString();
    }

    private void Stop()
    {
        if (_process is null) return;
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // Already gone.
        }
        _process.Dispose();
        _process = null;
    }
}
