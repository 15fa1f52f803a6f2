using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>seq[i]</c> with an unboxed index: a list or tuple is indexed without making the int.</summary>
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetItem(PyObject o, in Unboxed key)
    {
        // Exact type tests: a class test (`is PyList`) is a runtime call, this is a compare.
        if (o.GetType() == typeof(PyList) && ListIndex(o, key, Unsafe.As<PyList>(o).Count, out var i)) return Unsafe.As<PyList>(o)[i];
        if (o.GetType() == typeof(PyTuple) && ListIndex(o, key, Unsafe.As<PyTuple>(o).Count, out var j)) return Unsafe.As<PyTuple>(o)[j];
        return Subscript.GetItem(o, key.Box());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetItem(PyObject o, in Unboxed key, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && ListIndex(o, key, Unsafe.As<PyList>(o).Count, out var i))
        {
            Unsafe.As<PyList>(o)[i] = value;
            return;
        }
        Subscript.SetItem(o, key.Box(), value);
    }
}
