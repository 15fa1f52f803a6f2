using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Fnmatch;
using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Glob;

/// <summary>
/// The <c>glob</c> module, following CPython's algorithm step for step (magic parts matched per
/// folder with fnmatch, '**' when recursive, hidden names only when the pattern asks), so results
/// come in the same order: the folder's own order, which programs usually sort.
/// </summary>
[PythonModule("glob")]
[PythonExport("glob")]
[PythonExport("iglob")]
[PythonExport("escape")]
[PythonExport("has_magic")]
public static class GlobModule
{
    private static readonly string[] Names = ["pathname", "root_dir", "dir_fd", "recursive", "include_hidden"];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("glob", new PyBuiltinFunction("glob", static (args, kw) => List(Glob("glob", args, kw))));
        g.Set("iglob", new PyBuiltinFunction("iglob", static (args, kw) => List(Glob("iglob", args, kw)).Iter()));
        g.Set("escape", new PyBuiltinFunction("escape", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("escape", args, kw, ["pathname"], 1);
            var path = ((PyStr)OsPaths.FsPath(a[0]!)).Value;
            var sb = new System.Text.StringBuilder();
            foreach (var c in path)
            {
                if (c is '*' or '?' or '[') sb.Append('[').Append(c).Append(']');
                else sb.Append(c);
            }
            return new PyStr(sb.ToString());
        }));
        g.Set("has_magic", new PyBuiltinFunction("has_magic", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("has_magic", args, kw, ["s"], 1);
            return PyBool.From(HasMagic(Operations.Text.Str(a[0]!)));
        }));
    }

    private static PyList List(IEnumerable<string> paths)
    {
        var list = new PyList();
        foreach (var p in paths) list.Append(new PyStr(p));
        return list;
    }

    private static IEnumerable<string> Glob(string function, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind(function, args, kw, Names, 1, keywordOnlyFrom: 1);
        var pathname = ((PyStr)OsPaths.FsPath(a[0]!)).Value;
        var rootDir = a[1] is null or PyNone ? "" : ((PyStr)OsPaths.FsPath(a[1]!)).Value;
        if (a[2] is not null and not PyNone) throw Errors.NotImplemented("glob with dir_fd");
        var recursive = ModuleArgs.Bool(a[3]);
        var hidden = ModuleArgs.Bool(a[4]);
        var results = IGlob(pathname, rootDir, recursive, false, hidden).ToList();
        // A pattern starting with '**' yields the empty name first: CPython drops it.
        if ((pathname.Length == 0 || (recursive && pathname.StartsWith("**", StringComparison.Ordinal)))
            && results.Count > 0 && results[0].Length == 0)
        {
            results.RemoveAt(0);
        }
        return results;
    }

    public static bool HasMagic(string s) => s.AsSpan().IndexOfAny("*?[") >= 0;

    private static bool IsHidden(string name) => name.Length > 0 && name[0] == '.';
    private static bool IsRecursive(string pattern) => pattern == "**";

    private static string Join(string dirname, string basename) =>
        dirname.Length == 0 || basename.Length == 0 ? dirname + basename : PosixPathModule.Join(dirname, basename);

    private static IEnumerable<string> IGlob(string pathname, string rootDir, bool recursive, bool dirOnly, bool hidden)
    {
        var (dirname, basename) = PosixPathModule.Split(pathname);
        if (!HasMagic(pathname))
        {
            if (basename.Length > 0)
            {
                if (StatResults.Mode(Join(rootDir, pathname), false) is not null) yield return pathname;
            }
            else if (PosixPathModule.IsDir(Join(rootDir, dirname)))
            {
                yield return pathname;
            }
            yield break;
        }
        if (dirname.Length == 0)
        {
            var matches = recursive && IsRecursive(basename) ? Glob2(rootDir, dirOnly, hidden) : Glob1(rootDir, basename, dirOnly, hidden);
            foreach (var m in matches) yield return m;
            yield break;
        }
        IEnumerable<string> dirs = dirname != pathname && HasMagic(dirname)
            ? IGlob(dirname, rootDir, recursive, true, hidden)
            : [dirname];
        foreach (var dir in dirs)
        {
            var inDir = Join(rootDir, dir);
            IEnumerable<string> names = !HasMagic(basename) ? Glob0(inDir, basename)
                : recursive && IsRecursive(basename) ? Glob2(inDir, dirOnly, hidden)
                : Glob1(inDir, basename, dirOnly, hidden);
            foreach (var name in names) yield return PosixPathModule.Join(dir, name);
        }
    }

    private static IEnumerable<string> Glob1(string dirname, string pattern, bool dirOnly, bool hidden)
    {
        var names = ListDir(dirname, dirOnly);
        if (!hidden && !IsHidden(pattern)) names = names.Where(n => !IsHidden(n)).ToList();
        return names.Where(n => FnmatchModule.Matches(n, pattern)).ToList();
    }

    private static IEnumerable<string> Glob0(string dirname, string basename)
    {
        if (basename.Length > 0)
        {
            if (StatResults.Mode(Join(dirname, basename), false) is not null) return [basename];
        }
        else if (PosixPathModule.IsDir(dirname))
        {
            return [basename];
        }
        return [];
    }

    private static IEnumerable<string> Glob2(string dirname, bool dirOnly, bool hidden)
    {
        yield return "";
        foreach (var x in RListDir(dirname, dirOnly, hidden)) yield return x;
    }

    private static IEnumerable<string> RListDir(string dirname, bool dirOnly, bool hidden)
    {
        foreach (var x in ListDir(dirname, dirOnly))
        {
            if (!hidden && IsHidden(x)) continue;
            yield return x;
            var path = dirname.Length > 0 ? Join(dirname, x) : x;
            foreach (var y in RListDir(path, dirOnly, hidden)) yield return Join(x, y);
        }
    }

    private static List<string> ListDir(string dirname, bool dirOnly)
    {
        var folder = dirname.Length == 0 ? "." : dirname;
        try
        {
            var names = OsModule.ReadDirectory(folder, new PyStr(folder));
            return dirOnly ? names.Where(n => PosixPathModule.IsDir(PosixPathModule.Join(folder, n))).ToList() : names;
        }
        catch (Exceptions.PyException)
        {
            return [];
        }
    }
}
