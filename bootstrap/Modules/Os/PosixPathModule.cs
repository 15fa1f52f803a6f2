using System.Linq;
using System.Text;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// <c>posixpath</c>, which is <c>os.path</c> on Linux: the string operations on paths as CPython's
/// posixpath.py does them, and the file tests, which also see the executable's embedded data files.
/// </summary>
[PythonModule("posixpath")]
[PythonExport("join")]
[PythonExport("split")]
[PythonExport("splitext")]
[PythonExport("splitdrive")]
[PythonExport("basename")]
[PythonExport("dirname")]
[PythonExport("exists")]
[PythonExport("lexists")]
[PythonExport("isfile")]
[PythonExport("isdir")]
[PythonExport("islink")]
[PythonExport("isabs")]
[PythonExport("abspath")]
[PythonExport("normpath")]
[PythonExport("normcase")]
[PythonExport("realpath")]
[PythonExport("relpath")]
[PythonExport("commonprefix")]
[PythonExport("commonpath")]
[PythonExport("expanduser")]
[PythonExport("expandvars")]
[PythonExport("getsize")]
[PythonExport("getmtime")]
[PythonExport("getatime")]
[PythonExport("getctime")]
[PythonExport("samefile")]
[PythonExport("sep")]
[PythonExport("altsep")]
[PythonExport("extsep")]
[PythonExport("pathsep")]
[PythonExport("curdir")]
[PythonExport("pardir")]
[PythonExport("devnull")]
[PythonExport("defpath")]
public static class PosixPathModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("join", new PyBuiltinFunction("join", Join));
        g.Set("split", Function1("split", static p =>
        {
            var (head, tail) = Split(Str(p));
            return PyTuple.Of(new PyStr(head), new PyStr(tail));
        }));
        g.Set("splitext", Function1("splitext", static p =>
        {
            var (root, ext) = SplitExt(Str(p));
            return PyTuple.Of(new PyStr(root), new PyStr(ext));
        }));
        g.Set("splitdrive", Function1("splitdrive", static p => PyTuple.Of(PyStr.Empty, new PyStr(Str(p)))));
        g.Set("basename", Function1("basename", static p => new PyStr(BaseName(Str(p)))));
        g.Set("dirname", Function1("dirname", static p => new PyStr(Split(Str(p)).Head)));
        g.Set("isabs", Function1("isabs", static p => PyBool.From(Str(p).StartsWith('/'))));
        g.Set("normpath", Function1("normpath", static p => new PyStr(NormPath(Str(p)))));
        // posixpath.normcase is os.fspath: a str comes back as the same object (logging compares it per frame).
        g.Set("normcase", Function1("normcase", OsPaths.FsPath));
        g.Set("abspath", Function1("abspath", static p => new PyStr(AbsPath(Str(p)))));
        g.Set("realpath", new PyBuiltinFunction("realpath", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("realpath", args, kw, ["path", "strict"], 1, keywordOnlyFrom: 1);
            return new PyStr(RealPath(Str(a[0]!), ModuleArgs.Bool(a[1])));
        }));
        g.Set("relpath", new PyBuiltinFunction("relpath", RelPath));
        g.Set("commonprefix", Function1("commonprefix", CommonPrefix));
        g.Set("commonpath", Function1("commonpath", CommonPath));
        g.Set("expanduser", Function1("expanduser", static p => new PyStr(ExpandUser(Str(p)))));
        g.Set("expandvars", Function1("expandvars", static p => new PyStr(ExpandVars(Str(p)))));
        g.Set("exists", Function1("exists", static p => PyBool.From(StatMode(p, true) is not null || IsDataFile(p, folder: null))));
        g.Set("lexists", Function1("lexists", static p => PyBool.From(StatMode(p, false) is not null)));
        g.Set("isfile", Function1("isfile", static p => PyBool.From((StatMode(p, true) & StatResults.TypeMask) == StatResults.Regular || IsDataFile(p, folder: false))));
        g.Set("isdir", Function1("isdir", static p => PyBool.From((StatMode(p, true) & StatResults.TypeMask) == StatResults.Directory || IsDataFile(p, folder: true))));
        g.Set("islink", Function1("islink", static p => PyBool.From((StatMode(p, false) & StatResults.TypeMask) == StatResults.SymbolicLink)));
        g.Set("getsize", Function1("getsize", static p => StatResults.Stat(p, "stat", true).GetOwnAttribute("st_size")!));
        g.Set("getmtime", Function1("getmtime", static p => StatResults.Stat(p, "stat", true).GetOwnAttribute("st_mtime")!));
        g.Set("getatime", Function1("getatime", static p => StatResults.Stat(p, "stat", true).GetOwnAttribute("st_atime")!));
        g.Set("getctime", Function1("getctime", static p => StatResults.Stat(p, "stat", true).GetOwnAttribute("st_ctime")!));
        g.Set("samefile", new PyBuiltinFunction("samefile", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("samefile", args, kw, ["f1", "f2"], 2);
            var s1 = StatResults.Stat(a[0]!, "stat", true);
            var s2 = StatResults.Stat(a[1]!, "stat", true);
            return PyBool.From(Operations.Comparison.Equal(s1.Tuple[1], s2.Tuple[1]) && Operations.Comparison.Equal(s1.Tuple[2], s2.Tuple[2]));
        }));
        g.Set("sep", new PyStr("/"));
        g.Set("altsep", PyNone.Instance);
        g.Set("extsep", new PyStr("."));
        g.Set("pathsep", new PyStr(":"));
        g.Set("curdir", new PyStr("."));
        g.Set("pardir", new PyStr(".."));
        g.Set("devnull", new PyStr("/dev/null"));
        g.Set("defpath", new PyStr("/bin:/usr/bin"));
    }

    private static PyBuiltinFunction Function1(string name, Func<PyObject, PyObject> body) =>
        new(name, (args, kw) =>
        {
            if (kw is { Length: > 0 } || args.Length != 1)
            {
                if (kw is { Length: > 0 } && args.Length == 1) throw Errors.TypeError($"{name}() got an unexpected keyword argument '{kw[0]}'");
                throw Errors.TypeError($"{name}() takes 1 positional argument but {args.Length} were given");
            }
            return body(args[0]);
        }, body);

    private static string Str(PyObject p) => ((PyStr)OsPaths.FsPath(p)).Value;

    /// <summary>The st_mode for exists/isdir/isfile: null when stat fails (OSError or ValueError), as genericpath.</summary>
    private static uint? StatMode(PyObject p, bool follow)
    {
        var path = OsPaths.Path(p, follow ? "stat" : "lstat", OsPaths.AllowsFd);
        return StatResults.Mode(path, follow);
    }

    /// <summary>Whether an embedded data file (or folder of them) has this path; null <paramref name="folder"/>: either.</summary>
    private static bool IsDataFile(PyObject p, bool? folder)
    {
        if (p is not PyStr s) return false;
        var files = Interpreter.Current.DataFiles;
        return folder switch
        {
            true => files.IsFolder(s.Value),
            false => files.IsFile(s.Value),
            null => files.IsFile(s.Value) || files.IsFolder(s.Value),
        };
    }

    public static bool Exists(string path) => StatResults.Mode(path) is not null;
    public static bool IsDir(string path) => (StatResults.Mode(path) & StatResults.TypeMask) == StatResults.Directory;
    public static bool IsFile(string path) => (StatResults.Mode(path) & StatResults.TypeMask) == StatResults.Regular;
    public static bool IsLink(string path) => (StatResults.Mode(path, false) & StatResults.TypeMask) == StatResults.SymbolicLink;

    private static PyObject Join(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"join() got an unexpected keyword argument '{kw[0]}'");
        if (args.Length == 0) throw Errors.TypeError("join() missing 1 required positional argument: 'a'");
        var path = Str(args[0]);
        var sb = new StringBuilder(path);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is not PyStr && args[i].Type.Lookup("__fspath__") is null)
            {
                throw Errors.TypeError($"join() argument must be str, bytes, or os.PathLike object, not '{args[i].Type.TpName}'");
            }
            var b = Str(args[i]);
            if (b.StartsWith('/')) sb.Clear().Append(b);
            else if (sb.Length == 0 || sb[^1] == '/') sb.Append(b);
            else sb.Append('/').Append(b);
        }
        return new PyStr(sb.ToString());
    }

    /// <summary>posixpath.join: an absolute part restarts the path; parts are joined with one '/'.</summary>
    public static string Join(string first, params string[] rest)
    {
        var path = first;
        foreach (var b in rest)
        {
            if (b.StartsWith('/')) path = b;
            else if (path.Length == 0 || path.EndsWith('/')) path += b;
            else path += "/" + b;
        }
        return path;
    }

    public static (string Head, string Tail) Split(string p)
    {
        var i = p.LastIndexOf('/') + 1;
        var head = p[..i];
        var tail = p[i..];
        if (head.Length > 0 && head.AsSpan().IndexOfAnyExcept('/') >= 0) head = head.TrimEnd('/');
        return (head, tail);
    }

    public static string BaseName(string p) => p[(p.LastIndexOf('/') + 1)..];

    public static (string Root, string Ext) SplitExt(string p)
    {
        var sepIndex = p.LastIndexOf('/');
        var dotIndex = p.LastIndexOf('.');
        if (dotIndex > sepIndex)
        {
            // A name made only of leading dots (".bashrc") has no extension.
            for (var i = sepIndex + 1; i < dotIndex; i++)
            {
                if (p[i] != '.') return (p[..dotIndex], p[dotIndex..]);
            }
        }
        return (p, "");
    }

    public static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        var initialSlashes = path.StartsWith('/') ? (path.StartsWith("//") && !path.StartsWith("///") ? 2 : 1) : 0;
        var parts = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp is "" or ".") continue;
            if (comp != ".." || (initialSlashes == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == "..")) parts.Add(comp);
            else if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
        }
        var result = new string('/', initialSlashes) + string.Join('/', parts);
        return result.Length == 0 ? "." : result;
    }

    public static string AbsPath(string path) =>
        NormPath(path.StartsWith('/') ? path : Join(Directory.GetCurrentDirectory(), path));

    /// <summary>
    /// realpath: each symbolic link on the way is followed; missing parts are kept as written, or
    /// with <paramref name="strict"/> the first one raises its OSError.
    /// </summary>
    public static string RealPath(string path, bool strict = false)
    {
        var resolved = "/";
        var pending = new Stack<string>(Enumerable.Reverse(AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries)));
        var seen = 0;
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name == "..")
            {
                resolved = Split(resolved).Head;
                if (resolved.Length == 0) resolved = "/";
                continue;
            }
            var next = Join(resolved, name);
            if (strict && !StatResults.TryStat(next, false, out _, out var errno)) throw OsPaths.Error(errno, new PyStr(next));
            var target = IsLink(next) ? new FileInfo(next).LinkTarget : null;
            if (target is null || ++seen > 40)
            {
                resolved = next;
                continue;
            }
            if (target.StartsWith('/')) resolved = "/";
            foreach (var part in Enumerable.Reverse(target.Split('/', StringSplitOptions.RemoveEmptyEntries))) pending.Push(part);
        }
        return resolved;
    }

    private static PyObject RelPath(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("relpath", args, kw, ["path", "start"], 1);
        var path = Str(a[0]!);
        if (path.Length == 0) throw Errors.ValueError("no path specified");
        var start = a[1] is null or PyNone ? "." : Str(a[1]!);
        var startList = AbsPath(start).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathList = AbsPath(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < startList.Length && i < pathList.Length && startList[i] == pathList[i]) i++;
        var rel = Enumerable.Repeat("..", startList.Length - i).Concat(pathList[i..]).ToList();
        return new PyStr(rel.Count == 0 ? "." : string.Join('/', rel));
    }

    private static PyObject CommonPrefix(PyObject m)
    {
        var items = Operations.Iteration.ToArray(m);
        if (items.Length == 0) return PyStr.Empty;
        if (items[0] is PyList or PyTuple)
        {
            // Lists of components: the longest common run of equal items.
            PyObject min = items[0], max = items[0];
            foreach (var item in items)
            {
                if (Operations.Comparison.CompareBool(item, min, CompareOp.Lt)) min = item;
                if (Operations.Comparison.CompareBool(item, max, CompareOp.Gt)) max = item;
            }
            var minItems = Operations.Iteration.ToArray(min);
            var maxItems = Operations.Iteration.ToArray(max);
            var n = 0;
            while (n < minItems.Length && Operations.Comparison.Equal(minItems[n], maxItems[n])) n++;
            return Operations.Subscript.GetItem(min, new PySlice(PyNone.Instance, PyInt.From(n), PyNone.Instance));
        }
        var strings = items.Select(Str).ToArray();
        var s1 = strings.Min(StringComparer.Ordinal)!;
        var s2 = strings.Max(StringComparer.Ordinal)!;
        var k = 0;
        while (k < s1.Length && s1[k] == s2[k]) k++;
        return new PyStr(s1[..k]);
    }

    private static PyObject CommonPath(PyObject paths)
    {
        var items = Operations.Iteration.ToArray(paths).Select(Str).ToArray();
        if (items.Length == 0) throw Errors.ValueError("commonpath() arg is an empty sequence");
        var isAbs = items[0].StartsWith('/');
        if (items.Any(p => p.StartsWith('/') != isAbs)) throw Errors.ValueError("Can't mix absolute and relative paths");
        var split = items.Select(p => p.Split('/').Where(c => c.Length > 0 && c != ".").ToArray()).ToArray();
        var s1 = split.MinBy(x => x, ComponentsComparer.Instance)!;
        var s2 = split.MaxBy(x => x, ComponentsComparer.Instance)!;
        var k = 0;
        while (k < s1.Length && k < s2.Length && s1[k] == s2[k]) k++;
        return new PyStr((isAbs ? "/" : "") + string.Join('/', s1[..k]));
    }

    private sealed class ComponentsComparer : IComparer<string[]>
    {
        public static readonly ComponentsComparer Instance = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < System.Math.Min(x!.Length, y!.Length); i++)
            {
                var c = string.CompareOrdinal(x[i], y[i]);
                if (c != 0) return c;
            }
            return x.Length.CompareTo(y.Length);
        }
    }

    public static string ExpandUser(string path)
    {
        if (!path.StartsWith('~')) return path;
        var i = path.IndexOf('/', 1);
        if (i < 0) i = path.Length;
        string? home;
        if (i == 1) home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        else
        {
            // ~user: only the current user is known without the password database.
            home = path[1..i] == Environment.UserName ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : null;
            if (home is null) return path;
        }
        home = home.TrimEnd('/');
        var result = home + path[i..];
        return result.Length == 0 ? "/" : result;
    }

    public static string ExpandVars(string path)
    {
        if (!path.Contains('$')) return path;
        var sb = new StringBuilder();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '$' && i + 1 < path.Length)
            {
                string? name = null;
                var end = i + 1;
                if (path[end] == '{')
                {
                    var close = path.IndexOf('}', end + 1);
                    if (close >= 0)
                    {
                        name = path[(end + 1)..close];
                        end = close + 1;
                    }
                }
                else
                {
                    while (end < path.Length && (char.IsLetterOrDigit(path[end]) || path[end] == '_')) end++;
                    if (end > i + 1) name = path[(i + 1)..end];
                }
                if (name is not null && Environment.GetEnvironmentVariable(name) is { } value)
                {
                    sb.Append(value);
                    i = end;
                    continue;
                }
                if (name is not null)
                {
                    sb.Append(path, i, end - i);
                    i = end;
                    continue;
                }
            }
            sb.Append(path[i]);
            i++;
        }
        return sb.ToString();
    }
}
