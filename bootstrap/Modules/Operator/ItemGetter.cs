using System.Linq;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Operator;

/// <summary><c>operator.itemgetter</c>: fetches one item, or a tuple of several.</summary>
public sealed class ItemGetter : PyObject
{
    public static readonly PyType TypeObject = new("itemgetter", null) { Module = "operator", TpName = "operator.itemgetter", Constructor = Create };

    private readonly PyObject[] _items;

    private ItemGetter(PyObject[] items) => _items = items;

    public override PyType Type => TypeObject;

    private static PyObject Create(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("itemgetter() takes no keyword arguments");
        if (args.Length == 0) throw Errors.TypeError("itemgetter expected 1 argument, got 0");
        return new ItemGetter(args.ToArray());
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("itemgetter() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"itemgetter expected 1 argument, got {args.Length}");
        if (_items.Length == 1) return Subscript.GetItem(args[0], _items[0]);
        var result = PyTuple.Create(_items.Length, out var items);
        for (var i = 0; i < items.Length; i++) items[i] = Subscript.GetItem(args[0], _items[i]);
        return result;
    }

    public override PyObject Call1(PyObject a) => _items.Length == 1 ? Subscript.GetItem(a, _items[0]) : Call([a], null);

    public override string Repr() => $"operator.itemgetter({string.Join(", ", _items.Select(i => i.Repr()))})";
}
