using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// The finite, in-range cases of decimal.py's arithmetic (_add, _multiply, _divide, _quantize,
/// _finish, _compare_values) on coefficients that fit 128 bits. Each returns null where it would
/// leave that ground (a coefficient past 10**38, a subnormal or overflowing result, clamping, a
/// trapped condition, an invalid quantize) before it changes anything, and decimal.py then
/// does the whole operation itself: results, flags and raised signals come from one place.
/// </summary>
internal static class DecimalArithmetic
{
    // decimal.py's condition bits (the subset these paths raise).
    private const long Inexact = 64;
    private const long Rounded = 4096;

    /// <summary>decimal.py's _finish for the cases without subnormals, overflow or clamping.</summary>
    public static PyObject? Finish(DecimalShapes shapes, in DecimalContextView ctx, bool negative, UInt128 c, long e, long status = 0)
    {
        var prec = ctx.Prec;
        if (DecimalDigits.Fits(c, prec) && e >= ctx.Emin && e <= ctx.Top)
        {
            return shapes.TrySignal(ctx, status) ? shapes.Make(negative, c, e) : null;
        }
        if (c == 0) return null;
        var n = DecimalDigits.Count(c);
        var adjusted = e + n - 1;
        if (adjusted < ctx.Emin) return null;
        if (n > prec)
        {
            // Not subnormal, so the lowest kept digit is prec digits down from the first (above Etiny).
            var k = (int)(n - prec);
            c = DecimalDigits.RoundOff(negative, c, k, ctx.Rounding, out var inexact);
            e += k;
            status |= inexact ? Rounded | Inexact : Rounded;
            if (c == DecimalDigits.Pow10[prec])
            {
                c /= 10;
                e++;
            }
            adjusted = e + DecimalDigits.Count(c) - 1;
        }
        if (adjusted > ctx.Emax || (ctx.Clamp && e > ctx.Top)) return null;
        return shapes.TrySignal(ctx, status) ? shapes.Make(negative, c, e) : null;
    }

    /// <summary>a + b, or a - b when negate.</summary>
    public static PyObject? Add(DecimalShapes shapes, in DecimalContextView ctx, FiniteDecimal a, FiniteDecimal b, bool negate)
    {
        var bNegative = b.Negative ^ negate;
        UInt128 ca = a.Coefficient, cb = b.Coefficient;
        long e;
        if (a.Exponent > b.Exponent)
        {
            if (!TryScale(ref ca, a.Exponent - b.Exponent)) return null;
            e = b.Exponent;
        }
        else
        {
            if (!TryScale(ref cb, b.Exponent - a.Exponent)) return null;
            e = a.Exponent;
        }
        if (a.Negative == bNegative) return Finish(shapes, ctx, a.Negative, ca + cb, e);
        if (ca > cb) return Finish(shapes, ctx, a.Negative, ca - cb, e);
        if (cb > ca) return Finish(shapes, ctx, bNegative, cb - ca, e);
        // An exact zero sum of opposite signs is +0, except -0 under ROUND_FLOOR.
        return Finish(shapes, ctx, ctx.Rounding == DecimalRounding.Floor, 0, e);
    }

    /// <summary>c * 10**shift when it stays below 10**38.</summary>
    private static bool TryScale(ref UInt128 c, long shift)
    {
        if (shift == 0) return true;
        if (shift > DecimalDigits.MaxPower || c >= DecimalDigits.Pow10[DecimalDigits.MaxPower - (int)shift]) return false;
        c *= DecimalDigits.Pow10[shift];
        return true;
    }

    public static PyObject? Multiply(DecimalShapes shapes, in DecimalContextView ctx, FiniteDecimal a, FiniteDecimal b) =>
        Finish(shapes, ctx, a.Negative ^ b.Negative, (UInt128)a.Coefficient * b.Coefficient, a.Exponent + b.Exponent);

