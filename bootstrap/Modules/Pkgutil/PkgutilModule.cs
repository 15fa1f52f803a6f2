using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Pkgutil;

/// <summary>
/// <c>pkgutil.get_data(package, resource)</c>: a file next to a package's __init__.py (or a
/// module's file), read through <see cref="DataFileAccess"/> so embedded data files are found.
/// </summary>
[PythonModule("pkgutil")]
[PythonExport("get_data")]
public static class PkgutilModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("get_data", new PyBuiltinFunction("get_data", GetData));
    }

    /// <summary>The path get_data reads: resource ('/'-separated) relative to the package's folder, or null when the module has no file.</summary>
    public static string? ResourcePath(string package, string resource)
    {
        var module = Interpreter.Current.Import(package);
        if (module.Globals.TryGet("__file__") is not PyStr file) return null;
        var parts = resource.Split('/');
        return Modules.Os.PosixPathModule.Join(Modules.Os.PosixPathModule.Split(file.Value).Head, parts);
    }

    private static PyObject GetData(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length != 2 || kwnames is { Length: > 0 }) throw Errors.TypeError($"get_data() takes 2 positional arguments but {args.Length} were given");
        if (args[0] is not PyStr package || args[1] is not PyStr resource) throw Errors.TypeError("get_data() arguments must be str");
        var path = ResourcePath(package.Value, resource.Value);
        if (path is null) return PyNone.Instance;
        return PyBytes.Of(DataFileAccess.ReadBytes(path));
    }
}
