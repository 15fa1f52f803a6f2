namespace PyPack.Runtime.Objects;

/// <summary>Python's tuple: an immutable array.</summary>
public class PyTuple(PyObject[] items) : PyObject
{
    public static readonly PyType TypeObject = TupleMethods.CreateType();
    public static readonly PyTuple Empty = new([]);

    private readonly PyObject[] _items = items;

    public override PyType Type => TypeObject;
    public ReadOnlySpan<PyObject> Items => _items;

    /// <summary>The items array itself, for callers that only read it (never written: a tuple is immutable).</summary>
    internal PyObject[] ItemArray => _items;
    public int Count => _items.Length;
    public PyObject this[int index] => _items[index];

    public override long Length() => _items.Length;
    public override bool IsTrue() => _items.Length != 0;

    public override string Repr() =>
        _items.Length == 1 ? $"({Operations.Text.Repr(_items[0])},)" : Operations.Text.SequenceRepr(this, "(", ")", _items);

    public override PyObject? GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, _, step, count) = s.Indices(_items.Length);
            if (step == 1 && count == _items.Length && this is not PyTupleSubclass) return this;
            var result = new PyObject[count];
            for (long k = 0, j = start; k < count; k++, j += step) result[k] = _items[j];
            return count == 0 ? Empty : new PyTuple(result);
        }
        var i = Operations.Conversions.ToIndexClamped(key, "tuple indices must be integers or slices, not ");
        if (i < 0) i += _items.Length;
        if (i < 0 || i >= _items.Length) throw Errors.IndexError("tuple index out of range");
        return _items[i];
    }

    public override bool? Contains(PyObject value)
    {
        foreach (var item in _items)
        {
            if (Operations.Comparison.Equal(item, value)) return true;
        }
        return false;
    }

    /// <summary>CPython 3.11's tuple hash (the xxHash-based combination).</summary>
    public override long Hash()
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        var acc = prime5;
        foreach (var item in _items)
        {
            var lane = (ulong)Operations.Hashing.Hash(item);
            acc += lane * prime2;
            acc = System.Numerics.BitOperations.RotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += (ulong)_items.Length ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    public override PyIterator Iter() => new TupleIterator(this);

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PyTuple o ? Operations.Comparison.CompareSequences(_items, o._items, op) : null;

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyTuple o)
        {
            // Adding an empty tuple gives the other exact tuple itself, as CPython's concat does.
            if (o._items.Length == 0 && GetType() == typeof(PyTuple)) return this;
            if (_items.Length == 0 && o.GetType() == typeof(PyTuple)) return o;
            return new PyTuple([.. _items, .. o._items]);
        }
        if (op == BinaryOperator.Mult && other is PyInt n) return Repeat(n);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    private PyTuple Repeat(PyInt n)
    {
        var times = SequenceRepeat.Count(n, _items.Length);
        if (times == 0) return Empty;
        if (times == 1) return this;
        var items = new PyObject[_items.Length * times];
        SequenceRepeat.Fill(_items, items);
        return new PyTuple(items);
    }
}
