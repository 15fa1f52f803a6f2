using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>The iteration protocol. Exhaustion is a null, never a StopIteration.</summary>
public static class Iteration
{
    public static PyIterator GetIter(PyObject o) =>
        o.Iter() ?? throw Errors.TypeError($"'{o.Type.TpName}' object is not iterable");

    public static PyObject[] ToArray(PyObject o)
    {
        switch (o)
        {
            case PyList l when o is not PyListSubclass: return l.Items.ToArray();
            case PyTuple t when o is not PyTupleSubclass: return t.Items.ToArray();
            // A view's iteration is the dict's own, also for a subclass (whose __iter__ a view never calls).
            case DictView view: return view.Dict.ToArray(view.Kind);
        }
        if (o.GetType() == typeof(PyDict)) return Unsafe.As<PyDict>(o).ToArray(DictIterator.Kind.Keys);
        var it = GetIter(o);
        // CPython sizes the result with the iterable's length hint: a class's __len__ runs here.
        if (o.Type.IsHeapType && o.Type.Lookup("__len__") is { } len and not PyNone && len is not PyBuiltinMethod) _ = o.Length();
        return ItemBuffer.Drain(it);
    }
}
