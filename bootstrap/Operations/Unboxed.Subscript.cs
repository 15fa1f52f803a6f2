using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>seq[i]</c> and <c>seq[i:j:k]</c> with unboxed indices: a list or tuple is indexed without making the ints.</summary>
public readonly partial struct Unboxed
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ListIndex(PyObject o, in Unboxed key, int count, out int index)
    {
        index = 0;
        if (!key.IsInt) return false;
        var i = key._bits;
        if (i < 0) i += count;
        if ((ulong)i >= (ulong)count) return false;
        index = (int)i;
        return true;
    }

    // Inlined: a non-negative int index into an exact list or tuple; the rest (negative indices,
    // other containers) is one call, so a large function's inlining budget lasts (see Add).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, in Unboxed key)
    {
        // Exact type tests: a class test (`is PyList`) is a runtime call, this is a compare.
        if (key.IsInt)
        {
            if (o.GetType() == typeof(PyList) && (ulong)key._bits < (ulong)Unsafe.As<PyList>(o).Count) return Unsafe.As<PyList>(o)[(int)key._bits];
            if (PyTuple.AsExact(o) is { } tuple && (ulong)key._bits < (ulong)tuple.Count) return tuple[(int)key._bits];
        }
        return GetItemOther(o, key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetItemOther(PyObject o, in Unboxed key)
    {
        if (o.GetType() == typeof(PyList) && ListIndex(o, key, Unsafe.As<PyList>(o).Count, out var i)) return Unsafe.As<PyList>(o)[i];
        // text[i] (a scanner's loop): the code point without boxing the index and str's GetItem protocol.
        if (PyStr.IsExact(o) && ListIndex(o, key, Unsafe.As<PyStr>(o).CodePointCount, out var c)) return Unsafe.As<PyStr>(o).CharAt(c);
        if (PyTuple.AsExact(o) is { } tuple && ListIndex(o, key, tuple.Count, out var j)) return tuple[j];
        return Subscript.GetItem(o, key.Box());
    }

    /// <summary>
    /// <c>seq[k]</c> with a constant non-negative int <c>k</c> (<c>b[0]</c>, <c>pair[1]</c>): no key
    /// struct to build and pass by reference, so a large function's inlining budget goes further.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetIndex(PyObject o, int index)
    {
        if (o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count) return Unsafe.As<PyList>(o)[index];
        if (PyTuple.AsExact(o) is { } tuple && (uint)index < (uint)tuple.Count) return tuple[index];
        return GetIndexOther(o, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetIndexOther(PyObject o, int index) => GetItemOther(o, Int(index));

    /// <summary><see cref="GetIndex(PyObject, int)"/> of a number used as one (<c>b[0] - b2[0]</c>): the item unboxed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed NumberAt(PyObject o, int index)
    {
        var item = o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count ? Unsafe.As<PyList>(o)[index] : GetIndexNotList(o, index);
        return Of(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject GetIndexNotList(PyObject o, int index) =>
        PyTuple.AsExact(o) is { } tuple && (uint)index < (uint)tuple.Count ? tuple[index] : GetItemOther(o, Int(index));

    /// <summary><c>seq[k] = value</c> with a constant non-negative int <c>k</c>, as <see cref="GetIndex(PyObject, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetIndex(PyObject o, int index, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && (uint)index < (uint)Unsafe.As<PyList>(o).Count)
        {
            Unsafe.As<PyList>(o)[index] = value;
            return;
        }
        SetIndexOther(o, index, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetIndexOther(PyObject o, int index, PyObject value) => SetItemOther(o, Int(index), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, in Unboxed key, PyObject value)
    {
        if (key.IsInt && o.GetType() == typeof(PyList) && (ulong)key._bits < (ulong)Unsafe.As<PyList>(o).Count)
        {
            Unsafe.As<PyList>(o)[(int)key._bits] = value;
            return;
        }
        SetItemOther(o, key, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetItemOther(PyObject o, in Unboxed key, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && ListIndex(o, key, Unsafe.As<PyList>(o).Count, out var i))
        {
            Unsafe.As<PyList>(o)[i] = value;
            return;
        }
        Subscript.SetItem(o, key.Box(), value);
    }

    /// <summary>A missing slice part (None): <c>a[i:j:k]</c> passes its parts unboxed, so a list needs no slice object.</summary>
    public static Unboxed None
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(0, PyNone.Instance);
    }

    /// <summary>
    /// The list positions a slice selects when each part is an int that fits a long or None; false
    /// for anything else (an __index__ object, a big int, a zero step...), which the slice object handles.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool SliceIndices(in Unboxed lower, in Unboxed upper, in Unboxed step, long length,
        out long start, out long stop, out long by, out long count)
    {
        start = stop = by = count = 0;
        long? a = null, b = null;
        by = 1;
        if (step.IsInt)
        {
            by = step._bits;
            if (by is 0 or long.MinValue) return false;
        }
        else if (!ReferenceEquals(step._object, PyNone.Instance)) return false;
        if (lower.IsInt) a = lower._bits;
        else if (!ReferenceEquals(lower._object, PyNone.Instance)) return false;
        if (upper.IsInt) b = upper._bits;
        else if (!ReferenceEquals(upper._object, PyNone.Instance)) return false;
        (start, stop, count) = PySlice.Adjust(a, b, by, length);
        return true;
    }
}
