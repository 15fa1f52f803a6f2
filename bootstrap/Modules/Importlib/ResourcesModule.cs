using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Importlib;

/// <summary>
/// <c>importlib.resources</c>: <c>files(package)</c> and the older read_text/is_resource helpers,
/// over the package's folder as CPython sees it; embedded data files are served from the executable.
/// </summary>
[PythonModule("importlib.resources")]
[PythonExport("files")]
[PythonExport("read_text")]
[PythonExport("is_resource")]
public static class ResourcesModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("files", new PyBuiltinFunction("files", static (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 }) throw Errors.TypeError($"files() takes 1 positional argument but {args.Length} were given");
            return Files(args[0]);
        }));
        g.Set("read_text", new PyBuiltinFunction("read_text", static (args, kw) =>
        {
            // read_text(package, resource, encoding='utf-8', errors='strict'), the 3.11 signature.
            var bound = ModuleArgs.Bind("read_text", args, kw, ["package", "resource", "encoding", "errors"], 2);
            var encoding = bound[2] is { } e ? ModuleArgs.Str(e, "read_text", 3) : "utf-8";
            var errors = bound[3] is { } r ? ModuleArgs.Str(r, "read_text", 4) : "strict";
            return new PyStr(DataFileAccess.ReadText(Files(bound[0]!).Join(ResourceName(bound[1]!)).Path, encoding, errors));
        }));
        g.Set("is_resource", new PyBuiltinFunction("is_resource", static (args, kw) =>
        {
            if (args.Length != 2 || kw is { Length: > 0 }) throw Errors.TypeError("is_resource() takes 2 positional arguments");
            return PyBool.From(DataFileAccess.IsFile(Files(args[0]).Join(ResourceName(args[1])).Path));
        }));
    }

    /// <summary>files(anchor): the folder of a package, given as a module or its name.</summary>
    public static ResourcePath Files(PyObject anchor)
    {
        var module = anchor switch
        {
            PyModule m => m,
            PyStr s => Interpreter.Current.Import(s.Value),
            _ => throw Errors.TypeError($"expected str, not {anchor.Type.TpName}"),
        };
        if (module.Globals.TryGet("__path__") is not PyList)
        {
            throw Errors.TypeError($"{(anchor is PyStr s2 ? "'" + s2.Value + "'" : anchor.Repr())} is not a package");
        }
        if (module.Globals.TryGet("__file__") is not PyStr file)
        {
            throw Errors.NotImplemented("importlib.resources.files() of a namespace package");
        }
        return new ResourcePath(Modules.Os.PosixPathModule.Split(file.Value).Head);
    }

    private static string ResourceName(PyObject name) =>
        name is PyStr s && !s.Value.Contains('/') ? s.Value : throw Errors.ValueError($"{name.Repr()} must be only a file name");
}
