using System.Diagnostics;
using System.Text;
using PyPack.Compiler.Syntax;

namespace PyPack.Compiler.Tests.Syntax;

/// <summary>
/// Mutated real files (deletions, insertions, swapped lines, truncation, random bytes) and deep
/// nesting must each give an AST or a PythonSyntaxError quickly: never another exception, a hang
/// or a stack overflow. Seeded, so a failure names a case that can be replayed.
/// </summary>
public class ParserFuzzTests
{
    private const int Seed = 20241121;
    private const int MutationCases = 12_000;
    // A hang detector, not a speed check (speed is measured by tests/bench/parse-stdlib.sh): one case
    // parses in milliseconds, so only a parser stuck in a loop comes near this even on a loaded machine.
    private static readonly TimeSpan PerCaseLimit = TimeSpan.FromSeconds(30);

    private static readonly string[] s_snippets =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "==", "->", "*", "**", "@", "\\", "\\\n",
        "'", "\"", "'''", "\"\"\"", "f'", "f\"{", "rb'", "u'", "{", "}", "!r", "\t", "\n", "\r\n", "\n    ", "\n\t",
        "if ", "else ", "elif ", "lambda ", "lambda x: ", "for ", " in ", "async ", "await ", "yield ", "yield from ",
        "def ", "class ", "return ", "match ", "case ", "_ ", "not ", "is ", "and ", "or ", "del ", "global ", "with ",
        "try:", "except* ", "finally:", "import ", "from ", " as ", "0x", "0o7", "1e", "1_", "1j", "0777", "é", "€",
        "\u00a0", "\x00", "\x01", "# coding: latin-1\n", "\ufeff", "$", "?", "!", "`", "print 'x'", "(*x)", "**k",
    ];

    [Fact]
    public void MutatedFilesGiveAnAstOrASyntaxError()
    {
        List<byte[]> corpus = Corpus();
        corpus.Count.ShouldBeGreaterThan(10);
        var random = new Random(Seed);
        var failures = new List<string>();
        int cases = 0;
        for (int i = 0; i < MutationCases; i++)
        {
            byte[] original = corpus[random.Next(corpus.Count)];
            int kind = random.Next(6);
            byte[] mutated = Mutate(original, kind, random);
            Check(mutated, $"case {i} (mutation {kind})", failures);
            cases++;
        }
        foreach (var (name, source) in DeepNesting())
        {
            Check(Encoding.UTF8.GetBytes(source), name, failures);
            cases++;
        }
        cases.ShouldBeGreaterThanOrEqualTo(10_000);
        if (failures.Count > 0)
            Assert.Fail($"{failures.Count} of {cases} fuzz cases failed (seed {Seed}):\n" + string.Join("\n", failures.Take(10)));
    }

    private static void Check(byte[] source, string name, List<string> failures)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            PythonParser.Parse(source, "fuzz.py");
        }
        catch (PythonSyntaxError e)
        {
            // The error must also be printable.
            e.Format().ShouldNotBeNullOrEmpty();
        }
        catch (Exception e)
        {
            failures.Add($"{name}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
        sw.Stop();
        if (sw.Elapsed > PerCaseLimit)
            failures.Add($"{name}: took {sw.Elapsed.TotalSeconds:F1} s");
    }

    private static byte[] Mutate(byte[] original, int kind, Random random)
    {
        var bytes = new List<byte>(original);
        int pos = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (kind)
        {
            case 0: // delete a range
                int len = Math.Min(bytes.Count - pos, random.Next(1, 40));
                bytes.RemoveRange(pos, len);
                break;
            case 1: // insert snippets
                for (int n = random.Next(1, 4); n > 0; n--)
                {
                    string s = s_snippets[random.Next(s_snippets.Length)];
                    bytes.InsertRange(Math.Min(pos, bytes.Count), Encoding.UTF8.GetBytes(s));
                    pos = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                }
                break;
            case 2: // swap two lines
                string[] lines = Encoding.UTF8.GetString(original).Split('\n');
                if (lines.Length > 1)
                {
                    int a = random.Next(lines.Length), b = random.Next(lines.Length);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 3: // truncate
                bytes.RemoveRange(pos, bytes.Count - pos);
                break;
            case 4: // random bytes
                for (int n = random.Next(1, 8); n > 0 && bytes.Count > 0; n--)
                    bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            default: // swap two tokens-ish chunks (words)
                string text = Encoding.UTF8.GetString(original);
                string[] words = text.Split(' ');
                if (words.Length > 1)
                {
                    int a = random.Next(words.Length), b = random.Next(words.Length);
                    (words[a], words[b]) = (words[b], words[a]);
                }
                return Encoding.UTF8.GetBytes(string.Join(' ', words));
        }
        return bytes.ToArray();
    }

    private static IEnumerable<(string, string)> DeepNesting()
    {
        yield return ("100000 '('", "x = " + new string('(', 100_000));
        yield return ("100000 '[' closed", "x = " + new string('[', 100_000) + new string(']', 100_000));
        yield return ("199 nested parens", "x = " + new string('(', 199) + "1" + new string(')', 199));
        yield return ("200 nested lists", "x = " + new string('[', 200) + new string(']', 200));
        yield return ("not not not", "x = " + string.Concat(Enumerable.Repeat("not ", 100_000)) + "y");
        yield return ("unary minus", "x = " + new string('-', 100_000) + "y");
        yield return ("power chain", "x = " + string.Concat(Enumerable.Repeat("2 ** ", 20_000)) + "2");
        yield return ("attribute chain", "x = " + string.Concat(Enumerable.Repeat("a.", 100_000)) + "b");
        yield return ("call chain", "x = f" + string.Concat(Enumerable.Repeat("()", 50_000)));
        yield return ("subscript chain", "x = a" + string.Concat(Enumerable.Repeat("[0]", 50_000)));
        yield return ("binary chain", "x = " + string.Concat(Enumerable.Repeat("a + ", 100_000)) + "b");
        yield return ("comparison chain", "x = " + string.Concat(Enumerable.Repeat("a < ", 50_000)) + "b");
        yield return ("lambda chain", "x = " + string.Concat(Enumerable.Repeat("lambda: ", 20_000)) + "0");
        yield return ("if-else chain", "x = " + string.Concat(Enumerable.Repeat("a if b else ", 20_000)) + "c");
        yield return ("deep indentation", string.Concat(Enumerable.Range(0, 120).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 120) + "pass\n");
        yield return ("nested f-strings", "x = f'{f\"{f'''{1}'''}\"}'");
        yield return ("f-string braces", "x = f'" + new string('{', 5000) + "'");
        yield return ("many statements", string.Concat(Enumerable.Repeat("x = 1\n", 100_000)));
        yield return ("long string", "x = '" + new string('a', 1_000_000) + "'");
        yield return ("star targets", string.Concat(Enumerable.Repeat("*", 10_000)) + "a = b");
        yield return ("nested star", "(" + string.Concat(Enumerable.Repeat("*(", 150)) + "a" + new string(')', 151) + " = 1");
        yield return ("walrus chain", "x = " + string.Concat(Enumerable.Repeat("(a := ", 150)) + "1" + new string(')', 150));
        yield return ("dict nesting", "x = " + string.Concat(Enumerable.Repeat("{1: ", 150)) + "1" + new string('}', 150));
        yield return ("pattern nesting", "match x:\n    case " + new string('[', 150) + "a" + new string(']', 150) + ":\n        pass\n");
    }

    private static List<byte[]> Corpus()
    {
        var files = new List<string>();
        files.AddRange(Directory.EnumerateFiles(Path.Combine(RepoPaths.SyntaxTests, "Corpus"), "*.py"));
        files.AddRange(Directory.EnumerateFiles(RepoPaths.TestApps, "*.py", SearchOption.AllDirectories));
        files.Sort(StringComparer.Ordinal);
        return files.Select(File.ReadAllBytes).ToList();
    }
}
