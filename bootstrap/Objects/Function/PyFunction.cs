namespace PyPack.Runtime.Objects;

/// <summary>
/// A function compiled from a <c>def</c>. The body is a C# static method taking one parameter per
/// Python parameter; calls whose arguments already match (the common case) invoke it directly,
/// others go through <see cref="ArgumentBinder"/>.
/// </summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = new("function", null);

    private readonly Func<PyObject>? _body0;
    private readonly Func<PyObject, PyObject>? _body1;
    private readonly Func<PyObject, PyObject, PyObject>? _body2;
    private readonly Func<PyObject, PyObject, PyObject, PyObject>? _body3;
    private readonly Func<PyObject[], PyObject> _bodyArray;

    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject> body) : this(info, _ => body(), defaults) => _body0 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject> body) : this(info, a => body(a[0]), defaults) => _body1 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject> body) : this(info, a => body(a[0], a[1]), defaults) => _body2 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject> body) : this(info, a => body(a[0], a[1], a[2]), defaults) => _body3 = body;

    /// <summary>A function whose body takes its parameters as one array (any arity).</summary>
    public PyFunction(FunctionInfo info, Func<PyObject[], PyObject> body, PyObject[]? defaults)
    {
        Info = info;
        Defaults = defaults;
        _bodyArray = body;
    }

    public FunctionInfo Info { get; }

    /// <summary>Default values of the last positional parameters (<c>__defaults__</c>).</summary>
    public PyObject[]? Defaults { get; }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<function {Info.QualName} at 0x{Identity.Of(this):x}>";

    public override PyObject Call0() => _body0 is not null ? _body0() : Call([], null);
    public override PyObject Call1(PyObject a) => _body1 is not null ? _body1(a) : Call([a], null);
    public override PyObject Call2(PyObject a, PyObject b) => _body2 is not null ? _body2(a, b) : Call([a, b], null);
    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => _body3 is not null ? _body3(a, b, c) : Call([a, b, c], null);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        _bodyArray(ArgumentBinder.Bind(Info, Defaults, args, kwnames));
}
