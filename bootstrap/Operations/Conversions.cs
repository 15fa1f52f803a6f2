using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Conversions CPython does through __index__ and friends.</summary>
public static class Conversions
{
    /// <summary><c>operator.index(o)</c> as a long; OverflowError beyond 64 bits.</summary>
    public static long ToIndex(PyObject o)
    {
        var i = o as PyInt ?? Index(o);
        if (!i.IsSmall) throw CannotFit(o);
        return i.Small;
    }

    /// <summary>CPython's IndexError for an index beyond 64 bits; it names the type of the object given as index.</summary>
    public static PyException CannotFit(PyObject index) => Errors.IndexError($"cannot fit '{index.Type.TpName}' into an index-sized integer");

    /// <summary><c>operator.index(o)</c>: ints as they are, else the class's <c>__index__</c>.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i;
        if (o.Type.IsHeapType && o.Type.Lookup("__index__") is { } m and not PyNone)
        {
            var r = SpecialMethods.Call0(o, m);
            return r as PyInt ?? throw Errors.TypeError($"__index__ returned non-int (type {r.Type.TpName})");
        }
        throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
    }

    /// <summary>An index operand as an int, or a TypeError naming its type after <paramref name="typeErrorPrefix"/>.</summary>
    public static PyInt ToIndexObject(PyObject o, string typeErrorPrefix) =>
        o as PyInt ?? (o.Type.IsHeapType && o.Type.Lookup("__index__") is not null ? Index(o) : throw Errors.TypeError(typeErrorPrefix + o.Type.Name));

    /// <summary>A subscript's index as a long: a TypeError as <see cref="ToIndexObject"/>'s, an IndexError beyond 64 bits.</summary>
    public static long ToSubscriptIndex(PyObject o, string typeErrorPrefix)
    {
        var i = ToIndexObject(o, typeErrorPrefix);
        if (i.IsSmall) return i.Small;
        throw CannotFit(o);
    }
}
