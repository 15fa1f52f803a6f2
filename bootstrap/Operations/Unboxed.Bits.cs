using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The bit operators <c>&amp; | ^ &lt;&lt; &gt;&gt; ~</c> on Unboxed structs: native when both operands
/// are unboxed ints and the result fits in a long (a right shift floors, as C#'s arithmetic shift
/// does; a shift by 64 or more leaves 0 or -1). Everything else, a left shift past 64 bits, a
/// negative count (ValueError), a bool (whose <c>&amp;</c> stays a bool), a subclass, a set, takes
/// the ordinary operator, so results and error messages are the runtime's.
/// </summary>
public readonly partial struct Unboxed
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitAnd(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits & b._bits) : BitsAt(ref place, at, BinaryOperator.BitAnd, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitAndInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits & b._bits) : BitsAt(ref place, at, BinaryOperator.BitAnd, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitOr(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits | b._bits) : BitsAt(ref place, at, BinaryOperator.BitOr, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitOrInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits | b._bits) : BitsAt(ref place, at, BinaryOperator.BitOr, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitXor(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits ^ b._bits) : BitsAt(ref place, at, BinaryOperator.BitXor, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed BitXorInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt ? Int(a._bits ^ b._bits) : BitsAt(ref place, at, BinaryOperator.BitXor, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed LeftShift(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && ShiftFits(a._bits, b._bits) ? Int(a._bits << (int)b._bits) : BitsAt(ref place, at, BinaryOperator.LShift, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed LeftShiftInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && ShiftFits(a._bits, b._bits) ? Int(a._bits << (int)b._bits) : BitsAt(ref place, at, BinaryOperator.LShift, a, b, true);

    // A count from 0 to 63 whose shift loses no bit (shifting back gives x again, sign included).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ShiftFits(long x, long count) => (ulong)count < 64 && (x << (int)count) >> (int)count == x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed RightShift(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits >= 0 ? Int(a._bits >> (int)Math.Min(b._bits, 63)) : BitsAt(ref place, at, BinaryOperator.RShift, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed RightShiftInPlace(in Unboxed a, in Unboxed b, ref int place, int at) =>
        a.IsInt && b.IsInt && b._bits >= 0 ? Int(a._bits >> (int)Math.Min(b._bits, 63)) : BitsAt(ref place, at, BinaryOperator.RShift, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Invert(in Unboxed a, ref int place, int at) => a.IsInt ? Int(~a._bits) : InvertAt(ref place, at, a);

    // The same where places are not tracked.
    public static Unboxed BitAnd(in Unboxed a, in Unboxed b) => BitAnd(a, b, ref s_unplaced, 0);

    public static Unboxed BitAndInPlace(in Unboxed a, in Unboxed b) => BitAndInPlace(a, b, ref s_unplaced, 0);

    public static Unboxed BitOr(in Unboxed a, in Unboxed b) => BitOr(a, b, ref s_unplaced, 0);

    public static Unboxed BitOrInPlace(in Unboxed a, in Unboxed b) => BitOrInPlace(a, b, ref s_unplaced, 0);

    public static Unboxed BitXor(in Unboxed a, in Unboxed b) => BitXor(a, b, ref s_unplaced, 0);

    public static Unboxed BitXorInPlace(in Unboxed a, in Unboxed b) => BitXorInPlace(a, b, ref s_unplaced, 0);

    public static Unboxed LeftShift(in Unboxed a, in Unboxed b) => LeftShift(a, b, ref s_unplaced, 0);

    public static Unboxed LeftShiftInPlace(in Unboxed a, in Unboxed b) => LeftShiftInPlace(a, b, ref s_unplaced, 0);

    public static Unboxed RightShift(in Unboxed a, in Unboxed b) => RightShift(a, b, ref s_unplaced, 0);

    public static Unboxed RightShiftInPlace(in Unboxed a, in Unboxed b) => RightShiftInPlace(a, b, ref s_unplaced, 0);

    public static Unboxed Invert(in Unboxed a) => Invert(a, ref s_unplaced, 0);

    /// <summary>The cases the inlined parts leave: the ordinary operator (big ints, bools, subclasses, errors).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed BitsAt(ref int place, int at, BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        place = at;
        return Slow(op, a, b, inPlace);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed InvertAt(ref int place, int at, in Unboxed a)
    {
        place = at;
        return Of(Arithmetic.Unary(UnaryOperator.Invert, a.Box()));
    }
}
