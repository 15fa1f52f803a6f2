using System.Net.Sockets;
using System.Text;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// A process that runs test programs on the quick path for the test host: it reads program ids,
/// one per line, from a Unix socket the host listens on, and answers each with one result line.
/// Programs share a process's runtime state (the current interpreter, the current directory, the
/// environment), so one process runs one at a time; two of these let both cores run programs.
/// The requests have their own channel because a program may read stdin, which must look to it as
/// CPython's did when its expected output was made: empty (see <see cref="QuickWorkerProcess"/>).
/// </summary>
public static class QuickWorker
{
    /// <summary>The command-line argument that makes the test assembly a worker (see <see cref="Program"/>).</summary>
    internal const string Argument = "--quick-worker";

    public static int Serve(string socketPath)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        using var channel = new NetworkStream(socket, ownsSocket: false);
        using var requests = new StreamReader(channel, new UTF8Encoding(false));
        using var results = new StreamWriter(channel, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        // The runtime writes to the writers QuickRun gives it; whatever else reaches Console.Out is dropped.
        Console.SetOut(TextWriter.Null);
        while (requests.ReadLine() is { } id)
        {
            var (stdout, stderr, exitCode) = QuickRun.Run(TestAppCatalog.Get(id));
            results.WriteLine(FormatResult(exitCode, stdout, stderr));
        }
        return 0;
    }

    internal static string FormatResult(int exitCode, string stdout, string stderr) =>
        $"{exitCode} {Base64(stdout)} {Base64(stderr)}";

    internal static (string Stdout, string Stderr, int ExitCode) ParseResult(string line)
    {
        var fields = line.Split(' ');
        return (FromBase64(fields[1]), FromBase64(fields[2]), int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    // UTF-16, so any string a program printed (lone surrogates included) comes back unchanged.
    private static string Base64(string text) => Convert.ToBase64String(Encoding.Unicode.GetBytes(text));

    private static string FromBase64(string text) => Encoding.Unicode.GetString(Convert.FromBase64String(text));
}
