using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>Path arguments as CPython's os functions convert them: str, or an os.PathLike's __fspath__().</summary>
internal static class OsPaths
{
    public const string AllowsFd = "string, bytes, os.PathLike or integer";
    public const string AllowsFdOrNone = "string, bytes, os.PathLike, integer or None";
    public const string PathOnly = "string, bytes or os.PathLike";

    /// <summary><c>os.fspath(o)</c>: the str, or what __fspath__ returns.</summary>
    public static PyObject FsPath(PyObject o)
    {
        if (o is PyStr) return o;
        if (o.Type.Lookup("__fspath__") is not null)
        {
            var result = Operations.Attributes.CallMethod0(o, "__fspath__");
            if (result is PyStr) return result;
            throw Errors.TypeError($"expected {o.Type.TpName}.__fspath__() to return str or bytes, not {result.Type.TpName}");
        }
        throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {o.Type.TpName}");
    }

    /// <summary>The path argument of <paramref name="function"/>, with CPython's message for anything else.</summary>
    public static string Path(PyObject o, string function, string allowed = PathOnly)
    {
        if (o is PyStr s) return Checked(s.Value, function);
        if (o is not PyInt && o.Type.Lookup("__fspath__") is not null)
        {
            return Checked(((PyStr)FsPath(o)).Value, function);
        }
        if (o is PyInt && allowed != PathOnly) throw Errors.NotImplemented("file descriptors as paths");
        throw Errors.TypeError($"{function}: path should be {allowed}, not {o.Type.TpName}");
    }

    /// <summary>
    /// The OSError for a failed call on path arguments. CPython reports the paths as strings, also
    /// when the program passed os.PathLike objects.
    /// </summary>
    public static PyException Error(int errno, PyObject? filename = null, PyObject? filename2 = null) =>
        Errors.OSError(errno, FileName(filename), FileName(filename2));

    private static PyObject? FileName(PyObject? o) =>
        o is null or PyStr or PyInt || o.Type.Lookup("__fspath__") is null ? o : FsPath(o);

    /// <summary>A str with no NUL, as the C calls need (CPython: "embedded null byte").</summary>
    private static string Checked(string path, string function) =>
        path.Contains('\0') ? throw Errors.ValueError("embedded null byte") : path;
}
