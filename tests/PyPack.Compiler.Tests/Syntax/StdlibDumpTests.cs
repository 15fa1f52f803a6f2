using System.Diagnostics;
using System.Text;
using PyPack.Compiler.Syntax;

namespace PyPack.Compiler.Tests.Syntax;

/// <summary>
/// Every .py file of CPython 3.11's standard library (without test folders and site-packages)
/// parses to exactly the dump CPython gives, or fails with exactly CPython's error.
/// </summary>
public class StdlibDumpTests
{
    [CPythonFact]
    public void EveryStdlibFileDumpsLikeCPython()
    {
        List<string> files = StdlibFiles();
        files.Count.ShouldBeGreaterThan(700);
        Dictionary<string, string> expected = CPythonDumps(files);

        var failures = new List<string>();
        foreach (string file in files)
        {
            string actual;
            try
            {
                actual = AstDumper.Dump(PythonParser.Parse(File.ReadAllBytes(file), file)) + "\n";
            }
            catch (PythonSyntaxError e)
            {
                actual = "ERROR " + e.Format();
            }
            string want = expected[file];
            if (actual != want)
                failures.Add(Describe(file, actual, want));
        }
        if (failures.Count > 0)
            Assert.Fail($"{failures.Count} of {files.Count} files differ from CPython; the first:\n" + string.Join("\n", failures.Take(5)));
    }

    internal static List<string> StdlibFiles()
    {
        string root = CPythonFactAttribute.StdlibFolder;
        var files = new List<string>();
        foreach (string f in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            string rel = Path.GetRelativePath(root, f).Replace('\\', '/');
            if (rel.StartsWith("test/", StringComparison.Ordinal) || rel.StartsWith("site-packages/", StringComparison.Ordinal)
                || rel.Contains("/tests/", StringComparison.Ordinal) || rel.StartsWith("tests/", StringComparison.Ordinal)
                || rel.StartsWith("idlelib/idle_test/", StringComparison.Ordinal))
                continue;
            files.Add(f);
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>One python3 process dumps all files; its output is split at the "=== PATH" lines.</summary>
    private static Dictionary<string, string> CPythonDumps(List<string> files)
    {
        string script = Path.Combine(RepoPaths.SyntaxTests, "cpython_dump.py");
        var psi = new ProcessStartInfo("python3", $"\"{script}\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using Process p = Process.Start(psi)!;
        p.StandardInput.Write(string.Join("\n", files));
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var result = new Dictionary<string, string>();
        string? current = null;
        var sb = new StringBuilder();
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (current != null)
                    result[current] = sb.ToString();
                current = line[4..];
                sb.Clear();
            }
            else if (current != null)
            {
                sb.Append(line).Append('\n');
            }
        }
        if (current != null)
            result[current] = sb.ToString().TrimEnd('\n') + "\n";
        return result;
    }

    private static string Describe(string file, string actual, string expected)
    {
        int i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i])
            i++;
        string Around(string s) => s.Substring(Math.Max(0, i - 80), Math.Min(s.Length, i + 80) - Math.Max(0, i - 80));
        return $"{file}: first difference at character {i}\n  ours:    ...{Around(actual)}\n  CPython: ...{Around(expected)}";
    }
}
