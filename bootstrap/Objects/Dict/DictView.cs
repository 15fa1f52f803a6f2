using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary><c>d.keys()</c>, <c>d.values()</c>, <c>d.items()</c>: live views of a dict.</summary>
public sealed class DictView(PyDict dict, DictIterator.Kind kind) : PyObject
{
    public static readonly PyType KeysType = CreateType("dict_keys", setLike: true);
    public static readonly PyType ValuesType = CreateType("dict_values", setLike: false);
    public static readonly PyType ItemsType = CreateType("dict_items", setLike: true);

    public PyDict Dict { get; } = dict;
    public DictIterator.Kind Kind { get; } = kind;

    /// <summary>A view type; keys and items views are set-like (membership, set operators, isdisjoint).</summary>
    private static PyType CreateType(string name, bool setLike)
    {
        var type = new PyType(name, null);
        type.SetAttribute("mapping", new PyGetSetDescriptor(type, "mapping", static self => new PyMappingProxy(((DictView)self).Dict)));
        SlotWrappers.Add(type, "__len__", "__iter__", "__reversed__");
        if (!setLike) return type;
        SlotWrappers.Add(type, "__contains__", "__and__", "__or__", "__xor__", "__sub__", "__rand__", "__ror__", "__rxor__", "__rsub__");
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

    public override long Hash() => Kind == DictIterator.Kind.Values ? base.Hash() : throw Errors.TypeError($"unhashable type: '{Type.TpName}'");

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

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) => SetOp(op, this, other);

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) => SetOp(op, other, this);

    /// <summary>
    /// The set operators of keys and items views, built as CPython builds them (which decides the
    /// result's iteration order): a set of the left operand updated in place by the right one,
    /// and for <c>&amp;</c> the members of one operand that the other contains. An operand that is
    /// not iterable is a TypeError, not NotImplemented: CPython's view operators iterate whatever they get.
    /// </summary>
    private PyObject? SetOp(BinaryOperator op, PyObject left, PyObject right)
    {
        if (Kind == DictIterator.Kind.Values) return null;
        switch (op)
        {
            case BinaryOperator.BitOr:
                var union = ToSet(left);
                union.UpdateWith(right);
                return union;
            case BinaryOperator.Sub:
                var difference = ToSet(left);
                difference.DifferenceUpdate(right);
                return difference;
            case BinaryOperator.BitXor:
                var symmetric = ToSet(left);
                symmetric.SymmetricDifferenceUpdate(right);
                return symmetric;
            case BinaryOperator.BitAnd:
                return Intersect(left, right);
            default:
                return null;
        }
    }

    /// <summary>
    /// The set an operator starts from. A keys view of an exact dict is built from the dict itself,
    /// as CPython does: the table is sized for the whole dict at once, not grown item by item, and
    /// its size decides the result's iteration order.
    /// </summary>
    private static PySet ToSet(PyObject operand) =>
        new(operand is DictView { Kind: DictIterator.Kind.Keys, Dict: var dict } && dict is not PyDictSubclass ? dict : operand);

    private static PySet Intersect(PyObject left, PyObject right)
    {
        // A set at least as big as the view: the set's own intersection, which walks the view.
        if (right.GetType() == typeof(PySet) && left.Length() <= right.Length()) return ((PySet)right).Intersection(left);
        // Two views: walk the bigger one, probe the smaller.
        if (left is DictView && right is DictView && left.Length() > right.Length()) (left, right) = (right, left);
        var result = new PySet();
        var it = Iteration.GetIter(right);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (Comparison.Contains(left, v)) _ = result.Add(v);
        }
        return result;
    }
}
