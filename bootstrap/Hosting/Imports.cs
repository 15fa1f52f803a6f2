using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The import statements as compiled code calls them; each follows what CPython's IMPORT_NAME /
/// IMPORT_FROM / IMPORT_STAR do, with CPython's error messages.
/// </summary>
public static class Imports
{
    /// <summary><c>import a.b.c</c>: imports a, a.b and a.b.c; returns a, the name it binds.</summary>
    public static PyModule Import(string name)
    {
        var interpreter = Interpreter.Current;
        interpreter.Import(name);
        var dot = name.IndexOf('.');
        return dot < 0 ? interpreter.Modules[name] : interpreter.Modules[name[..dot]];
    }

    /// <summary><c>import a.b.c as d</c>: the value bound is a.b.c, reached through attributes from a.</summary>
    public static PyObject ImportAs(string name)
    {
        var top = Import(name);
        var parts = name.Split('.');
        PyObject current = top;
        var qualified = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            qualified += "." + parts[i];
            current = FromModule(current, parts[i], qualified);
        }
        return current;
    }

    /// <summary>
    /// The module of <c>from [dots]name import names</c>: resolves a relative name against the
    /// importing module's package, imports the module, and imports each name that is a submodule
    /// of a package and not yet an attribute of it (CPython's <c>_handle_fromlist</c>).
    /// </summary>
    public static PyModule ImportFrom(string? name, int level, PyModule importer, string[] names)
    {
        var fullName = level == 0 ? name! : ResolveRelative(name, level, importer);
        var interpreter = Interpreter.Current;
        var module = interpreter.Import(fullName);
        if (module.Globals.TryGet("__path__") is not null) HandleFromList(interpreter, module, names);
        return module;
    }

    /// <summary><c>from module import name</c>: the attribute, or the submodule of that name.</summary>
    public static PyObject ImportName(PyObject module, string name)
    {
        var moduleName = module is PyModule m ? m.Name : null;
        return FromModule(module, name, moduleName is null ? null : moduleName + "." + name);
    }

    /// <summary><c>from module import *</c> at module level: binds __all__, or every public name.</summary>
    public static void ImportStar(PyModule module, PyModule into)
    {
        if (module.Globals.TryGet("__all__") is { } all)
        {
            var names = new List<string>();
            foreach (var item in Operations.Iteration.ToArray(all))
            {
                if (item is not PyStr s) throw Errors.TypeError($"Item in {module.Name}.__all__ must be str, not {item.Type.TpName}");
                names.Add(s.Value);
            }
            if (module.Globals.TryGet("__path__") is not null) HandleFromList(Interpreter.Current, module, [.. names]);
            foreach (var n in names) into.Globals.Set(n, Operations.Attributes.GetAttr(module, n));
            return;
        }
        foreach (var (n, value) in new List<KeyValuePair<string, PyObject>>(module.Globals.Items))
        {
            if (!n.StartsWith('_')) into.Globals.Set(n, value);
        }
    }

    private static void HandleFromList(Interpreter interpreter, PyModule package, string[] names)
    {
        foreach (var n in names)
        {
            if (n == "*" || package.Globals.TryGet(n) is not null) continue;
            var submodule = package.Name + "." + n;
            try
            {
                interpreter.Import(submodule);
            }
            catch (PyException e) when (IsNotFound(e, submodule))
            {
                // Not a submodule: ImportName reports the missing name.
            }
        }
    }

    /// <summary>CPython ignores a ModuleNotFoundError for exactly the submodule the from-list named.</summary>
    private static bool IsNotFound(PyException e, string name) =>
        e.Value.Type == ExceptionTypes.ModuleNotFoundError && !Interpreter.Current.Contains(name);

    private static PyObject FromModule(PyObject module, string name, string? qualified)
    {
        var value = Operations.Attributes.TryGetAttr(module, name);
        if (value is not null) return value;
        // A submodule that is in sys.modules but not (yet) an attribute of its parent: circular imports.
        if (qualified is not null && Interpreter.Current.Modules.TryGetValue(qualified, out var sub)) return sub;
        var moduleName = (module as PyModule)?.Globals.TryGet("__name__") is PyStr s ? s.Value : "<unknown module name>";
        var location = (module as PyModule)?.Globals.TryGet("__file__") is PyStr f ? f.Value : "unknown location";
        var message = module is PyModule { IsInitializing: true }
            ? $"cannot import name '{name}' from partially initialized module '{moduleName}' (most likely due to a circular import) ({location})"
            : $"cannot import name '{name}' from '{moduleName}' ({location})";
        throw Errors.Raise(ExceptionTypes.ImportError, message);
    }

    private static string ResolveRelative(string? name, int level, PyModule importer) =>
        ResolveRelative(name, level, PackageOf(importer));

    /// <summary>The absolute name of a relative import <paramref name="level"/> dots up from <paramref name="package"/>.</summary>
    public static string ResolveRelative(string? name, int level, string? package)
    {
        if (string.IsNullOrEmpty(package))
        {
            throw Errors.Raise(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        var bits = package.Split('.');
        if (bits.Length < level) throw Errors.Raise(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
        // Join's (array, start, count) overload: a range of a reference-type array is RuntimeHelpers.GetSubArray,
        // which can make the array type at run time and so links NativeAOT's type loader (~130 KB).
        var baseName = string.Join('.', bits, 0, bits.Length - level + 1);
        return string.IsNullOrEmpty(name) ? baseName : baseName + "." + name;
    }

    /// <summary>CPython's <c>_calc___package__</c>: __package__, else derived from __name__.</summary>
    private static string? PackageOf(PyModule importer)
    {
        var g = importer.Globals;
        if (g.TryGet("__package__") is PyStr p) return p.Value;
        if (g.TryGet("__name__") is not PyStr n) return null;
        if (g.TryGet("__path__") is not null) return n.Value;
        var dot = n.Value.LastIndexOf('.');
        return dot < 0 ? "" : n.Value[..dot];
    }
}
