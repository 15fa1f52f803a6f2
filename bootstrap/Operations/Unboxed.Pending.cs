using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The operations a statement that takes a pending exception (a handler around it, or a body
/// variant that returns it) runs ahead of the rest: a zero divisor of <c>/</c>, <c>//</c> and
/// <c>%</c> (and of <c>/=</c>, <c>//=</c>, <c>%=</c>) between exact ints and floats, and an index out of range of an exact list, tuple or
/// str, leave their error pending (PendingException, with the default struct or null as the
/// result) instead of a .NET throw, which costs a stack unwind per frame. Everything else is the
/// ordinary operation, raising as it does.
/// </summary>
public readonly partial struct Unboxed
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivideOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsFloat && b.IsFloat && b.Double != 0.0 ? Float(a.Double / b.Double) : DivisionOrPending(ref place, at, BinaryOperator.Div, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivideOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : DivisionOrPending(ref place, at, BinaryOperator.FloorDiv, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed ModuloOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : DivisionOrPending(ref place, at, BinaryOperator.Mod, a, b, false);

    // x /= y, x //= y, x %= y: the in-place protocol for objects (an exact int or float has none).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivideInPlaceOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsFloat && b.IsFloat && b.Double != 0.0 ? Float(a.Double / b.Double) : DivisionOrPending(ref place, at, BinaryOperator.Div, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivideInPlaceOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : DivisionOrPending(ref place, at, BinaryOperator.FloorDiv, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed ModuloInPlaceOrPending(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : DivisionOrPending(ref place, at, BinaryOperator.Mod, a, b, true);

    // The same where places are not tracked.
    public static Unboxed TrueDivideOrPending(in Unboxed a, in Unboxed b) => TrueDivideOrPending(a, b, ref s_unplaced, 0);

    public static Unboxed FloorDivideOrPending(in Unboxed a, in Unboxed b) => FloorDivideOrPending(a, b, ref s_unplaced, 0);

    public static Unboxed ModuloOrPending(in Unboxed a, in Unboxed b) => ModuloOrPending(a, b, ref s_unplaced, 0);

    public static Unboxed TrueDivideInPlaceOrPending(in Unboxed a, in Unboxed b) => TrueDivideInPlaceOrPending(a, b, ref s_unplaced, 0);

    public static Unboxed FloorDivideInPlaceOrPending(in Unboxed a, in Unboxed b) => FloorDivideInPlaceOrPending(a, b, ref s_unplaced, 0);

    public static Unboxed ModuloInPlaceOrPending(in Unboxed a, in Unboxed b) => ModuloInPlaceOrPending(a, b, ref s_unplaced, 0);

    // Where the operations above store a place nobody reads (threads may race on it: nothing reads it).
    private static int s_unplaced;

    /// <summary>The divisions the inlined parts leave: a zero divisor between unboxed numbers is pending, the rest the ordinary operation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed DivisionOrPending(ref int place, int at, BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        var zero = (b.IsInt && b._bits == 0) || (b.IsFloat && b.Double == 0.0);
        if (!zero || !(a.IsInt || a.IsFloat)) return MixedAt(ref place, at, op, a, b, inPlace);
        // CPython's texts: the float ones when either operand is a float.
        var floats = a.IsFloat || b.IsFloat;
        var message = op switch
        {
            BinaryOperator.Div => floats ? "float division by zero" : "division by zero",
            BinaryOperator.FloorDiv => floats ? "float floor division by zero" : "integer division or modulo by zero",
            _ => floats ? "float modulo" : "integer modulo by zero",
        };
        return Pending(PendingException.Set(Errors.ZeroDivisionError(message)));
    }

    /// <summary>
    /// <see cref="GetItem(PyObject, in Unboxed)"/> that leaves an exact list's, tuple's or str's
    /// IndexError pending: null then.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? GetItemOrPending(PyObject o, in Unboxed key, ref int place, int at)
    {
        if (key.IsInt)
        {
            if (o.GetType() == typeof(PyList) && (ulong)key._bits < (ulong)Unsafe.As<PyList>(o).Count) return Unsafe.As<PyList>(o)[(int)key._bits];
            if (PyTuple.AsExact(o) is { } tuple && (ulong)key._bits < (ulong)tuple.Count) return tuple[(int)key._bits];
        }
        return GetItemOtherOrPending(o, key, ref place, at);
    }

    /// <summary>The same without the frame's place (where places are not tracked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? GetItemOrPending(PyObject o, in Unboxed key) => GetItemOrPending(o, key, ref s_unplaced, 0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject? GetItemOtherOrPending(PyObject o, in Unboxed key, ref int place, int at)
    {
        if (key.IsInt && Subscript.IndexOutOfRange(o, key._bits) is { } error) return PendingException.Set(Errors.IndexError(error));
        place = at;
        return GetItemOther(o, key);
    }
}
