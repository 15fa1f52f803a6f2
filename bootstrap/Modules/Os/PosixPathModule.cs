using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// <c>posixpath</c>, which is <c>os.path</c> on Linux: the string operations on paths, and the
/// queries (exists/isfile/isdir) that also see the executable's embedded data files.
/// The functions follow CPython's posixpath.py for str arguments.
/// </summary>
[PythonModule("posixpath")]
[PythonExport("sep")]
[PythonExport("join")]
[PythonExport("dirname")]
[PythonExport("basename")]
[PythonExport("split")]
[PythonExport("splitext")]
[PythonExport("isabs")]
[PythonExport("normpath")]
[PythonExport("abspath")]
[PythonExport("exists")]
[PythonExport("isfile")]
[PythonExport("isdir")]
public static class PosixPathModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("sep", new PyStr("/"));
        g.Set("join", new PyBuiltinFunction("join", Join));
        g.Set("dirname", Unary("dirname", p => Split(p).Head));
        g.Set("basename", Unary("basename", p => Split(p).Tail));
        g.Set("split", new PyBuiltinFunction("split", (args, kw) =>
        {
            var (head, tail) = Split(OnePath("split", args, kw));
            return new PyTuple([new PyStr(head), new PyStr(tail)]);
        }));
        g.Set("splitext", new PyBuiltinFunction("splitext", (args, kw) =>
        {
            var (root, ext) = SplitExt(OnePath("splitext", args, kw));
            return new PyTuple([new PyStr(root), new PyStr(ext)]);
        }));
        g.Set("isabs", Predicate("isabs", p => p.StartsWith('/')));
        g.Set("normpath", Unary("normpath", NormPath));
        g.Set("abspath", Unary("abspath", p => NormPath(p.StartsWith('/') ? p : Join(Directory.GetCurrentDirectory(), p))));
        g.Set("exists", Predicate("exists", DataFileAccess.Exists));
        g.Set("isfile", Predicate("isfile", DataFileAccess.IsFile));
        g.Set("isdir", Predicate("isdir", DataFileAccess.IsFolder));
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

    /// <summary>posixpath.split: head without trailing slashes (unless it is all slashes), and tail.</summary>
    public static (string Head, string Tail) Split(string p)
    {
        var i = p.LastIndexOf('/') + 1;
        var head = p[..i];
        var tail = p[i..];
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return (head, tail);
    }

    public static (string Root, string Ext) SplitExt(string p)
    {
        var sep = p.LastIndexOf('/');
        var dot = p.LastIndexOf('.');
        if (dot > sep)
        {
            // Leading dots of the file name do not start an extension (".bashrc").
            var nameStart = sep + 1;
            while (nameStart < dot && p[nameStart] == '.') nameStart++;
            if (nameStart < dot) return (p[..dot], p[dot..]);
        }
        return (p, "");
    }

    /// <summary>posixpath.normpath: collapses '//', '.', and 'x/..'; keeps a leading '//' as POSIX allows.</summary>
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

    private static PyObject Join(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("join() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("join() missing 1 required positional argument: 'a'");
        var parts = new string[args.Length - 1];
        for (var i = 1; i < args.Length; i++)
        {
            parts[i - 1] = args[i] is PyStr s ? s.Value : throw Errors.TypeError($"join() argument must be str, bytes, or os.PathLike object, not '{args[i].Type.Name}'");
        }
        var first = args[0] is PyStr f ? f.Value : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {args[0].Type.Name}");
        return new PyStr(Join(first, parts));
    }

    private static string OnePath(string name, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 } || args.Length != 1) throw Errors.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
        return args[0] is PyStr s ? s.Value : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {args[0].Type.Name}");
    }

    private static PyBuiltinFunction Unary(string name, Func<string, string> body) =>
        new(name, (args, kw) => new PyStr(body(OnePath(name, args, kw))));

    private static PyBuiltinFunction Predicate(string name, Func<string, bool> body) =>
        new(name, (args, kw) => body(OnePath(name, args, kw)) ? PyBool.True : PyBool.False);
}
