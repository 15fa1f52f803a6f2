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

    // Anything else by its own Hash (a virtual call): type patterns here would each be the cast
    // helper's walk of the class chain (a tuple key took two before its hash was reached).
    private static long HashOther(PyObject o) => o.Hash();
}
