using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Operator;

/// <summary><c>operator.methodcaller</c>: calls a named method with fixed arguments.</summary>
public sealed class MethodCaller : PyObject
{
    public static readonly PyType TypeObject = new("methodcaller", null) { Module = "operator", TpName = "operator.methodcaller", Constructor = Create };

    private readonly string _name;
    private readonly PyObject[] _args;
    private readonly string[]? _kwnames;

    private MethodCaller(string name, PyObject[] args, string[]? kwnames)
    {
        _name = name;
        _args = args;
        _kwnames = kwnames;
    }

    public override PyType Type => TypeObject;

    private static PyObject Create(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (Args.PositionalCount(args, kwnames) < 1) throw Errors.TypeError("methodcaller needs at least one argument, the method name");
        if (args[0] is not PyStr name) throw Errors.TypeError("method name must be a string");
        return new MethodCaller(name.Value, args[1..].ToArray(), kwnames is { Length: > 0 } ? kwnames : null);
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("methodcaller() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"methodcaller expected 1 argument, got {args.Length}");
        return Attributes.GetAttr(args[0], _name).Call(_args, _kwnames);
    }

    public override string Repr()
    {
        var parts = new List<string> { StrRepr.Of(_name) };
        var positional = _args.Length - (_kwnames?.Length ?? 0);
        for (var i = 0; i < positional; i++) parts.Add(_args[i].Repr());
        for (var k = 0; k < (_kwnames?.Length ?? 0); k++) parts.Add($"{_kwnames![k]}={_args[positional + k].Repr()}");
        return $"operator.methodcaller({string.Join(", ", parts)})";
    }
}