    /// <summary>a / b for a non-zero b, as decimal.py's _divide computes it.</summary>
    public static PyObject? Divide(DecimalShapes shapes, in DecimalContextView ctx, FiniteDecimal a, FiniteDecimal b)
    {
        if (b.Coefficient == 0) return null;
        var negative = a.Negative ^ b.Negative;
        var ideal = a.Exponent - b.Exponent;
        if (a.Coefficient == 0) return Finish(shapes, ctx, negative, 0, ideal);
        ulong ca = a.Coefficient, cb = b.Coefficient;
        // An exact quotient straight at its exponent: cb over the common factor is 2**t * 5**f, and
        // max(t, f) digits past the ideal exponent hold the whole quotient.
        var g = Gcd(ca, cb);
        var rest = cb / g;
        var twos = System.Numerics.BitOperations.TrailingZeroCount(rest);
        var odd = rest >> twos;
        var fives = 0;
        while (odd % 5 == 0)
        {
            odd /= 5;
            fives++;
        }
        if (odd == 1)
        {
            var k = Math.Max(twos, fives);
            if (k > DecimalDigits.MaxPower) return null;
            var scale = DecimalDigits.Pow10[k] / rest;
            var reduced = (UInt128)(ca / g);
            if (scale != 0 && reduced > UInt128.MaxValue / scale) return null;
            var exact = reduced * scale;
            if (DecimalDigits.Fits(exact, ctx.Prec)) return Finish(shapes, ctx, negative, exact, ideal - k);
        }
        var shift = ctx.Prec + DecimalDigits.Count(cb) - DecimalDigits.Count(ca) + 1;
        if (shift < 0) shift = 0;
        UInt128 numerator = ca;
        if (!TryScale(ref numerator, shift)) return null;
        var q = numerator / cb;
        var r = numerator - q * cb;
        var e = ideal - shift;
        if (r != 0)
        {
            // A sticky digit below the quotient's last one: rounding sees an inexact result.
            if (q >= DecimalDigits.Pow10[DecimalDigits.MaxPower - 1]) return null;
            return Finish(shapes, ctx, negative, q * 10 + 1, e - 1);
        }
        while (e < ideal && q % 10 == 0)
        {
            q /= 10;
            e++;
        }
        return Finish(shapes, ctx, negative, q, e);
    }

    private static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    /// <summary>a quantized to exponent exp (decimal.py's _quantize for finite operands).</summary>
    public static PyObject? Quantize(DecimalShapes shapes, in DecimalContextView ctx, FiniteDecimal a, long exp, DecimalRounding rounding)
    {
        if (exp < ctx.Etiny || exp > ctx.Emax) return null;
        var ca = a.Coefficient;
        var digits = ca == 0 ? 1 : DecimalDigits.Count(ca);
        if (ca != 0 && a.Exponent + digits - 1 - exp >= ctx.Prec) return null;
        UInt128 c = ca;
        var inexact = false;
        if (exp <= a.Exponent)
        {
            if (ca != 0 && !TryScale(ref c, a.Exponent - exp)) return null;
        }
        else if (ca != 0)
        {
            var k = exp - a.Exponent;
            // Everything is dropped when k passes the digits: round 0.000...1 instead.
            c = k > digits + 1
                ? DecimalDigits.RoundOff(a.Negative, 1, 2, rounding, out inexact)
                : DecimalDigits.RoundOff(a.Negative, c, (int)k, rounding, out inexact);
        }
        if (c != 0)
        {
            var adjusted = exp + DecimalDigits.Count(c) - 1;
            if (adjusted - exp >= ctx.Prec || adjusted > ctx.Emax || adjusted < ctx.Emin) return null;
        }
        var status = exp > a.Exponent && ca != 0 ? (inexact ? Rounded | Inexact : Rounded) : 0;
        return shapes.TrySignal(ctx, status) ? shapes.Make(a.Negative, c, exp) : null;
    }

    /// <summary>-1, 0 or 1 as a's value compares with b's (decimal.py's _compare_values for finite values).</summary>
    public static int Compare(FiniteDecimal a, FiniteDecimal b)
    {
        if (a.Coefficient == 0) return b.Coefficient == 0 ? 0 : (b.Negative ? 1 : -1);
        if (b.Coefficient == 0) return a.Negative ? -1 : 1;
        if (a.Negative != b.Negative) return a.Negative ? -1 : 1;
        var flip = a.Negative ? -1 : 1;
        var adjA = a.Exponent + DecimalDigits.Count(a.Coefficient) - 1;
        var adjB = b.Exponent + DecimalDigits.Count(b.Coefficient) - 1;
        if (adjA != adjB) return adjA > adjB ? flip : -flip;
        // Same adjusted exponent: the exponents differ by less than 20, so aligning fits 128 bits.
        UInt128 ca = a.Coefficient, cb = b.Coefficient;
        if (a.Exponent > b.Exponent) ca *= DecimalDigits.Pow10[a.Exponent - b.Exponent];
        else cb *= DecimalDigits.Pow10[b.Exponent - a.Exponent];
        if (ca == cb) return 0;
        return ca > cb ? flip : -flip;
    }
}
