using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// <c>_collections._count_elements(mapping, iterable)</c>, the loop of <c>Counter.update</c>: adds 1
/// to <c>mapping[elem]</c> for each element. As CPython's helper, a dict whose class keeps dict's own
/// <c>get</c> and <c>__setitem__</c> is updated directly (its <c>__getitem__</c> or <c>__missing__</c>
/// are not consulted); any other mapping goes through <c>mapping.get(elem, 0) + 1</c> and
/// <c>mapping[elem] = ...</c>, so a subclass's overrides run.
/// </summary>
internal static class CountElements
{
    public static PyObject Call(PyObject mapping, PyObject iterable)
    {
        var it = Iteration.GetIter(iterable);
        var one = PyInt.From(1);
        if (mapping is PyDict dict && KeepsDictMethods(mapping.Type))
        {
            for (var elem = it.Next(); elem is not null; elem = it.Next())
            {
                var hash = Hashing.Hash(elem);
                var ix = dict.IndexOf(elem, hash);
                var old = ix >= 0 ? dict.ValueAt(ix) : null;
                // A count that is a small int: old + 1 runs no Python code, so the entry found is
                // still the key's and takes the sum without a second probe and key compare (which,
                // with keys that compare by Python code only, would call their __eq__ as CPython's does).
                if (old is not null && dict.HasPureKeys && old.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(old).IsSmall && Unsafe.As<PyInt>(old).Small < long.MaxValue)
                {
                    dict.StoreAt(ix, PyInt.From(Unsafe.As<PyInt>(old).Small + 1));
                    continue;
                }
                dict.Set(elem, hash, old is null ? one : Arithmetic.Add(old, one));
            }
            return PyNone.Instance;
        }
        var get = Attributes.GetAttr(mapping, "get");
        var zero = PyInt.From(0);
        for (var elem = it.Next(); elem is not null; elem = it.Next())
        {
            Subscript.SetItem(mapping, elem, Arithmetic.Add(get.Call2(elem, zero), one));
        }
        return PyNone.Instance;
    }

    private static bool KeepsDictMethods(PyType type) =>
        ReferenceEquals(type, PyDict.TypeObject)
        || (ReferenceEquals(type.Lookup("get"), PyDict.TypeObject.Lookup("get"))
            && ReferenceEquals(type.Lookup("__setitem__"), PyDict.TypeObject.Lookup("__setitem__")));
}
