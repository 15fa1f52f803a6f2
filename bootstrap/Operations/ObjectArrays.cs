using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The arrays of list and tuple displays (<c>[a, b]</c>, <c>(a, b)</c>) in compiled code. A C#
/// array initializer stores each item with an array type check (PyObject[] is covariant, and no
/// item is exactly a PyObject), which went through the runtime's cast helper on every store; the
/// array made here is exactly a PyObject[], so plain writes are safe.
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
}
