using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's tuple: an immutable sequence. A tuple of up to <see cref="MaxInline"/> items is one .NET
/// object holding them inline (<see cref="PyTupleInline{TStorage}"/>); a longer one and the empty one
/// keep an array (<see cref="PyTupleArray"/>); instances of tuple subclasses are <see cref="PyTupleSubclass"/>.
/// The form is a byte here, so <see cref="Items"/> of an exact tuple is a field test and a span, never a virtual call. Build tuples with
/// the factories below (<see cref="Of(PyObject, PyObject)"/>, <see cref="CopyOf"/>, <see cref="Create"/>).
/// </summary>
public abstract class PyTuple : PyObject
{
    /// <summary>Tuples up to this length are one object (the storage structs in TupleStorage.cs).</summary>
    public const int MaxInline = 8;

    public static readonly PyType TypeObject = TupleMethods.CreateType();
    public static readonly PyTuple Empty = new PyTupleArray([]);

    private protected const byte InlineForm = 0, ArrayForm = 1, SubclassForm = 2;

    private readonly int _count;
    private readonly byte _form;

    private protected PyTuple(int count, byte form)
    {
        _count = count;
        _form = form;
    }

    public override PyType Type => TypeObject;

    /// <summary>The items. Inline storage sits at the same offset in every sized class, so it is read through the smallest.</summary>
    public ReadOnlySpan<PyObject> Items
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _form == InlineForm
            ? MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyTupleInline<TupleStorage1>>(this).First, _count)
            : _form == ArrayForm ? Unsafe.As<PyTupleArray>(this).Array : Unsafe.As<PyTupleSubclass>(this).StoredItems;
    }

    public int Count => _count;
    public PyObject this[int index] => Items[index];

    /// <summary>Whether this is a plain tuple (not an instance of a subclass): one field test, where `is` walks the class chain.</summary>
    public bool IsExact => _form != SubclassForm;

    /// <summary><paramref name="o"/> as an exact tuple, or null.</summary>
    /// <remarks>
    /// Pairs and triples, most tuples ((key, value), (x, y), heap entries), are two sealed classes:
    /// one compare each. Other objects take `is PyTuple` (a runtime call walking the class chain,
    /// 3% of a tuple-heavy profile when every tuple went that way) and the form byte. The test is
    /// `is` on the sealed classes, not `GetType() == typeof(...)`: NativeAOT does not fold the
    /// latter for a generic class, and called Object.GetType for every tuple compared (12% of a
    /// heapq profile).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyTuple? AsExact(PyObject o)
    {
        if (o is PyTupleInline<TupleStorage2> or PyTupleInline<TupleStorage3>) return Unsafe.As<PyTuple>(o);
        return o is PyTuple t && t._form != SubclassForm ? t : null;
    }

    public static PyTuple Of(PyObject a)
    {
        var t = new PyTupleInline<TupleStorage1>(1);
        t.First = a;
        return t;
    }

    public static PyTuple Of(PyObject a, PyObject b)
    {
        var t = new PyTupleInline<TupleStorage2>(2);
        ref var first = ref t.First;
        first = a;
        Unsafe.Add(ref first, 1) = b;
        return t;
    }

    public static PyTuple Of(PyObject a, PyObject b, PyObject c)
    {
        var t = new PyTupleInline<TupleStorage3>(3);
        ref var first = ref t.First;
        first = a;
        Unsafe.Add(ref first, 1) = b;
        Unsafe.Add(ref first, 2) = c;
        return t;
    }

    public static PyTuple Of(PyObject a, PyObject b, PyObject c, PyObject d)
    {
        var t = new PyTupleInline<TupleStorage4>(4);
        ref var first = ref t.First;
        first = a;
        Unsafe.Add(ref first, 1) = b;
        Unsafe.Add(ref first, 2) = c;
        Unsafe.Add(ref first, 3) = d;
        return t;
    }

    /// <summary>A tuple of the given items (more than four: see <see cref="CopyOf"/>).</summary>
    public static PyTuple Of(params ReadOnlySpan<PyObject> items) => CopyOf(items);

    /// <summary>A tuple of a copy of <paramref name="items"/>; the empty tuple for no items.</summary>
    public static PyTuple CopyOf(params ReadOnlySpan<PyObject> items)
    {
        if (items.Length > MaxInline) return new PyTupleArray(items.ToArray());
        var t = Create(items.Length, out var storage);
        items.CopyTo(storage);
        return t;
    }

    /// <summary>
    /// A tuple of <paramref name="items"/>, which the caller gives up (a long one keeps the array,
    /// a short one copies it inline). Prefer <see cref="Create"/> or <see cref="CopyOf"/> where
    /// the array would be made only for this.
    /// </summary>
    public static PyTuple FromArray(PyObject[] items) =>
        items.Length > MaxInline ? new PyTupleArray(items) : CopyOf(items);

    /// <summary>
    /// A new tuple of <paramref name="count"/> items for the caller to fill through
    /// <paramref name="items"/> before anything else sees it (every item must be set).
    /// </summary>
    public static PyTuple Create(int count, out Span<PyObject> items)
    {
        PyTuple t = count switch
        {
            0 => Empty,
            1 => new PyTupleInline<TupleStorage1>(1),
            2 => new PyTupleInline<TupleStorage2>(2),
            3 => new PyTupleInline<TupleStorage3>(3),
            4 => new PyTupleInline<TupleStorage4>(4),
            5 => new PyTupleInline<TupleStorage5>(5),
            6 => new PyTupleInline<TupleStorage6>(6),
            7 => new PyTupleInline<TupleStorage7>(7),
            8 => new PyTupleInline<TupleStorage8>(8),
            _ => new PyTupleArray(new PyObject[count]),
        };
        items = count == 0 ? default : MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(t.Items), count);
        return t;
    }

    public override long Length() => _count;
    public override bool IsTrue() => _count != 0;

    public override string Repr() =>
        _count == 1 ? $"({Operations.Text.Repr(Items[0])},)" : Operations.Text.SequenceRepr(this, "(", ")", Items);

    public override PyObject? GetItem(PyObject key)
    {
        var items = Items;
        if (key is PySlice s)
        {
            var (start, _, step, count) = s.Indices(items.Length);
            return Slice(start, step, count);
        }
        var i = Operations.Conversions.ToSubscriptIndex(key, "tuple indices must be integers or slices, not ");
        if (i < 0) i += items.Length;
        if (i < 0 || i >= items.Length) throw Errors.IndexError("tuple index out of range");
        return items[(int)i];
    }

    /// <summary>The slice of <paramref name="count"/> items from <paramref name="start"/> by <paramref name="step"/>, the bounds already adjusted to the length.</summary>
    internal PyTuple Slice(long start, long step, long count)
    {
        var items = Items;
        if (step == 1 && count == items.Length && IsExact) return this;
        if (step == 1) return CopyOf(items.Slice((int)start, (int)count));
        var result = Create((int)count, out var slice);
        for (long k = 0, j = start; k < count; k++, j += step) slice[(int)k] = items[(int)j];
        return result;
    }

    public override bool? Contains(PyObject value)
    {
        foreach (var item in Items)
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
        foreach (var item in Items)
        {
            var lane = (ulong)Operations.Hashing.Hash(item);
            acc += lane * prime2;
            acc = System.Numerics.BitOperations.RotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += (ulong)_count ^ (prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    public override PyIterator Iter() => new TupleIterator(this);

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PyTuple o ? Operations.Comparison.CompareSequences(Items, o.Items, op) : null;

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyTuple o)
        {
            // Adding an empty tuple gives the other exact tuple itself, as CPython's concat does.
            if (o._count == 0 && IsExact) return this;
            if (_count == 0 && o.IsExact) return o;
            var result = Create(_count + o._count, out var items);
            Items.CopyTo(items);
            o.Items.CopyTo(items[_count..]);
            return result;
        }
        if (op == BinaryOperator.Mult && other is PyInt n) return Repeat(n);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt n ? Repeat(n) : null;

    private PyTuple Repeat(PyInt n)
    {
        var times = SequenceRepeat.Count(n, _count);
        if (times == 0) return Empty;
        if (times == 1 && IsExact) return this;
        var result = Create(_count * times, out var items);
        SequenceRepeat.Fill(Items, items);
        return result;
    }
}
