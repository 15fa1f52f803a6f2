namespace PyPack.Runtime.Objects;

/// <summary>A function implemented in C# (<c>len</c>, <c>print</c>, a native module's functions).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    private readonly BuiltinFunctionBody _body;
    private readonly Func<PyObject, PyObject>? _oneArg;
    private readonly Func<PyObject, PyObject, PyObject>? _twoArgs;

    /// <param name="oneArg">The body for a call with one positional argument and no keywords, when it has a shorter way.</param>
    /// <param name="twoArgs">The same for two positional arguments (<c>max(a, b)</c>).</param>
    public PyBuiltinFunction(string name, BuiltinFunctionBody body, Func<PyObject, PyObject>? oneArg = null, Func<PyObject, PyObject, PyObject>? twoArgs = null)
    {
        Name = name;
        _body = body;
        _oneArg = oneArg;
        _twoArgs = twoArgs;
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
    public override PyObject Call2(PyObject a, PyObject b) => _twoArgs is not null ? _twoArgs(a, b) : _body([a, b], null);
}
