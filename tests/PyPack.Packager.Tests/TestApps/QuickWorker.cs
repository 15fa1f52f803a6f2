using System.Text;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// A process that runs test programs on the quick path for the test host: it reads program ids
/// from stdin, one per line, and answers each with one result line on stdout. Programs share a
/// process's runtime state (the current interpreter, the current directory, the environment), so
/// one process runs one at a time; two of these let both cores run programs.
/// </summary>
public static class QuickWorker
{
    /// <summary>Starts a result line; anything else a program leaks onto the real stdout is skipped.</summary>
    internal const string ResultMarker = "\u0001quick-result ";

    /// <summary>The command-line argument that makes the test assembly a worker (see <see cref="Program"/>).</summary>
    internal const string Argument = "--quick-worker";

    public static int Serve()
    {
        using var results = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = true };
        // The runtime writes to the writers QuickRun gives it; nothing else may reach the protocol stream.
        Console.SetOut(TextWriter.Null);
        while (Console.In.ReadLine() is { } id)
        {
            var (stdout, stderr, exitCode) = QuickRun.Run(TestAppCatalog.Get(id));
            results.WriteLine(FormatResult(exitCode, stdout, stderr));
        }
        return 0;
    }

    internal static string FormatResult(int exitCode, string stdout, string stderr) =>
        $"{ResultMarker}{exitCode} {Base64(stdout)} {Base64(stderr)}";

    internal static (string Stdout, string Stderr, int ExitCode)? ParseResult(string line)
    {
        var start = line.IndexOf(ResultMarker, StringComparison.Ordinal);
        if (start < 0) return null;
        var fields = line[(start + ResultMarker.Length)..].Split(' ');
        return (FromBase64(fields[1]), FromBase64(fields[2]), int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    // UTF-16, so any string a program printed (lone surrogates included) comes back unchanged.
    private static string Base64(string text) => Convert.ToBase64String(Encoding.Unicode.GetBytes(text));

    private static string FromBase64(string text) => Encoding.Unicode.GetString(Convert.FromBase64String(text));
}
