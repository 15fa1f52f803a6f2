using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>a, b = value</c>: exactly <c>count</c> items, with CPython's messages otherwise.</summary>
public static class Unpacking
{
    /// <summary>The <paramref name="count"/> items of <paramref name="value"/>, in a new array.</summary>
    public static PyObject[] Unpack(PyObject value, int count) => Unpack(value, new PyObject[count]);

    /// <summary>
    /// The <c>into.Length</c> items of <paramref name="value"/>, written into <paramref name="into"/>
    /// (the unpacking statement's own array, made once per run of its function and reused) and
    /// returned. Copying a short tuple's items there costs less than the array it does not have; a
    /// longer tuple's own array is returned instead (so callers only read the result); a list's
    /// items are copied (storing the targets may mutate it: <c>a, l[0] = l</c>).
    /// </summary>
    public static PyObject[] Unpack(PyObject value, PyObject[] into)
    {
        var count = into.Length;
        if (PyTuple.AsExact(value) is { } t)
        {
            if (t.Count == count)
            {
                // A long tuple's own array is handed out: it is never written, and the targets only read it.
                if (t is PyTupleArray long_) return long_.Array;
                t.Items.CopyTo(into);
                return into;
            }
        }
        // Exact type: one compare, where `is PyList` is a runtime call walking the class chain.
        else if (value.GetType() == typeof(PyList) && Unsafe.As<PyList>(value).Count == count)
        {
            Unsafe.As<PyList>(value).Items.CopyTo(into);
            return into;
        }
        var it = value.Iter() ?? throw Errors.TypeError($"cannot unpack non-iterable {value.Type.TpName} object");
        for (var i = 0; i < count; i++)
        {
            into[i] = it.Next() ?? throw CountError(count, i);
        }
        if (it.Next() is not null) throw CountError(count, count + 1);
        return into;
    }

    /// <summary>
    /// <see cref="Unpack(PyObject, PyObject[])"/> for targets that are all local names (the compiler
    /// decides): an exact list hands out its own array, which may be longer than the count. Storing
    /// such targets runs no Python code, so the list cannot change while they are read; the copy
    /// was most of <c>a, b, c = some_list</c>.
    /// </summary>
    public static PyObject[] UnpackToNames(PyObject value, PyObject[] into)
    {
        if (value.GetType() == typeof(PyList) && Unsafe.As<PyList>(value).Count == into.Length) return Unsafe.As<PyList>(value).ItemArray;
        return Unpack(value, into);
    }

    /// <summary><c>a, b = value</c>: <see cref="Unpack"/> into two, without an array for an exact tuple or list.</summary>
    public static void UnpackPair(PyObject value, out PyObject first, out PyObject second)
    {
        // AsExact tests a pair's sealed class first: `is PyTuple` is a runtime call walking the class chain.
        if (PyTuple.AsExact(value) is { Count: 2 } t)
        {
            first = t[0];
            second = t[1];
            return;
        }
        if (value.GetType() == typeof(PyList) && Unsafe.As<PyList>(value).Count == 2)
        {
            first = Unsafe.As<PyList>(value)[0];
            second = Unsafe.As<PyList>(value)[1];
            return;
        }
        var items = Unpack(value, 2);
        first = items[0];
        second = items[1];
    }

    /// <summary>The error for unpacking <paramref name="got"/> items into <paramref name="count"/> targets.</summary>
    public static PyException CountError(int count, int got) => got < count
        ? Errors.ValueError($"not enough values to unpack (expected {count}, got {got})")
        // CPython 3.11 says only how many were expected (3.12 added ", got N").
        : Errors.ValueError($"too many values to unpack (expected {count})");

    /// <summary><c>a, *b, c = value</c>: <paramref name="before"/> items, a list of the rest, <paramref name="after"/> items.</summary>
    public static PyObject[] UnpackStarred(PyObject value, int before, int after)
    {
        if (value.Iter() is null) throw Errors.TypeError($"cannot unpack non-iterable {value.Type.TpName} object");
        var all = Iteration.ToArray(value);
        if (all.Length < before + after)
        {
            throw Errors.ValueError($"not enough values to unpack (expected at least {before + after}, got {all.Length})");
        }
        var result = new PyObject[before + 1 + after];
        all.AsSpan(0, before).CopyTo(result);
        result[before] = new PyList(all[before..(all.Length - after)]);
        all.AsSpan(all.Length - after).CopyTo(result.AsSpan(before + 1));
        return result;
    }
}
