using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>o[key]</c>, <c>o[key] = value</c>.</summary>
public static class Subscript
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        // Exact-type tests (one compare each): "o is PyList" walks the class chain of every
        // non-list, which was 3% of a dict-subscripting loop.
        if (o.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key) is { IsSmall: true } i)
        {
            var l = Unsafe.As<PyList>(o);
            var idx = i.Small;
            if (idx < 0) idx += l.Count;
            if ((ulong)idx < (ulong)l.Count) return l[(int)idx];
        }
        return o.GetItem(key) ?? throw Errors.TypeError(o is PyType t ? $"type '{t.Name}' is not subscriptable" : $"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (!o.SetItem(key, value)) throw Errors.TypeError($"'{o.Type.Name}' object does not support item assignment");
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (!o.DelItem(key)) throw Errors.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
    }
}
