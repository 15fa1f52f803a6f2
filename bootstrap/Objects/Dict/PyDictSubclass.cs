using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>An instance of a class that subclasses dict: the value, plus the class's dunders (see <see cref="BuiltinSubclass"/>).</summary>
public sealed class PyDictSubclass(PyType type) : PyDict(), IHeapInstance
{
    private PyType _type = type;

    public override PyType Type => _type;
    public PyDict? Dict { get; set; } = BuiltinSubclass.NewDict(type);
    private readonly PyObject?[]? _slots = BuiltinSubclass.NewSlots(type);
    public ref PyObject? SlotRef(int index) => ref _slots![index];
    public void AssignClass(PyType type) => _type = type;

    /// <summary>Where an OrderedDict's <c>popitem(last=False)</c> resumes and its room for <c>move_to_end(key, last=False)</c> (see <see cref="PyDict.FirstEntryHint"/>).</summary>
    internal FirstEntryHint FirstEntry;

    /// <summary>The order just before the last clear() that emptied it (see <see cref="PyDict.OrderStamp"/>), boxed: most subclass instances are never cleared.</summary>
    internal System.Runtime.CompilerServices.StrongBox<OrderStamp>? OrderAtClear;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();
    public override string Str() => BuiltinSubclass.Str(this) ?? (BuiltinSubclass.Override(this, "__repr__") is null ? base.Str() : Repr());
    public override bool IsTrue() => BuiltinSubclass.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        BuiltinSubclass.Binary(this, SpecialMethods.BinaryName(op), other, out var r) ? r : BuiltinSubclass.ExactResult(this, base.BinaryOp(op, other));

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        BuiltinSubclass.Binary(this, SpecialMethods.ReflectedName(op), other, out var r) ? r : BuiltinSubclass.ExactResult(this, base.ReflectedBinaryOp(op, other));

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other) =>
        BuiltinSubclass.Binary(this, SpecialMethods.InPlaceName(op), other, out var r) ? r : base.InPlaceOp(op, other);

    public override PyObject? UnaryOp(UnaryOperator op) =>
        BuiltinSubclass.Unary(this, SpecialMethods.UnaryName(op), out var r) ? r : BuiltinSubclass.ExactResult(this, base.UnaryOp(op));

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        BuiltinSubclass.Binary(this, SpecialMethods.CompareName(op), other, out var r) ? r : base.RichCompare(other, op);

    public override long Length() => BuiltinSubclass.Length(this) ?? base.Length();

    public override PyObject? GetItem(PyObject key) =>
        BuiltinSubclass.Call1(this, "__getitem__", key, out var r) ? r : BuiltinSubclass.ExactResult(this, base.GetItem(key));

    public override bool SetItem(PyObject key, PyObject value) => BuiltinSubclass.SetItem(this, key, value) ?? base.SetItem(key, value);

    public override bool DelItem(PyObject key) =>
        BuiltinSubclass.Call1(this, "__delitem__", key, out var r) ? r is not null : base.DelItem(key);

    public override PyIterator Iter() =>
        BuiltinSubclass.Iter(this, out var r) ? r ?? throw Errors.TypeError($"'{Type.TpName}' object is not iterable") : base.Iter();

    public override bool? Contains(PyObject value) => BuiltinSubclass.Contains(this, value, out var r) ? r : base.Contains(value);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => BuiltinSubclass.Call(this, args, kwnames) ?? base.Call(args, kwnames);

    public override PyObject? GetOwnAttribute(string name) => Dict?.TryGetStr(name) ?? base.GetOwnAttribute(name);

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (Dict is null) return false;
        Dict.SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => Dict is not null && Dict.RemoveStr(name);
}
