using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Conversions CPython does through __index__ and friends.</summary>
public static class Conversions
{
    /// <summary><c>operator.index(o)</c> as a long; OverflowError beyond 64 bits.</summary>
    public static long ToIndex(PyObject o)
    {
        if (o is PyInt i)
        {
            if (!i.IsSmall) throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
            return i.Small;
        }
        throw Errors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>An index for subscripting: huge ints clamp so range checks fail as CPython's do.</summary>
    public static long ToIndexClamped(PyObject o, string typeErrorPrefix)
    {
        if (o is PyInt i)
        {
            if (i.IsSmall) return i.Small;
            throw Errors.IndexError("cannot fit 'int' into an index-sized integer");
        }
        throw Errors.TypeError(typeErrorPrefix + o.Type.Name);
    }
}
