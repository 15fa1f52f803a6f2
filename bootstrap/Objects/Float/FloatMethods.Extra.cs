using System.Globalization;
using System.Numerics;
using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>float: hex/fromhex, as_integer_ratio and the numbers-tower attributes.</summary>
internal static partial class FloatMethods
{
    private static bool IsAllHex(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    private static void AddMethods(PyType type)
    {
        type.Method("as_integer_ratio", static self =>
        {
            var v = ((PyFloat)self).Value;
            if (double.IsInfinity(v)) throw Errors.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) throw Errors.ValueError("cannot convert NaN to integer ratio");
            var (num, den) = Ratio(v);
            return PyTuple.Of(PyInt.From(num), PyInt.From(den));
        });
        type.Method("conjugate", static self => self);
        type.Property("real", static self => self);
        type.Property("imag", static _ => new PyFloat(0.0));
        type.Method("hex", static self => new PyStr(Hex(((PyFloat)self).Value)));
        type.StaticFunction("fromhex", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("float.fromhex() takes no keyword arguments");
            Args.Count("fromhex", args.Length, 1, 1);
            var s = args[0] is PyStr ps ? ps.Value : throw Errors.TypeError($"must be str, not {args[0].Type.TpName}");
            return new PyFloat(FromHex(s));
        });
        type.Method("__trunc__", static self => IntMethods.FloatToInt(((PyFloat)self).Value));
        type.Method("__int__", static self => IntMethods.FloatToInt(((PyFloat)self).Value));
        type.Method("__float__", static self => self.GetType() == typeof(PyFloat) ? self : new PyFloat(((PyFloat)self).Value));
        type.Method("__abs__", static self => new PyFloat(Math.Abs(((PyFloat)self).Value)));
        type.Method("__round__", static (self, args, kw) => Builtins.BuiltinsModule.RoundDunder("float", new PyFloat(((PyFloat)self).Value), args, kw));
        type.Method("__getnewargs__", static self => PyTuple.Of(new PyFloat(((PyFloat)self).Value)));
        type.Method("__floor__", static self => IntMethods.FloatToInt(Math.Floor(((PyFloat)self).Value)));
        type.Method("__ceil__", static self => IntMethods.FloatToInt(Math.Ceiling(((PyFloat)self).Value)));
    }

    private static (BigInteger Num, BigInteger Den) Ratio(double v)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var rawExp = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        int exp;
        if (rawExp == 0) exp = -1074;
        else { mantissa += BigInteger.One << 52; exp = rawExp - 1075; }
        if (mantissa.IsZero) return (0, 1);
        while (mantissa.IsEven && exp < 0) { mantissa >>= 1; exp++; }
        var num = exp >= 0 ? mantissa << exp : mantissa;
        var den = exp >= 0 ? BigInteger.One : BigInteger.One << -exp;
        return (v < 0 ? -num : num, den);
    }

    public static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var rawExp = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        var lead = rawExp == 0 ? 0 : 1;
        var exp = rawExp == 0 ? -1022 : rawExp - 1023;
        return $"{sign}0x{lead}.{mantissa:x13}p{(exp >= 0 ? "+" : "-")}{Math.Abs(exp)}";
    }

    public static double FromHex(string text)
    {
        var s = text.Trim();
        var invalid = Errors.ValueError("invalid hexadecimal floating-point string");
        var negative = false;
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') negative = s[i++] == '-';
        var rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return negative ? -PyFloat.NaN : PyFloat.NaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) rest = rest[2..];
        var p = rest.IndexOf('p');
        var mant = p >= 0 ? rest[..p] : rest;
        var expPart = p >= 0 ? rest[(p + 1)..] : "0";
        var dot = mant.IndexOf('.');
        var intDigits = dot >= 0 ? mant[..dot] : mant;
        var fracDigits = dot >= 0 ? mant[(dot + 1)..] : "";
        if (intDigits.Length + fracDigits.Length == 0 || !IsAllHex(intDigits) || !IsAllHex(fracDigits)) throw invalid;
        if (!int.TryParse(expPart, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exp)) throw invalid;
        var digits = BigInteger.Parse("0" + intDigits + fracDigits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        exp -= 4 * fracDigits.Length;
        if (digits.IsZero) return negative ? -0.0 : 0.0;
        // Round the exact value digits * 2**exp to the nearest double, half to even.
        var bitLength = (int)digits.GetBitLength();
        var topExp = bitLength + exp; // value in [2**(topExp-1), 2**topExp)
        if (topExp > 1024) throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        var precision = Math.Min(53, topExp - (-1074));
        if (precision <= 0)
        {
            // Below half the smallest subnormal rounds to zero; above rounds up.
            var half = topExp == -1074 && !(digits == (BigInteger.One << (bitLength - 1)));
            return (negative ? -1 : 1) * (half ? double.Epsilon : 0.0);
        }
        var shift = bitLength - precision;
        BigInteger m;
        if (shift > 0)
        {
            m = digits >> shift;
            var remainder = digits - (m << shift);
            var halfway = BigInteger.One << (shift - 1);
            if (remainder > halfway || (remainder == halfway && !m.IsEven)) m += 1;
        }
        else m = digits << -shift;
        var result = (double)m * Math.Pow(2, exp + shift);
        if (double.IsInfinity(result)) throw Errors.OverflowError("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }
}
