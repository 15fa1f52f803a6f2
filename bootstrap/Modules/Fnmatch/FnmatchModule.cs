using System.Linq;
using System.Text;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Fnmatch;

/// <summary>
/// The <c>fnmatch</c> module: shell-style wildcards (* ? [seq] [!seq]) matched directly, and
/// translate() producing the same regular expression text as CPython's.
/// </summary>
[PythonModule("fnmatch")]
[PythonExport("fnmatch")]
[PythonExport("fnmatchcase")]
[PythonExport("filter")]
[PythonExport("translate")]
public static class FnmatchModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("fnmatch", new PyBuiltinFunction("fnmatch", static (args, kw) =>
        {
            // fnmatch passes both through os.path.normcase (so os.fspath's message); fnmatchcase does not.
            var a = Bind("fnmatch", args, kw, "name", "pat");
            return PyBool.From(Matches(PathText(a[0]), PathText(a[1])));
        }));
        g.Set("fnmatchcase", new PyBuiltinFunction("fnmatchcase", static (args, kw) => Match2("fnmatchcase", args, kw)));
        g.Set("filter", new PyBuiltinFunction("filter", static (args, kw) =>
        {
            var a = Bind("filter", args, kw, "names", "pat");
            var pattern = Text(a[1]);
            var result = new PyList();
            foreach (var name in Operations.Iteration.ToArray(a[0]))
            {
                if (Matches(Text(name), pattern)) result.Append(name);
            }
            return result;
        }));
        g.Set("translate", new PyBuiltinFunction("translate", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("translate", args, kw, ["pat"], 1);
            return new PyStr(Translate(Text(a[0]!)));
        }));
    }

    private static PyObject[] Bind(string function, ReadOnlySpan<PyObject> args, string[]? kw, string first, string second)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{function}() got an unexpected keyword argument '{kw[0]}'");
        if (args.Length != 2)
        {
            if (args.Length < 2)
            {
                var missing = args.Length == 0 ? $"2 required positional arguments: '{first}' and '{second}'" : $"1 required positional argument: '{second}'";
                throw Errors.TypeError($"{function}() missing {missing}");
            }
            throw Errors.TypeError($"{function}() takes 2 positional arguments but {args.Length} were given");
        }
        return args.ToArray();
    }

    private static PyObject Match2(string function, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = Bind(function, args, kw, "name", "pat");
        return PyBool.From(Matches(Text(a[0]), Text(a[1])));
    }

    private static string Text(PyObject o) => o is PyStr s
        ? s.Value
        : throw Errors.TypeError($"expected string or bytes-like object, got '{o.Type.TpName}'");

    private static string PathText(PyObject o) => ((PyStr)Os.OsPaths.FsPath(o)).Value;

    /// <summary>Whether all of <paramref name="name"/> matches <paramref name="pattern"/> (case-sensitive, as on POSIX).</summary>
    public static bool Matches(string name, string pattern) => MatchFrom(name, 0, pattern, 0);

    private static bool MatchFrom(string name, int n, string pattern, int p)
    {
        // Iterative with one backtrack point for the last star: linear for typical patterns.
        int starP = -1, starN = -1;
        while (true)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    while (p < pattern.Length && pattern[p] == '*') p++;
                    starP = p;
                    starN = n;
                    continue;
                }
                if (n < name.Length)
                {
                    if (c == '?')
                    {
                        p++;
                        n++;
                        continue;
                    }
                    if (c == '[' && TryClass(pattern, p, out var end, out var matches))
                    {
                        if (matches(name[n]))
                        {
                            p = end;
                            n++;
                            continue;
                        }
                    }
                    else if (c == name[n])
                    {
                        p++;
                        n++;
                        continue;
                    }
                }
            }
            else if (n == name.Length)
            {
                return true;
            }
            if (starP < 0 || starN >= name.Length) return false;
            starN++;
            n = starN;
            p = starP;
        }
    }

    /// <summary>A [...] class at <paramref name="p"/>: false when unclosed (then '[' is literal).</summary>
    private static bool TryClass(string pattern, int p, out int end, out Func<char, bool> matches)
    {
        var i = p + 1;
        var j = i;
        if (j < pattern.Length && pattern[j] == '!') j++;
        if (j < pattern.Length && pattern[j] == ']') j++;
        while (j < pattern.Length && pattern[j] != ']') j++;
        end = j + 1;
        matches = static _ => false;
        if (j >= pattern.Length) return false;
        var stuff = pattern[i..j];
        var negate = stuff.StartsWith('!');
        if (negate) stuff = stuff[1..];
        var ranges = new List<(char Lo, char Hi)>();
        for (var k = 0; k < stuff.Length; k++)
        {
            if (k + 2 < stuff.Length && stuff[k + 1] == '-')
            {
                // A reversed range (z-a) matches nothing, as CPython drops it.
                if (stuff[k] <= stuff[k + 2]) ranges.Add((stuff[k], stuff[k + 2]));
                k += 2;
            }
            else
            {
                ranges.Add((stuff[k], stuff[k]));
            }
        }
        matches = c =>
        {
            var inside = false;
            foreach (var (lo, hi) in ranges)
            {
                if (c >= lo && c <= hi)
                {
                    inside = true;
                    break;
                }
            }
            return inside != negate;
        };
        return true;
    }

    private const string RegexSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (RegexSpecial.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>fnmatch.translate: the regular expression CPython 3.11 builds for a pattern.</summary>
    public static string Translate(string pat)
    {
        var parts = new List<string?>(); // null = a star
        int i = 0, n = pat.Length;
        while (i < n)
        {
            var c = pat[i++];
            if (c == '*')
            {
                if (parts.Count == 0 || parts[^1] is not null) parts.Add(null);
            }
            else if (c == '?')
            {
                parts.Add(".");
            }
            else if (c == '[')
            {
                var j = i;
                if (j < n && pat[j] == '!') j++;
                if (j < n && pat[j] == ']') j++;
                while (j < n && pat[j] != ']') j++;
                if (j >= n)
                {
                    parts.Add("\\[");
                    continue;
                }
                string stuff;
                if (!pat[i..j].Contains('-'))
                {
                    stuff = pat[i..j].Replace("\\", "\\\\");
                }
                else
                {
                    var chunks = new List<string>();
                    var k = pat[i] == '!' ? i + 2 : i + 1;
                    while (true)
                    {
                        k = k < j ? pat.IndexOf('-', k, j - k) : -1;
                        if (k < 0) break;
                        chunks.Add(pat[i..k]);
                        i = k + 1;
                        k += 3;
                    }
                    var chunk = pat[i..j];
                    if (chunk.Length > 0) chunks.Add(chunk);
                    else chunks[^1] += "-";
                    for (var m = chunks.Count - 1; m > 0; m--)
                    {
                        if (chunks[m - 1][^1] > chunks[m][0])
                        {
                            chunks[m - 1] = chunks[m - 1][..^1] + chunks[m][1..];
                            chunks.RemoveAt(m);
                        }
                    }
                    stuff = string.Join("-", chunks.Select(s => s.Replace("\\", "\\\\").Replace("-", "\\-")));
                }
                var escaped = new StringBuilder();
                foreach (var ch in stuff)
                {
                    if (ch is '&' or '~' or '|') escaped.Append('\\');
                    escaped.Append(ch);
                }
                stuff = escaped.ToString();
                i = j + 1;
                if (stuff.Length == 0) parts.Add("(?!)");
                else if (stuff == "!") parts.Add(".");
                else
                {
                    if (stuff[0] == '!') stuff = "^" + stuff[1..];
                    else if (stuff[0] is '^' or '[') stuff = "\\" + stuff;
                    parts.Add("[" + stuff + "]");
                }
            }
            else
            {
                parts.Add(Escape(c.ToString()));
            }
        }
        var res = new StringBuilder();
        var x = 0;
        while (x < parts.Count && parts[x] is not null) res.Append(parts[x++]);
        while (x < parts.Count)
        {
            x++; // the star
            if (x == parts.Count)
            {
                res.Append(".*");
                break;
            }
            var fix = new StringBuilder();
            while (x < parts.Count && parts[x] is not null) fix.Append(parts[x++]);
            if (x == parts.Count)
            {
                res.Append(".*").Append(fix);
            }
            else
            {
                // An atomic group: no backtracking into the lazy match (CPython 3.11.7's form).
                res.Append("(?>.*?").Append(fix).Append(')');
            }
        }
        return $"(?s:{res})\\Z";
    }
}
