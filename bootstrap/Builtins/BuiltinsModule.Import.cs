using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary><c>__import__</c>: the function behind the import statement, for programs that call it.</summary>
public static partial class BuiltinsModule
{
    private static readonly string[] s_importParameters = ["name", "globals", "locals", "fromlist", "level"];

    private static void InitializeImport(ModuleGlobals g) =>
        g.Set("__import__", new PyBuiltinFunction("__import__", Import));

    /// <summary>
    /// <c>__import__(name, globals=None, locals=None, fromlist=(), level=0)</c>: with an empty
    /// fromlist the top-level package of a dotted name, otherwise the named module itself after
    /// importing the submodules fromlist names. Only modules compiled into the executable exist.
    /// </summary>
    private static PyObject Import(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        if (positional > s_importParameters.Length)
        {
            throw Errors.TypeError($"__import__() takes at most 5 arguments ({positional} given)");
        }
        Args.OnlyKeywords("__import__", kwnames, s_importParameters);
        var nameArg = ImportArgument(args, kwnames, positional, 0)
            ?? throw Errors.TypeError("__import__() missing required argument 'name' (pos 1)");
        if (nameArg is not PyStr name) throw Errors.TypeError("module name must be a string");
        var level = ImportArgument(args, kwnames, positional, 4) is { } l ? Conversions.ToIndex(l) : 0;
        if (level < 0) throw Errors.ValueError("level must be >= 0");
        if (name.Value.Length == 0 && level == 0) throw Errors.ValueError("Empty module name");
        var fullName = level == 0 ? name.Value : Imports.ResolveRelative(name.Value, (int)Math.Min(level, int.MaxValue), PackageFromGlobals(ImportArgument(args, kwnames, positional, 1)));

        var fromlist = ImportArgument(args, kwnames, positional, 3) is { } f && Truth.IsTrue(f) ? Iteration.ToArray(f) : [];
        if (fromlist.Length > 0)
        {
            var names = new List<string>();
            foreach (var n in fromlist)
            {
                if (n is PyStr { Value: not "*" } s) names.Add(s.Value);
            }
            return Imports.ImportFrom(fullName, 0, Interpreter.Current.Modules["__main__"], names.ToArray());
        }
        if (level == 0) return Imports.Import(fullName);
        // Relative with an empty fromlist: the module the first component of name names
        // (`__import__('b.c', g, None, [], 1)` in package p gives p.b), as CPython's _gcd_import path does.
        Imports.Import(fullName);
        var first = name.Value.IndexOf('.');
        var cut = first < 0 ? 0 : name.Value.Length - first;
        return Interpreter.Current.Modules[fullName[..(fullName.Length - cut)]];
    }

    /// <summary>
    /// The package a relative <c>__import__</c> resolves against, read from its globals argument as
    /// CPython's resolve_name does: __package__, else __name__ (itself for a package, else its parent).
    /// </summary>
    private static string PackageFromGlobals(PyObject? globals)
    {
        if (globals is null) throw Errors.Raise(ExceptionTypes.KeyError, "'__name__' not in globals");
        if (globals is PyNone) throw Errors.TypeError("globals must be a dict");
        var package = Lookup(globals, "__package__");
        if (package is not (null or PyNone))
        {
            return package is PyStr p ? p.Value : throw Errors.TypeError("package must be a string");
        }
        var moduleName = Lookup(globals, "__name__") ?? throw Errors.Raise(ExceptionTypes.KeyError, "'__name__' not in globals");
        if (moduleName is not PyStr n) throw Errors.TypeError("__name__ must be a string");
        if (Lookup(globals, "__path__") is not null) return n.Value;
        var dot = n.Value.LastIndexOf('.');
        return dot < 0 ? "" : n.Value[..dot];
    }

    private static PyObject? Lookup(PyObject globals, string key)
    {
        try
        {
            return Subscript.GetItem(globals, new PyStr(key));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            return null;
        }
    }

    private static PyObject? ImportArgument(ReadOnlySpan<PyObject> args, string[]? kwnames, int positional, int index) =>
        index < positional ? args[index] : Args.Keyword(args, kwnames, s_importParameters[index]);
}
