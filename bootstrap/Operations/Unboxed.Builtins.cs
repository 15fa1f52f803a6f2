using System.Runtime.CompilerServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

public readonly partial struct Unboxed
{
    /// <summary>
    /// <c>len(x)</c> where the global <c>len</c> is <paramref name="callee"/>: the length unboxed
    /// while that is the builtin len (no PyInt for a length past the small-int cache); anything
    /// else is the ordinary call, its result kept as it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed CallLen(PyObject callee, PyObject x) =>
        ReferenceEquals(callee, BuiltinsModule.LenFunction) ? Int(BuiltinsModule.Len(x)) : Of(callee.Call1(x));

    /// <summary>
    /// <c>int(x)</c> where the global <c>int</c> is <paramref name="callee"/>: an exact str of up to
    /// 18 plain ASCII digits read straight into a long, and an exact int as it is, while that is the
    /// builtin int; anything else (a sign, spaces, a subclass, a float, a rebound int) is the ordinary call.
    /// </summary>
    public static Unboxed CallInt(PyObject callee, PyObject x)
    {
        if (ReferenceEquals(callee, PyInt.TypeObject))
        {
            if (PyStr.IsExact(x) && IntParsing.ShortDecimal(Unsafe.As<PyStr>(x).Chars) is var value and >= 0) return Int(value);
            if (PyInt.IsExact(x)) return Of(x);
        }
        return Of(callee.Call1(x));
    }

    /// <summary>
    /// <c>int(x)</c> of a number the caller holds unboxed (<c>int(v * 255)</c>): while the callee is the
    /// builtin int, an int is itself and a float in 64-bit range is truncated toward zero here (what
    /// float.__trunc__ gives, exactly: such a double converts to a long without rounding), with no float
    /// made for the argument; anything else (inf, nan, a float past 64 bits, an object, a rebound int)
    /// is boxed and takes <see cref="CallInt(PyObject, PyObject)"/>.
    /// </summary>
    public static Unboxed CallInt(PyObject callee, in Unboxed x) =>
        ReferenceEquals(callee, PyInt.TypeObject) && TruncatedInt(x, out var value) ? Int(value) : CallInt(callee, x.Box());

    /// <summary><see cref="CallInt(PyObject, in Unboxed)"/> for a statement that takes a pending exception (see <see cref="CallIntOrPending(PyObject, PyObject)"/>).</summary>
    public static Unboxed CallIntOrPending(PyObject callee, in Unboxed x) =>
        ReferenceEquals(callee, PyInt.TypeObject) && TruncatedInt(x, out var value) ? Int(value) : CallIntOrPending(callee, x.Box());

    // 2**63 as a double: every double in [-2**63, 2**63) truncates to a long exactly; NaN fails both tests.
    private const double LongLimit = 9223372036854775808.0;

    private static bool TruncatedInt(in Unboxed x, out long value)
    {
        if (x.IsInt)
        {
            value = x._bits;
            return true;
        }
        if (x.IsFloat && x.Double >= -LongLimit && x.Double < LongLimit)
        {
            value = (long)x.Double;
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// <c>int(x)</c> for a statement that takes a pending exception (see PendingCalls.Call1): as
    /// <see cref="CallInt"/>, with the builtin's ValueError for an exact str pending (the default
    /// struct) instead of thrown.
    /// </summary>
    public static Unboxed CallIntOrPending(PyObject callee, PyObject x)
    {
        if (ReferenceEquals(callee, PyInt.TypeObject) && PyStr.IsExact(x)
            && IntParsing.ShortDecimal(Unsafe.As<PyStr>(x).Chars) is var value and >= 0)
        {
            return Int(value);
        }
        return PendingCalls.Call1(callee, x) is { } result ? Of(result) : default;
    }
}
