using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>list[int]</c>: CPython's types.GenericAlias, what the builtin containers' <c>__class_getitem__</c>
/// returns. It reprs as the subscription, compares by origin and arguments, and calling it calls the origin.
/// </summary>
public sealed class PyGenericAlias(PyObject origin, PyTuple args) : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // types.GenericAlias(origin, args): what a Python class's __class_getitem__ returns (collections.abc's).
    private static PyType MakeType()
    {
        var t = new PyType("GenericAlias", null) { Module = "types", TpName = "types.GenericAlias", IsFinal = true };
        SlotWrappers.Add(t, "__or__", "__ror__", "__getitem__");
        t.Constructor = static (a, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("GenericAlias() takes no keyword arguments");
            PyPack.Runtime.Objects.Args.Count("GenericAlias", a.Length, 2, 2);
            return new PyGenericAlias(a[0], a[1] as PyTuple ?? PyTuple.Of(a[1]));
        };
        return t;
    }

    public PyObject Origin { get; } = origin;
    public PyTuple Args { get; } = args;
    public override PyType Type => TypeObject;

    /// <summary><c>__class_getitem__</c> for a builtin type: the alias of it over <paramref name="item"/> (a tuple is several arguments).</summary>
    public static void AddTo(PyType type) =>
        type.SetAttribute("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", static (a, kw) =>
        {
            PyPack.Runtime.Objects.Args.Count("__class_getitem__", a.Length, 2, 2);
            return new PyGenericAlias(a[0], a[1] as PyTuple ?? PyTuple.Of(a[1]));
        })));

    public override string Repr() => ReprItem(Origin) + "[" + (Args.Count == 0 ? "()" : string.Join(", ", Sequences.Map(Args.Items, ReprItem))) + "]";

    private static string ReprItem(PyObject o) => o switch
    {
        PyEllipsis => "...",
        PyType t => ClassName(t),
        _ => o.Repr(),
    };

    /// <summary>A class as alias and union reprs show it: its qualified name, with its module unless builtins.</summary>
    internal static string ClassName(PyType t) => t.Module is null or "builtins" && !t.IsHeapType ? t.QualName : TypeName(t);

    private static string TypeName(PyType t)
    {
        var module = t.IsHeapType ? (t.GetOwn("__module__") as PyStr)?.Value : t.Module;
        return module is null or "builtins" ? t.QualName : $"{module}.{t.QualName}";
    }

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__origin__" => Origin,
        "__args__" => Args,
        "__parameters__" => _parameters ??= TypeParameters.Collect(Args),
        _ => Attributes.TryGetAttr(Origin, name),
    };

    private PyTuple? _parameters;

    /// <summary><c>dict[str, T][int]</c>: the alias with its type variables replaced.</summary>
    public override PyObject? GetItem(PyObject key) =>
        new PyGenericAlias(Origin, PyTuple.FromArray(TypeParameters.Substitute(this, Args, (PyTuple)GetOwnAttribute("__parameters__")!, key)));

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => op == BinaryOperator.BitOr ? PyUnionType.Or(this, other) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => op == BinaryOperator.BitOr ? PyUnionType.Or(other, this) : null;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyGenericAlias g) return null;
        var equal = Comparison.Equal(Origin, g.Origin) && Comparison.Equal(Args, g.Args);
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override long Hash() => Hashing.Hash(Origin) ^ Hashing.Hash(Args);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => Origin.Call(args, kwnames);
}
