using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Sets the frame's current line in the middle of an expression (see the compiler's CallLine).</summary>
public static class CallerLine
{
    /// <summary>Returns <paramref name="value"/>; the caller's second argument has set the line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject After(PyObject value, int line) => value;

    /// <summary>The same for an unboxed argument of a def's numeric entry.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Unboxed After(Unboxed value, int line) => value;

    /// <summary>The same for the iterator a fused generator expression runs over (FusedGenexpr).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyIterator After(PyIterator value, int line) => value;
}
