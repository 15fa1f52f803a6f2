namespace PyPack.Runtime.Objects;

/// <summary>A function implemented in C# (<c>len</c>, <c>print</c>, a native module's functions).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    private readonly BuiltinFunctionBody _body;
    private readonly Func<PyObject, PyObject>? _oneArg;

    public PyBuiltinFunction(string name, BuiltinFunctionBody body, Func<PyObject, PyObject>? oneArg = null)
    {
        Name = name;
        _body = body;
        _oneArg = oneArg;
    }

    public string Name { get; }

    /// <summary><c>__module__</c>: the native module that defines it, null (None) for one that is not a module's.</summary>
    public string? Module { get; private set; }

    /// <summary>Marks the functions a native module defines with its name, once its globals are filled.</summary>
    public static void ClaimFunctions(ModuleGlobals globals, string module)
    {
        // Which module claims a function does not depend on the order of the names.
        foreach (var value in globals.UnorderedValues)
        {
            if (value is PyBuiltinFunction { Module: null } f) f.Module = module;
        }
    }
    public override PyType Type => PyBoundBuiltinMethod.TypeObject;
    public override string Repr() => $"<built-in function {Name}>";
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => _body(args, kwnames);
    public override PyObject Call1(PyObject a) => _oneArg is not null ? _oneArg(a) : _body([a], null);
}
