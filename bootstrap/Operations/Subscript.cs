using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>o[key]</c>, <c>o[key] = value</c>, and <c>o[a:b:c]</c> without a slice object where the target is an exact list.</summary>
public static class Subscript
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        // Exact type tests: a class test (`is PyList`) is a runtime call, this is a compare.
        if (o.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall)
        {
            var l = Unsafe.As<PyList>(o);
            var idx = Unsafe.As<PyInt>(key).Small;
            if (idx < 0) idx += l.Count;
            if ((ulong)idx < (ulong)l.Count) return l[(int)idx];
        }
        // An exact dict has no __missing__: a lookup, else KeyError (what PyDict.GetItem does, without its virtual call).
        if (o.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(o).TryGet(key) ?? throw Errors.KeyError(key);
        return o.GetItem(key) ?? throw Errors.TypeError(o is PyType t ? $"type '{t.Name}' is not subscriptable" : $"'{o.Type.TpName}' object is not subscriptable");
    }

    /// <summary>
    /// <see cref="GetItem"/> for a statement that takes a pending exception (a handler around it,
    /// or a body variant that returns it): an exact dict's missing key and an exact list's,
    /// tuple's or str's index out of range return null with the error pending, without a .NET throw.
    /// </summary>
    public static PyObject? GetItemOrPending(PyObject o, PyObject key)
    {
        if (o.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(o).TryGet(key) ?? PendingException.Set(Errors.KeyError(key));
        if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && IndexOutOfRange(o, Unsafe.As<PyInt>(key).Small) is { } error)
        {
            return PendingException.Set(Errors.IndexError(error));
        }
        return GetItem(o, key);
    }

    /// <summary>
    /// The IndexError text of <c>o[index]</c> when <paramref name="o"/> is an exact list, tuple or
    /// str and the index (negative ones counting from the end) is out of its range; else null.
    /// </summary>
    public static string? IndexOutOfRange(PyObject o, long index)
    {
        int count;
        string message;
        if (o.GetType() == typeof(PyList)) (count, message) = (Unsafe.As<PyList>(o).Count, "list index out of range");
        else if (PyTuple.AsExact(o) is { } tuple) (count, message) = (tuple.Count, "tuple index out of range");
        else if (PyStr.IsExact(o)) (count, message) = (Unsafe.As<PyStr>(o).CodePointCount, "string index out of range");
        else return null;
        if (index < 0) index += count;
        return (ulong)index >= (ulong)count ? message : null;
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall)
        {
            var l = Unsafe.As<PyList>(o);
            var idx = Unsafe.As<PyInt>(key).Small;
            if (idx < 0) idx += l.Count;
            if ((ulong)idx < (ulong)l.Count)
            {
                l[(int)idx] = value;
                return;
            }
        }
        if (!o.SetItem(key, value)) throw NoItemSupport(o, key, deletion: false);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (!o.DelItem(key)) throw NoItemSupport(o, key, deletion: true);
    }

    /// <summary>
    /// The error of <c>o[key] = v</c> or <c>del o[key]</c> on a type that stores no items. As in CPython,
    /// a type with sequence methods (every class, str, tuple...) converts an index key first, so a
    /// huge one raises IndexError; only that path's deletion message says "doesn't".
    /// </summary>
    private static PyException NoItemSupport(PyObject o, PyObject key, bool deletion)
    {
        var type = o.Type;
        var sequence = type.IsHeapType || type.Lookup("__len__") is not null || type.Lookup("__contains__") is not null || type.Lookup("__getitem__") is not null;
        if (sequence && (key is PyInt || (key.Type.IsHeapType && key.Type.Lookup("__index__") is not null)))
        {
            Conversions.ToIndex(key);
            return Errors.TypeError($"'{type.TpName}' object {(deletion ? "doesn't support item deletion" : "does not support item assignment")}");
        }
        return Errors.TypeError($"'{type.TpName}' object does not support item {(deletion ? "deletion" : "assignment")}");
    }

    /// <summary>
    /// <c>o[lower:upper:step]</c> (a missing part is <see cref="Unboxed.None"/>): an exact list with int
    /// or None bounds is sliced directly; anything else gets the slice object CPython would pass.
    /// </summary>
    public static PyObject GetSlice(PyObject o, in Unboxed lower, in Unboxed upper, in Unboxed step)
    {
        if (o.GetType() == typeof(PyList) && Unboxed.SliceIndices(lower, upper, step, Unsafe.As<PyList>(o).Count, out var start, out _, out var by, out var count))
        {
            return Unsafe.As<PyList>(o).GetSlice(start, by, count);
        }
        // An exact str with int or None bounds: no slice object, no Indices call.
        if (PyStr.IsExact(o) && Unboxed.SliceIndices(lower, upper, step, Unsafe.As<PyStr>(o).CodePointCount, out start, out _, out by, out count))
        {
            return Unsafe.As<PyStr>(o).Slice(start, by, count);
        }
        // An exact tuple (key[:-1], args[1:]) likewise.
        if (PyTuple.AsExact(o) is { } tuple && Unboxed.SliceIndices(lower, upper, step, tuple.Count, out start, out _, out by, out count))
        {
            return tuple.Slice(start, by, count);
        }
        return GetItem(o, new PySlice(lower.Box(), upper.Box(), step.Box()));
    }

    /// <summary>
    /// <c>s[a:b:c]</c> as the value of <c>t[d:e:f] = s[a:b:c]</c>: from an exact list, its items go
    /// into <paramref name="scratch"/>, a list the statement's function keeps and nothing else ever
    /// sees (SetSliceFromTemporary takes it back), instead of a new list each time.
    /// </summary>
    public static PyObject GetSliceTemporary(PyObject o, in Unboxed lower, in Unboxed upper, in Unboxed step, ref PyList? scratch)
    {
        if (o.GetType() == typeof(PyList) && Unboxed.SliceIndices(lower, upper, step, Unsafe.As<PyList>(o).Count, out var start, out _, out var by, out var count))
        {
            var into = scratch ??= new PyList();
            into.ReplaceWithSlice(Unsafe.As<PyList>(o), start, by, count);
            return into;
        }
        return GetSlice(o, lower, upper, step);
    }

    /// <summary>
    /// <c>o[lower:upper:step] = value</c> where value may be <paramref name="scratch"/>
    /// (GetSliceTemporary): an exact list copies its items in and the scratch list is emptied for
    /// its next use; anything else receives it as an ordinary list, which from then on is its own.
    /// </summary>
    public static void SetSliceFromTemporary(PyObject o, in Unboxed lower, in Unboxed upper, in Unboxed step, PyObject value, ref PyList? scratch)
    {
        if (ReferenceEquals(value, scratch))
        {
            if (o.GetType() == typeof(PyList) && Unboxed.SliceIndices(lower, upper, step, Unsafe.As<PyList>(o).Count, out var start, out var stop, out var by, out var count))
            {
                try
                {
                    Unsafe.As<PyList>(o).SetSlice(start, stop, by, count, value);
                }
                finally
                {
                    scratch.ClearKeepingRoom();
                }
                return;
            }
            scratch = null;
        }
        SetSlice(o, lower, upper, step, value);
    }

    /// <summary><c>o[lower:upper:step] = value</c>, as <see cref="GetSlice"/>.</summary>
    public static void SetSlice(PyObject o, in Unboxed lower, in Unboxed upper, in Unboxed step, PyObject value)
    {
        if (o.GetType() == typeof(PyList) && Unboxed.SliceIndices(lower, upper, step, Unsafe.As<PyList>(o).Count, out var start, out var stop, out var by, out var count))
        {
            Unsafe.As<PyList>(o).SetSlice(start, stop, by, count, value);
            return;
        }
        SetItem(o, new PySlice(lower.Box(), upper.Box(), step.Box()), value);
    }
}
