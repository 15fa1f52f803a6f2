using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>hash(x)</c>.</summary>
public static class Hashing
{
    // Exact strs and ints by their method table first (the patterns walk the class chain).
    public static long Hash(PyObject o) =>
        PyStr.IsExact(o) ? Unsafe.As<PyStr>(o).TextHash()
        : o.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(o).IsSmall ? IntHash.Of(Unsafe.As<PyInt>(o).Small)
        : HashOther(o);

    private static long HashOther(PyObject o)
    {
        // An exact tuple (a dict or set key such as (x, y)) before the patterns below, each a cast
        // helper's walk of the class chain.
        if (PyTuple.AsExact(o) is { } t) return t.Hash();
        return HashByType(o);
    }

    private static long HashByType(PyObject o) => o switch
    {
        PyInt i when i.IsSmall && o is not PyIntSubclass => IntHash.Of(i.Small),
        PyStr s => s.Hash(),
        _ => o.Hash(),
    };
}
