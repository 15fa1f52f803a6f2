using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>listdir, scandir and walk.</summary>
public static partial class OsModule
{
    private static PyObject ListDir(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("listdir", args, kw, ["path"], 0);
        var pathObject = a[0] is null or PyNone ? new PyStr(".") : a[0]!;
        var path = OsPaths.Path(pathObject, "listdir", OsPaths.AllowsFdOrNone);
        var names = ReadDirectory(path, pathObject);
        var list = new PyList(names.Count);
        foreach (var n in names) list.Append(new PyStr(n));
        return list;
    }

    /// <summary>The names in a folder (not . and ..), or CPython's OSError for the path.</summary>
    internal static List<string> ReadDirectory(string path, PyObject pathObject)
    {
        if (!StatResults.TryStat(path, true, out var buffer, out var errno)) throw OsPaths.Error(errno, pathObject);
        if ((buffer.Mode & StatResults.TypeMask) != StatResults.Directory) throw OsPaths.Error(20, pathObject);
        try
        {
            var names = new List<string>();
            foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos()) names.Add(entry.Name);
            return names;
        }
        catch (UnauthorizedAccessException)
        {
            throw OsPaths.Error(13, pathObject);
        }
    }

    private static PyObject ScanDir(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("scandir", args, kw, ["path"], 0);
        var pathObject = a[0] is null or PyNone ? new PyStr(".") : a[0]!;
        var path = OsPaths.Path(pathObject, "scandir", OsPaths.AllowsFdOrNone);
        var names = ReadDirectory(path, pathObject);
        return new ScandirIterator(path, names);
    }

    private static PyObject Walk(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("walk", args, kw, ["top", "topdown", "onerror", "followlinks"], 1);
        var top = ((PyStr)OsPaths.FsPath(a[0]!)).Value;
        return new WalkIterator(top, ModuleArgs.Bool(a[1], true), a[2] is PyNone ? null : a[2], ModuleArgs.Bool(a[3]));
    }
}
