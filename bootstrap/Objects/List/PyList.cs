using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>Python's list: a growable array of references.</summary>
public partial class PyList : PyObject
{
    public static readonly PyType TypeObject = ListMethods.CreateType();

    private PyObject[] _items;
    private int _count;

    // id(self)'s serial (see Identity.FromField): fits beside _count in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    public PyList() => _items = [];

    public PyList(int capacity) => _items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>Takes ownership of <paramref name="items"/> (a copy if it is an array of a subtype: see Store).</summary>
    public PyList(PyObject[] items)
    {
        _items = items.GetType() == typeof(PyObject[]) ? items : Sequences.Objects(items);
        _count = items.Length;
    }

    // The array is always exactly a PyObject[] (never a covariant PyFloat[]...), so a store needs no
    // array type check, not even ObjectArrays.Store's test of it (the check was a tenth of n-body).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Store(PyObject[] items, int index, PyObject value) => ObjectArrays.StoreExact(items, index, value);

    public override PyType Type => TypeObject;
    public int Count => _count;
    public ReadOnlySpan<PyObject> Items => _items.AsSpan(0, _count);

    /// <summary>The array itself (<see cref="Count"/> items, then spare room), for readers that run no code meanwhile.</summary>
    internal PyObject[] ItemArray => _items;

    public PyObject this[int index]
    {
        get => _items[index];
        set => Store(_items, index, value);
    }

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        Store(_items, _count++, item);
    }

    private const int LargeGrowthFrom = 4096;

    // A range's length is only a guess at what a comprehension over it keeps (its body may raise
    // first): past this many items the list grows as usual.
    private const int ReservedFromRangeMax = 1 << 20;

    /// <summary>
    /// Room for what a list comprehension with one loop and no condition appends over
    /// <paramref name="source"/>: an item per item of an exact list, tuple or range (lengths known
    /// without running code). Growing by appends instead leaves up to half the array unused past
    /// 4,096 items, and drops each smaller array on the way for the GC to find. A source that
    /// changes meanwhile only makes the guess wrong: the list still grows or keeps spare room.
    /// </summary>
    public void ReserveFor(PyObject source)
    {
        long n;
        if (source.GetType() == typeof(PyList)) n = Unsafe.As<PyList>(source)._count;
        else if (PyTuple.AsExact(source) is { } tuple) n = tuple.Count;
        else if (source.GetType() == typeof(PyRange) && !Unsafe.As<PyRange>(source).IsBig) n = Math.Min(Unsafe.As<PyRange>(source).Count, ReservedFromRangeMax);
        else return;
        if (n > _items.Length - _count) Array.Resize(ref _items, (int)(_count + n));
    }

    private void Grow(int needed)
    {
        // CPython's over-allocation (roughly 1/8 extra plus a little) while the array is small. A
        // .NET array cannot grow in place as CPython's realloc often does, so a long list grows by
        // half: at 1/8 each element was copied about eight times, and every copy past 85 KB is a
        // new large-object array that pushes the GC into full collections. (Doubling past 85 KB
        // was measured: strbuild 7 fewer gen1 collections, no fewer full ones, 1% fewer bytes
        // allocated, but wordfreq's peak rose from 20.4 to 23.4 MB.)
        var extra = needed < LargeGrowthFrom ? (needed >> 3) + (needed < 9 ? 3 : 6) : needed >> 1;
        Array.Resize(ref _items, needed + extra);
    }

    public override long Length() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Errors.TypeError($"unhashable type: '{Type.TpName}'");

    /// <summary>Normalises a Python index (negative from the end), raising IndexError outside.</summary>
    public int CheckIndex(PyObject key, string what)
    {
        var i = Operations.Conversions.ToSubscriptIndex(key, "list indices must be integers or slices, not ");
        if (i < 0) i += _count;
        if (i < 0 || i >= _count) throw Errors.IndexError($"list {what} out of range");
        return (int)i;
    }


    public override bool? Contains(PyObject value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (Operations.Comparison.Equal(_items[i], value)) return true;
        }
        return false;
    }

    public override PyIterator Iter() => new ListIterator(this);

    public override string Repr() => Operations.Text.SequenceRepr(this, "[", "]", Items);

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyList o)
        {
            var items = new PyObject[_count + o._count];
            Items.CopyTo(items);
            o.Items.CopyTo(items.AsSpan(_count));
            return new PyList(items);
        }
        if (op == BinaryOperator.Mult && other is PyInt n) return Repeat(n);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Mult && other is PyInt n)
        {
            var repeated = Repeat(n);
            _items = repeated._items;
            _count = repeated._count;
            return this;
        }
        if (op != BinaryOperator.Add) return null;
        Extend(other);
        return this;
    }

    private PyList Repeat(PyInt n)
    {
        var times = SequenceRepeat.Count(n, _count);
        if (times == 0) return new PyList();
        var items = new PyObject[_count * times];
        SequenceRepeat.Fill(Items, items);
        return new PyList(items);
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PyList o ? Operations.Comparison.CompareSequences(Items, o.Items, op) : null;
}
