namespace PyPack.Runtime.Objects;

/// <summary>A builtin method bound to its instance (<c>xs.append</c> taken as a value).</summary>
public sealed class PyBoundBuiltinMethod(PyBuiltinMethod method, PyObject self) : PyObject
{
    public static readonly PyType TypeObject = new("builtin_function_or_method", null);

    public PyBuiltinMethod Method { get; } = method;
    public PyObject Self { get; } = self;
    public override PyType Type => TypeObject;
    public override string Repr() => $"<built-in method {Method.Name} of {Self.Type.Name} object at 0x{Identity.Of(Self):x}>";
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => Method.Invoke(Self, args, kwnames);
    public override PyObject Call0() => Method.Invoke0(Self);
    public override PyObject Call1(PyObject a) => Method.Invoke1(Self, a);
}
