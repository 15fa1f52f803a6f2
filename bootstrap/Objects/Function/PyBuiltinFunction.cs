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
    public override PyType Type => PyBoundBuiltinMethod.TypeObject;
    public override string Repr() => $"<built-in function {Name}>";
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => _body(args, kwnames);
    public override PyObject Call1(PyObject a) => _oneArg is not null ? _oneArg(a) : _body([a], null);
}
