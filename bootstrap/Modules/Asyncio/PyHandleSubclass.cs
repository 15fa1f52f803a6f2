using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>An instance of a class that subclasses asyncio's Handle: its fields, plus the class's dunders (see <see cref="BuiltinSubclass"/>).</summary>
public sealed class PyHandleSubclass(PyType type) : PyHandle, IHeapInstance
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

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => BuiltinSubclass.Call(this, args, kwnames) ?? base.Call(args, kwnames);

    // The handle's fields are the type's and win over the instance dict, as slots do.
    public override PyObject? GetOwnAttribute(string name) => base.GetOwnAttribute(name) ?? Dict?.TryGetStr(name);

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (base.SetOwnAttribute(name, value)) return true;
        if (Dict is null) return false;
        Dict.SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => Dict is not null && Dict.RemoveStr(name);
}
