using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Writes into <c>PyObject[]</c> without .NET's array covariance check. PyObject[] is covariant (a
/// PyStr[] may be held as one) and no item is exactly a PyObject, so a plain <c>a[i] = v</c> whose
/// array the compiler cannot prove exact (a field, a parameter, an item read from a span) calls the
/// runtime's StelemRef, which walks v's class chain on every store: 7% of a keyword-call benchmark
/// in argument binding alone. The arrays of list and tuple displays (<c>[a, b]</c>, <c>(a, b)</c>)
/// in compiled code are made here (exactly PyObject[]); the runtime's stores into list, deque and
/// argument arrays go through <see cref="Store"/>.
/// </summary>
public static class ObjectArrays
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject[] Of(PyObject a)
    {
        var array = new PyObject[1];
        MemoryMarshal.GetArrayDataReference(array) = a;
        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject[] Of(PyObject a, PyObject b)
    {
        var array = new PyObject[2];
        ref var first = ref MemoryMarshal.GetArrayDataReference(array);
        first = a;
        Unsafe.Add(ref first, 1) = b;
        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject[] Of(PyObject a, PyObject b, PyObject c)
    {
        var array = new PyObject[3];
        ref var first = ref MemoryMarshal.GetArrayDataReference(array);
        first = a;
        Unsafe.Add(ref first, 1) = b;
        Unsafe.Add(ref first, 2) = c;
        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject[] Of(PyObject a, PyObject b, PyObject c, PyObject d)
    {
        var array = new PyObject[4];
        ref var first = ref MemoryMarshal.GetArrayDataReference(array);
        first = a;
        Unsafe.Add(ref first, 1) = b;
        Unsafe.Add(ref first, 2) = c;
        Unsafe.Add(ref first, 3) = d;
        return array;
    }

    /// <summary>
    /// <c>items[index] = value</c>, bounds checked. Only an array whose type is exactly PyObject[]
    /// is written directly: any PyObject may go there, so skipping the check is safe. An array of a
    /// subtype held as a PyObject[] takes the ordinary checked store (and its error). The type test
    /// reads the array's header, on the cache line of the length the bounds check reads anyway.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject?[] items, int index, PyObject? value)
    {
        if (items.GetType() != typeof(PyObject[]))
        {
            items[index] = value;
            return;
        }
        if ((uint)index >= (uint)items.Length) ThrowIndexOutOfRange();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), index) = value;
    }

    /// <summary>
    /// <c>items[index] = value</c>, bounds checked, for an array its owner only ever makes as exactly
    /// PyObject[] (a list's): no type test at all. A list store through <see cref="Store"/> cost
    /// n-body 2.6% more instructions than this.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreExact(PyObject?[] items, int index, PyObject? value)
    {
        System.Diagnostics.Debug.Assert(items.GetType() == typeof(PyObject[]));
        if ((uint)index >= (uint)items.Length) ThrowIndexOutOfRange();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), index) = value;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowIndexOutOfRange() => throw new IndexOutOfRangeException();
}
