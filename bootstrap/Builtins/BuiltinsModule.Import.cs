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
        if (level > 0) throw Errors.NotImplemented("__import__() with a relative level");
        if (name.Value.Length == 0) throw Errors.ValueError("Empty module name");

        var fromlist = ImportArgument(args, kwnames, positional, 3) is { } f && Truth.IsTrue(f) ? Iteration.ToArray(f) : [];
        if (fromlist.Length == 0) return Imports.Import(name.Value);
        var names = fromlist.OfType<PyStr>().Select(n => n.Value).Where(n => n != "*").ToArray();
        return Imports.ImportFrom(name.Value, 0, Interpreter.Current.Modules["__main__"], names);
    }

    private static PyObject? ImportArgument(ReadOnlySpan<PyObject> args, string[]? kwnames, int positional, int index) =>
        index < positional ? args[index] : Args.Keyword(args, kwnames, s_importParameters[index]);
}
