using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// <c>os</c>, the part packaged apps need to find their files: <c>os.path</c> (posixpath, also
/// put in sys.modules as 'os.path' as CPython's os does), <c>sep</c> and <c>getcwd</c>.
/// The standard-library work extends this module.
/// </summary>
[PythonModule("os")]
[PythonExport("path")]
[PythonExport("sep")]
[PythonExport("getcwd")]
public static class OsModule
{
    public static void Initialize(PyModule module)
    {
        var modules = Interpreter.Current.Modules;
        if (!modules.TryGetValue("posixpath", out var path))
        {
            path = new PyModule("posixpath");
            PosixPathModule.Initialize(path);
            modules["posixpath"] = path;
        }
        modules["os.path"] = path;
        var g = module.Globals;
        g.Set("path", path);
        g.Set("sep", new PyStr("/"));
        g.Set("getcwd", new PyBuiltinFunction("getcwd", static (args, kw) =>
        {
            if (args.Length != 0) throw Errors.TypeError($"os.getcwd() takes no arguments ({args.Length} given)");
            return new PyStr(Directory.GetCurrentDirectory());
        }));
    }
}
