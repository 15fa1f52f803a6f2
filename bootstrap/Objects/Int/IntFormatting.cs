using System.Globalization;
using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>Conversions between ints and their decimal text, with CPython 3.11's digit limit.</summary>
public static class IntFormatting
{
    /// <summary>sys.int_info.default_max_str_digits: CPython 3.11 refuses longer conversions.</summary>
    public static int MaxStrDigits { get; set; } = 4300;

    public static string ToDecimal(BigInteger value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var digits = text.Length - (value.Sign < 0 ? 1 : 0);
        if (MaxStrDigits > 0 && digits > MaxStrDigits)
        {
            throw Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return text;
    }
}
