using System.Linq;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Linecache;

/// <summary>
/// The <c>linecache</c> module: lines of source files, read once and cached. The program's own
/// modules are embedded in the executable (their .py files are not shipped), so their lines come
/// from there; any other file is read from disk, with universal newlines, as CPython does.
/// </summary>
[PythonModule("linecache")]
[PythonExport("getline")]
[PythonExport("getlines")]
[PythonExport("clearcache")]
[PythonExport("checkcache")]
public static class LinecacheModule
{
    // File name -> its lines and the (size, mtime) they were read at (null for embedded sources).
    private static readonly Dictionary<string, (List<PyObject> Lines, (long Size, DateTime Time)? Stamp)> s_cache = new(StringComparer.Ordinal);

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("getline", new PyBuiltinFunction("getline", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getline", args, kw, ["filename", "lineno", "module_globals"], 2);
            var lines = GetLines(a[0]!);
            var number = a[1]!;
            // CPython compares 1 <= lineno <= len(lines): a non-number raises that comparison's TypeError.
            if (Comparison.CompareBool(PyInt.From(1), number, CompareOp.Le) && Comparison.CompareBool(number, PyInt.From(lines.Count), CompareOp.Le))
            {
                return lines[(int)Conversions.ToIndex(number) - 1];
            }
            return new PyStr("");
        }));
        g.Set("getlines", new PyBuiltinFunction("getlines", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("getlines", args, kw, ["filename", "module_globals"], 1);
            return new PyList([.. GetLines(a[0]!)]);
        }));
        g.Set("clearcache", new PyBuiltinFunction("clearcache", static (args, kw) =>
        {
            _ = ModuleArgs.Bind("clearcache", args, kw, [], 0);
            s_cache.Clear();
            return PyNone.Instance;
        }));
        g.Set("checkcache", new PyBuiltinFunction("checkcache", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("checkcache", args, kw, ["filename"], 0);
            var names = a[0] is PyStr one ? (s_cache.ContainsKey(one.Value) ? [one.Value] : []) : s_cache.Keys.ToList();
            foreach (var name in names)
            {
                if (s_cache[name].Stamp is { } stamp && Stamp(name) != stamp) s_cache.Remove(name);
            }
            return PyNone.Instance;
        }));
    }

    private static List<PyObject> GetLines(PyObject filename)
    {
        if (filename is not PyStr name) return [];
        if (s_cache.TryGetValue(name.Value, out var cached)) return cached.Lines;
        var embedded = SourceInfo.Find(name.Value);
        string text;
        (long, DateTime)? stamp = null;
        if (embedded is not null) text = embedded.Text;
        else
        {
            try
            {
                stamp = Stamp(name.Value);
                if (stamp is null) return [];
                text = File.ReadAllText(name.Value, System.Text.Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return [];
            }
        }
        var lines = SplitLines(text).Select(static l => (PyObject)new PyStr(l)).ToList();
        s_cache[name.Value] = (lines, stamp);
        return lines;
    }

    private static (long Size, DateTime Time)? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
    }

    /// <summary>The lines as a file opened with universal newlines reads them, each ending in "\n".</summary>
    private static List<string> SplitLines(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..] + "\n");
                break;
            }
            lines.Add(text[start..(end + 1)]);
            start = end + 1;
        }
        return lines;
    }
}
