using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// The test host's side of a <see cref="QuickWorker"/>: starts it, sends it program ids over a Unix
/// socket, reads back their output. The worker's stdin is a pipe closed at once, so a program that
/// reads it gets end of file, as under regenerate.sh's &lt;/dev/null.
/// </summary>
public sealed class QuickWorkerProcess : IDisposable
{
    // A program that runs longer than this has hung: the worker is killed so the run goes on.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(10);
    private static int s_started;

    private readonly object _gate = new();
    private Worker? _worker;

    public (string Stdout, string Stderr, int ExitCode) Run(TestApp app)
    {
        lock (_gate)
        {
            var worker = _worker ??= Worker.Start();
            worker.Requests.WriteLine(app.Id);
            var read = worker.Results.ReadLineAsync();
            if (!read.Wait(s_timeout))
            {
                Stop();
                return ("", $"quick worker: {app.Id} did not finish in {s_timeout.TotalMinutes} minutes\n", -1);
            }
            if (read.Result is { } line) return QuickWorker.ParseResult(line);
            // The worker died (a crash that would have taken the test host down with it).
            worker.Process.WaitForExit();
            var message = $"quick worker exited with {worker.Process.ExitCode} while running {app.Id}:\n{worker.Log()}";
            Stop();
            return ("", message, -1);
        }
    }

    public void Dispose()
    {
        lock (_gate) Stop();
    }

    private void Stop()
    {
        _worker?.Dispose();
        _worker = null;
    }

    private sealed class Worker(Process process, Socket channel, StringBuilder log) : IDisposable
    {
        public Process Process { get; } = process;
        public StreamWriter Requests { get; } = new(new NetworkStream(channel, ownsSocket: false), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        public StreamReader Results { get; } = new(new NetworkStream(channel, ownsSocket: false), new UTF8Encoding(false));

        public static Worker Start()
        {
            var socketPath = Path.Combine(Path.GetTempPath(), $"pypack-quick-{Environment.ProcessId}-{Interlocked.Increment(ref s_started)}.sock");
            File.Delete(socketPath);
            using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            listener.Bind(new UnixDomainSocketEndPoint(socketPath));
            listener.Listen(1);
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepoPaths.Root,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(typeof(QuickWorker).Assembly.Location);
            start.ArgumentList.Add(QuickWorker.Argument);
            start.ArgumentList.Add(socketPath);
            var process = Process.Start(start)!;
            process.StandardInput.Close();
            // Whatever escapes to the worker's real stdout or stderr is kept for a crash report.
            var log = new StringBuilder();
            void Keep(object _, DataReceivedEventArgs e)
            {
                if (e.Data is null) return;
                lock (log) log.AppendLine(e.Data);
            }
            process.OutputDataReceived += Keep;
            process.ErrorDataReceived += Keep;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var accept = listener.AcceptAsync();
                while (!accept.Wait(TimeSpan.FromSeconds(1)))
                {
                    if (!process.HasExited) continue;
                    var message = $"quick worker exited with {process.ExitCode} before connecting:\n{log}";
                    process.Dispose();
                    throw new InvalidOperationException(message);
                }
                return new Worker(process, accept.Result, log);
            }
            finally
            {
                File.Delete(socketPath);
            }
        }

        public string Log()
        {
            lock (log) return log.ToString();
        }

        public void Dispose()
        {
            try
            {
                // Closing the channel ends the worker's request loop.
                channel.Shutdown(SocketShutdown.Both);
                if (!Process.WaitForExit(5000)) Process.Kill(entireProcessTree: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or SocketException)
            {
                // Already gone.
            }
            channel.Dispose();
            Process.Dispose();
        }
    }
}
