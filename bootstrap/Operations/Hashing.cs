using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary><c>hash(x)</c>.</summary>
public static class Hashing
{
    public static long Hash(PyObject o) => o.GetType() == typeof(PyStr) ? System.Runtime.CompilerServices.Unsafe.As<PyStr>(o).TextHash() : o switch
    {
        PyInt i when i.IsSmall && o is not PyIntSubclass => IntHash.Of(i.Small),
        PyStr s => s.Hash(),
        _ => o.Hash(),
    };
}
