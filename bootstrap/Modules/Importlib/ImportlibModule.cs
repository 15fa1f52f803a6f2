using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Importlib;

/// <summary>
/// <c>importlib</c>: <c>import_module</c>. The packager sees literal names passed to it and
/// compiles those modules in; a name computed at run time must be named with --hidden-import.
/// </summary>
[PythonModule("importlib")]
[PythonExport("import_module")]
public static class ImportlibModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("import_module", new PyBuiltinFunction("import_module", ImportModule));
    }

    /// <summary>import_module(name, package=None): the module itself (not the top package, unlike __import__).</summary>
    private static PyObject ImportModule(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        PyObject? name = positional > 0 ? args[0] : null;
        PyObject? package = positional > 1 ? args[1] : null;
        if (positional > 2) throw Errors.TypeError($"import_module() takes from 1 to 2 positional arguments but {positional} were given");
        for (var k = 0; k < kwCount; k++)
        {
            switch (kwnames![k])
            {
                case "name": name = args[positional + k]; break;
                case "package": package = args[positional + k]; break;
                default: throw Errors.TypeError($"import_module() got an unexpected keyword argument '{kwnames[k]}'");
            }
        }
        if (name is null) throw Errors.TypeError("import_module() missing 1 required positional argument: 'name'");
        if (name is not PyStr n) throw Errors.Raise(Exceptions.ExceptionTypes.TypeError, $"module name must be str, not {name.Type.TpName}");
        var full = n.Value;
        if (full.StartsWith('.'))
        {
            if (package is not PyStr p || p.Value.Length == 0)
            {
                throw Errors.TypeError($"the 'package' argument is required to perform a relative import for '{full}'");
            }
            var level = full.TakeWhile(c => c == '.').Count();
            var bits = p.Value.Split('.');
            if (bits.Length < level) throw Errors.Raise(Exceptions.ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            var baseName = string.Join('.', bits[..(bits.Length - level + 1)]);
            full = full.Length == level ? baseName : baseName + "." + full[level..];
        }
        if (full.Length == 0) throw Errors.ValueError("Empty module name");
        return Interpreter.Current.Import(full);
    }
}
