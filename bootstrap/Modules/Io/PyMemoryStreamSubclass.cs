using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Io;

/// <summary>
/// An instance of a class that subclasses io.BytesIO or io.StringIO: the stream, plus the class's
/// dunders and its instance dict (see <see cref="BuiltinSubclass"/>). Like CPython's, the stream's
/// own reads and iteration do not go through methods the class redefines.
/// </summary>
public sealed class PyMemoryStreamSubclass(PyType type, bool bytes) : PyMemoryStream(bytes, null), IHeapInstance
{
    private PyType _type = type;

    public override PyType Type => _type;
    public PyDict? Dict { get; set; } = BuiltinSubclass.NewDict(type);
    private readonly PyObject?[]? _slots = BuiltinSubclass.NewSlots(type);
    public ref PyObject? SlotRef(int index) => ref _slots![index];
    public void AssignClass(PyType type) => _type = type;

    public override string Repr() => BuiltinSubclass.Repr(this) ?? base.Repr();
    public override string Str() => BuiltinSubclass.Str(this) ?? (BuiltinSubclass.Override(this, "__repr__") is null ? base.Str() : Repr());
    public override bool IsTrue() => BuiltinSubclass.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => BuiltinSubclass.Hash(this) ?? base.Hash();

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        BuiltinSubclass.Binary(this, SpecialMethods.CompareName(op), other, out var r) ? r : base.RichCompare(other, op);

    public override PyIterator Iter() =>
        BuiltinSubclass.Iter(this, out var r) ? r ?? throw Errors.TypeError($"'{Type.TpName}' object is not iterable") : base.Iter();

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => BuiltinSubclass.Call(this, args, kwnames) ?? base.Call(args, kwnames);

    // closed and newlines are the stream's own and win over the instance dict, as data descriptors do.
    public override PyObject? GetOwnAttribute(string name) => base.GetOwnAttribute(name) ?? Dict?.TryGetStr(name);

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (base.SetOwnAttribute(name, value)) return true;
        if (Dict is null) return false;
        Dict.SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => base.DelOwnAttribute(name) || (Dict is not null && Dict.RemoveStr(name));
}
