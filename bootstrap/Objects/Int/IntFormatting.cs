using System.Globalization;
using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>Conversions between ints and their decimal text, with CPython 3.11's digit limit.</summary>
public static class IntFormatting
{
    /// <summary>sys.int_info.default_max_str_digits: CPython 3.11 refuses longer conversions.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary>sys.int_info.str_digits_check_threshold: the smallest limit sys.set_int_max_str_digits accepts (besides 0).</summary>
    public const int CheckThreshold = 640;

    /// <summary>The limit now (sys.set_int_max_str_digits; 0 means none).</summary>
    public static int MaxStrDigits { get; set; } = DefaultMaxStrDigits;

    /// <summary>ValueError for parsing <paramref name="digits"/> decimal digits, when over the limit.</summary>
    public static void CheckParse(int digits)
    {
        if (MaxStrDigits > 0 && digits > MaxStrDigits)
        {
            throw Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /// <summary>The decimal text of a big value (not <see cref="PyInt.IsSmall"/>).</summary>
    public static string ToDecimal(PyInt value)
    {
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits (the factor is
        // rounded down): past the limit it is refused before the quadratic conversion, as
        // CPython does, rather than after it.
        var bits = Limbs.BitLength(value.Magnitude);
        if (MaxStrDigits > 0 && (long)((bits - 1) * 0.30102999) + 1 > MaxStrDigits) throw TooManyDigits();
        return ToDecimal(value.Big);
    }

    private static PyPack.Runtime.Exceptions.PyException TooManyDigits() =>
        Errors.ValueError($"Exceeds the limit ({MaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static string ToDecimal(BigInteger value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var digits = text.Length - (value.Sign < 0 ? 1 : 0);
        if (MaxStrDigits > 0 && digits > MaxStrDigits) throw TooManyDigits();
        return text;
    }
}
