using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Protocols of a class object defined by its metaclass (<c>class M(type): def __iter__(cls)</c>):
/// iterating, len() and <c>in</c> on an Enum class go through its metaclass's dunders. Only a
/// metaclass written in Python has them; <c>type</c> itself defines none of these. Operators,
/// comparisons and hash() find the metaclass's dunders as any builtin subclass's instance does
/// (a class is an instance of a subclass of <c>type</c>), else a class compares and hashes by identity.
/// </summary>
public sealed partial class PyType
{
    private PyObject? MetaDunder(string name) =>
        Type.IsHeapType && Type.Lookup(name) is { } m and not PyNone ? m : null;

    public override PyIterator? Iter()
    {
        if (MetaDunder("__iter__") is not { } m) return null;
        var it = SpecialMethods.Call0(this, m);
        if (it is PyIterator pi) return pi;
        if (SpecialMethods.Find(it, "__next__") is null) throw Errors.TypeError($"iter() returned non-iterator of type '{it.Type.TpName}'");
        return new DunderIterator(it);
    }

    public override long Length() =>
        MetaDunder("__len__") is { } m ? SpecialMethods.CheckLength(SpecialMethods.Call0(this, m)) : -1;

    public override bool? Contains(PyObject value) =>
        MetaDunder("__contains__") is { } m ? Truth.IsTrue(SpecialMethods.Call1(this, m, value)) : null;

    public override bool IsTrue()
    {
        if (MetaDunder("__bool__") is { } b)
        {
            var r = SpecialMethods.Call0(this, b);
            return r is PyBool v ? v.Value : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.TpName}");
        }
        if (MetaDunder("__len__") is { } len) return SpecialMethods.CheckLength(SpecialMethods.Call0(this, len)) != 0;
        return true;
    }

    // type's own operator is | (int | None, a types.UnionType), used when the metaclass defines none.
    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        Type.IsHeapType && BuiltinSubclass.Binary(this, SpecialMethods.BinaryName(op), other, out var r) ? r
        : op == BinaryOperator.BitOr ? PyUnionType.Or(this, other) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        Type.IsHeapType && BuiltinSubclass.Binary(this, SpecialMethods.ReflectedName(op), other, out var r) ? r
        : op == BinaryOperator.BitOr ? PyUnionType.Or(other, this) : null;

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other) =>
        Type.IsHeapType && BuiltinSubclass.Binary(this, SpecialMethods.InPlaceName(op), other, out var r) ? r : null;

    public override PyObject? UnaryOp(UnaryOperator op) =>
        Type.IsHeapType && BuiltinSubclass.Unary(this, SpecialMethods.UnaryName(op), out var r) ? r : null;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (!Type.IsHeapType) return null;
        if (BuiltinSubclass.Binary(this, SpecialMethods.CompareName(op), other, out var r)) return r;
        // object.__ne__ (type has no __ne__ of its own) inverts the metaclass's __eq__.
        if (op == CompareOp.Ne && BuiltinSubclass.Binary(this, "__eq__", other, out var eq))
            return eq is null ? null : PyBool.From(!Truth.IsTrue(eq));
        return null;
    }

    public override long Hash() =>
        (Type.IsHeapType ? BuiltinSubclass.Hash(this) : null) ?? (long)(Identity.Of(this) >> 4);
}
