using System.Linq;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Operator;

/// <summary><c>operator.attrgetter</c>: fetches one or more (dotted) attributes.</summary>
public sealed class AttrGetter : PyObject
{
    public static readonly PyType TypeObject = new("attrgetter", null) { Module = "operator", TpName = "operator.attrgetter", Constructor = Create };

    private readonly string[] _names;

    private AttrGetter(string[] names) => _names = names;

    public override PyType Type => TypeObject;

    private static PyObject Create(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("attrgetter() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("attrgetter expected 1 argument, got 0");
        var names = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            names[i] = args[i] is PyStr s ? s.Value : throw Errors.TypeError("attribute name must be a string");
        }
        return new AttrGetter(names);
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("attrgetter() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"attrgetter expected 1 argument, got {args.Length}");
        if (_names.Length == 1) return Fetch(args[0], _names[0]);
        var items = new PyObject[_names.Length];
        for (var i = 0; i < items.Length; i++) items[i] = Fetch(args[0], _names[i]);
        return PyTuple.FromArray(items);
    }

    private static PyObject Fetch(PyObject o, string dotted)
    {
        foreach (var part in dotted.Split('.')) o = Attributes.GetAttr(o, part);
        return o;
    }

    public override string Repr() => $"operator.attrgetter({string.Join(", ", _names.Select(n => StrRepr.Of(n)))})";
}
