namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// Digit arithmetic on coefficients below 10**38 (UInt128), shared by the native finite paths:
/// digit counts, powers of ten, rounding off low digits in each of the eight modes.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The largest power of ten held: coefficients stay below 10**38 so a sum of two still fits.</summary>
    public const int MaxPower = 38;

    public static readonly UInt128[] Pow10 = MakePowers();

    private static UInt128[] MakePowers()
    {
        var powers = new UInt128[MaxPower + 1];
        UInt128 p = 1;
        for (var i = 0; i <= MaxPower; i++)
        {
            powers[i] = p;
            p *= 10;
        }
        return powers;
    }

    /// <summary>Number of decimal digits of c (1 for 0).</summary>
    public static int Count(UInt128 c)
    {
        var n = 1;
        while (n <= MaxPower && c >= Pow10[n]) n++;
        return n;
    }

    /// <summary>Whether c has at most prec digits.</summary>
    public static bool Fits(UInt128 c, long prec) => prec > MaxPower || c < Pow10[prec];

    /// <summary>
    /// The mode named by a context's rounding string; false for anything else (a str subclass
    /// included, whose == may be its own).
    /// </summary>
    public static bool TryMode(PyPack.Runtime.Objects.PyObject rounding, out DecimalRounding mode)
    {
        mode = DecimalRounding.HalfEven;
        if (rounding is not PyPack.Runtime.Objects.PyStr s || !PyPack.Runtime.Objects.PyStr.IsExact(s)) return false;
        switch (s.Value)
        {
            case "ROUND_DOWN": mode = DecimalRounding.Down; return true;
            case "ROUND_HALF_UP": mode = DecimalRounding.HalfUp; return true;
            case "ROUND_HALF_EVEN": mode = DecimalRounding.HalfEven; return true;
            case "ROUND_CEILING": mode = DecimalRounding.Ceiling; return true;
            case "ROUND_FLOOR": mode = DecimalRounding.Floor; return true;
            case "ROUND_UP": mode = DecimalRounding.Up; return true;
            case "ROUND_HALF_DOWN": mode = DecimalRounding.HalfDown; return true;
            case "ROUND_05UP": mode = DecimalRounding.ZeroFiveUp; return true;
            default: return false;
        }
    }

    /// <summary>
    /// c with its k lowest digits removed (k at most <see cref="MaxPower"/>), rounded by mode for
    /// a value of the given sign; inexact tells whether a dropped digit was non-zero.
    /// </summary>
    public static UInt128 RoundOff(bool negative, UInt128 c, int k, DecimalRounding mode, out bool inexact)
    {
        var p = Pow10[k];
        var q = c / p;
        var r = c - q * p;
        inexact = r != 0;
        if (!inexact) return q;
        var half = p >> 1;
        var up = mode switch
        {
            DecimalRounding.HalfEven => r > half || (r == half && (q & 1) != 0),
            DecimalRounding.HalfUp => r >= half,
            DecimalRounding.HalfDown => r > half,
            DecimalRounding.Down => false,
            DecimalRounding.Up => true,
            DecimalRounding.Ceiling => !negative,
            DecimalRounding.Floor => negative,
            _ => q % 5 == 0, // ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        };
        return up ? q + 1 : q;
    }
}
