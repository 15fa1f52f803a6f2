using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary><c>d.keys()</c>, <c>d.values()</c>, <c>d.items()</c>: live views of a dict.</summary>
public sealed class DictView(PyDict dict, DictIterator.Kind kind) : PyObject
{
    public static readonly PyType KeysType = CreateType("dict_keys");
    public static readonly PyType ValuesType = CreateType("dict_values");
    public static readonly PyType ItemsType = CreateType("dict_items");

    public PyDict Dict { get; } = dict;
    public DictIterator.Kind Kind { get; } = kind;

    private static PyType CreateType(string name)
    {
        var type = new PyType(name, null);
        type.Method("isdisjoint", static (self, other) =>
        {
            var it = Iteration.GetIter(other);
            for (var v = it.Next(); v is not null; v = it.Next())
            {
                if (Comparison.Contains(self, v)) return PyBool.False;
            }
            return PyBool.True;
        });
        return type;
    }

    public override PyType Type => Kind switch
    {
        DictIterator.Kind.Keys => KeysType,
        DictIterator.Kind.Values => ValuesType,
        _ => ItemsType,
    };

    public override long Length() => Dict.Count;
    public override bool IsTrue() => Dict.Count != 0;
    public override PyIterator Iter() => new DictIterator(Dict, Kind);

    public override bool? Contains(PyObject value)
    {
        switch (Kind)
        {
            case DictIterator.Kind.Keys:
                return Dict.ContainsKey(value);
            case DictIterator.Kind.Items:
                if (value is not PyTuple { Count: 2 } t) return false;
                var v = Dict.TryGet(t[0]);
                return v is not null && Comparison.Equal(v, t[1]);
            default:
                return null;
        }
    }

    public override long Hash() => Kind == DictIterator.Kind.Values ? base.Hash() : throw Errors.TypeError($"unhashable type: '{Type.Name}'");

    public override string Repr()
    {
        if (!Text.EnterRepr(this)) return "...";
        try
        {
            return $"{Type.Name}({new PyList(Iteration.ToArray(this)).Repr()})";
        }
        finally
        {
            Text.LeaveRepr(this);
        }
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (Kind == DictIterator.Kind.Values) return null;
        var mine = new PySet(this);
        var theirs = other switch
        {
            DictView { Kind: not DictIterator.Kind.Values } v => new PySet(v),
            PySet s => s,
            _ => null,
        };
        return theirs is null ? null : mine.RichCompare(theirs, op);
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => SetOp(op, new PySet(this), other);

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (other.Iter() is null) return null;
        return SetOp(op, new PySet(other), this);
    }

    private PyObject? SetOp(BinaryOperator op, PySet left, PyObject other)
    {
        if (Kind == DictIterator.Kind.Values || other.Iter() is null) return null;
        if (op is not (BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.Sub or BinaryOperator.BitXor)) return null;
        var right = other as PySet ?? new PySet(other);
        return left.BinaryOp(op, right);
    }
}
