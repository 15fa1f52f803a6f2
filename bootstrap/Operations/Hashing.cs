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

    private static long HashOther(PyObject o) => o switch
    {
        PyInt i when i.IsSmall && o is not PyIntSubclass => IntHash.Of(i.Small),
        PyStr s => s.Hash(),
        _ => o.Hash(),
    };
}
