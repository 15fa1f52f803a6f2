using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Importlib;

/// <summary>
/// <c>importlib.util</c>: <c>find_spec</c>, the check apps use before an optional import. A module
/// is found when the executable contains it, which the packager decided at build time from the
/// same search CPython does at run time.
/// </summary>
[PythonModule("importlib.util")]
[PythonExport("find_spec")]
public static class UtilModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("find_spec", new PyBuiltinFunction("find_spec", FindSpec));
    }

    private static PyObject FindSpec(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 } || args.Length is < 1 or > 2) throw Errors.TypeError($"find_spec() takes from 1 to 2 positional arguments but {args.Length} were given");
        if (args[0] is not PyStr nameObject) throw Errors.Raise(Exceptions.ExceptionTypes.AttributeError, $"'{args[0].Type.TpName}' object has no attribute 'startswith'");
        var name = nameObject.Value;
        if (name.StartsWith('.'))
        {
            throw Errors.NotImplemented("importlib.util.find_spec() of a relative name");
        }
        var interpreter = Interpreter.Current;
        if (interpreter.Modules.TryGetValue(name, out var loaded)) return SpecOf(name, loaded);
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            // CPython imports the parent to search its __path__; a parent that is not a package fails as there.
            var parent = interpreter.Import(name[..dot]);
            if (parent.Globals.TryGet("__path__") is null)
            {
                throw Errors.ModuleNotFoundError($"__path__ attribute not found on '{name[..dot]}' while trying to find '{name}'");
            }
        }
        return interpreter.Definition(name) is { } definition
            ? new ModuleSpec(name, definition.FileName, definition.SearchLocations is { } l ? new PyList(l.Select(p => (PyObject)new PyStr(p)).ToArray()) : null)
            : PyNone.Instance;
    }

    private static ModuleSpec SpecOf(string name, PyModule module) =>
        new(name, module.Globals.TryGet("__file__") is PyStr f ? f.Value : null, module.Globals.TryGet("__path__") as PyList);
}
