using System.Numerics;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Formatting;

/// <summary><c>format(value, spec)</c> for str, int, bool and float, with CPython's messages.</summary>
public static class ValueFormatter
{
    public static string FormatStr(string value, string specText, string typeName = "str")
    {
        if (specText.Length == 0) return value;
        return FormatStr(value, FormatSpec.Parse(specText, typeName), typeName);
    }

    public static string FormatStr(string value, FormatSpec spec, string typeName = "str")
    {
        CheckStrSpec(spec, typeName);
        // Widths and precisions count code points: the common text without surrogates is counted directly.
        if (CharRanges.IndexOfSurrogate(value.AsSpan()) < 0)
        {
            if (spec.Precision >= 0 && value.Length > spec.Precision) value = value[..spec.Precision];
            var padding = spec.Width - value.Length;
            return padding > 0 ? Padded(spec, value, padding) : value;
        }
        if (spec.Precision >= 0)
        {
            var s = new PyStr(value);
            if (s.CodePointCount > spec.Precision) value = value[..s.OffsetOf(spec.Precision)];
        }
        var length = new PyStr(value).CodePointCount;
        var pad = spec.Width - length;
        return pad > 0 ? Padded(spec, value, pad) : value;
    }

    /// <summary>
    /// <see cref="FormatStr(string, FormatSpec, string)"/> of an exact str read in place: an inline
    /// str's text becomes a string once, as the result (not first as its Value, then padded).
    /// </summary>
    public static string FormatStr(PyStr value, FormatSpec spec)
    {
        if (value.HasSurrogatePairs) return FormatStr(value.Value, spec);
        CheckStrSpec(spec, "str");
        // Without pairs every UTF-16 unit is a code point: widths and precisions count units.
        var chars = value.Chars;
        if (spec.Precision >= 0 && chars.Length > spec.Precision) chars = chars[..spec.Precision];
        var padding = spec.Width - chars.Length;
        if (padding > 0) return Padded(spec, chars, padding);
        return chars.Length == value.Chars.Length ? value.Value : new string(chars);
    }

    private static void CheckStrSpec(FormatSpec spec, string typeName)
    {
        if (spec.Type is not ('\0' or 's')) throw Errors.ValueError($"Unknown format code '{spec.Type}' for object of type '{typeName}'");
        if (spec.Sign != '\0') throw Errors.ValueError("Sign not allowed in string format specifier");
        if (spec.Alternate) throw Errors.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=' && !spec.AlignFromZero) throw Errors.ValueError("'=' alignment not allowed in string format specifier");
        if (spec.Grouping != '\0') throw Errors.ValueError($"Cannot specify '{spec.Grouping}' with 's'.");
    }

    private static string Padded(FormatSpec spec, ReadOnlySpan<char> value, int pad)
    {
        var align = spec.Align == '\0' ? '<' : spec.Align;
        var before = align switch { '>' => pad, '^' => pad / 2, _ => 0 };
        var total = value.Length + pad;
        Span<char> text = total <= 256 ? stackalloc char[256] : new char[total];
        text = text[..total];
        text[..before].Fill(spec.Fill);
        value.CopyTo(text[before..]);
        text[(before + value.Length)..].Fill(spec.Fill);
        return new string(text);
    }

    private static string Padded(FormatSpec spec, string value, int pad)
    {
        var align = spec.Align == '\0' ? '<' : spec.Align;
        var before = align switch { '>' => pad, '^' => pad / 2, _ => 0 };
        return string.Create(value.Length + pad, new PadState(value, spec.Fill, before), static (span, p) =>
        {
            span[..p.Before].Fill(p.Fill);
            p.Value.CopyTo(span[p.Before..]);
            span[(p.Before + p.Value.Length)..].Fill(p.Fill);
        });
    }

    // A named struct, not a tuple: a ValueTuple of references as string.Create's state links
    // NativeAOT's type loader into every binary (see StrMethods.JoinState).
    private readonly struct PadState(string value, char fill, int before)
    {
        public readonly string Value = value;
        public readonly char Fill = fill;
        public readonly int Before = before;
    }

    public static string FormatInt(PyInt value, string specText)
    {
        if (specText.Length == 0) return value.Str();
        return FormatInt(value, FormatSpec.Parse(specText, value.Type.Name));
    }

    /// <summary>
    /// int.__format__ with a non-empty spec (a bool is formatted as its int then: format(True, '&lt;')
    /// is '1'; only the empty spec gives str()).
    /// </summary>
    public static string FormatInt(PyInt value, FormatSpec spec)
    {
        var type = spec.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
        {
            return FormatFloat(value.ToDouble(), spec);
        }
        if (spec.Precision >= 0) throw Errors.ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero) throw Errors.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (type == 'c')
        {
            if (spec.Sign != '\0') throw Errors.ValueError("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) throw Errors.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (!value.IsSmall || value.Small is < 0 or > 0x10FFFF) throw Errors.OverflowError("%c arg not in range(0x110000)");
            var text = char.ConvertFromUtf32((int)value.Small);
            return spec.Pad("", text, '<', text.Length - 1);
        }
        var (radix, prefix) = type switch
        {
            '\0' or 'd' or 'n' => (10, ""),
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => throw Errors.ValueError($"Unknown format code '{type}' for object of type '{value.Type.TpName}'"),
        };
        // A 64-bit value's digits come without BigInteger.
        bool negative;
        string digits;
        if (value.IsSmall)
        {
            var x = value.Small;
            negative = x < 0;
            digits = IntFormat.Digits(negative ? unchecked((ulong)-(x + 1)) + 1 : (ulong)x, radix, type == 'X');
        }
        else
        {
            var v = value.Big;
            negative = v.Sign < 0;
            digits = IntFormat.Digits(BigInteger.Abs(v), radix, type == 'X');
        }
        var head = negative ? "-" : spec.Sign switch { '+' => "+", ' ' => " ", _ => "" };
        if (spec.Alternate) head += prefix;
        if (spec.Grouping != '\0')
        {
            var size = radix == 10 ? 3 : 4;
            if (spec.Align == '=' && spec.Fill == '0' && spec.Width > 0)
            {
                return head + GroupZeroPadded(digits, spec.Grouping, size, spec.Width - head.Length);
            }
            digits = Group(digits, spec.Grouping, size);
        }
        return spec.Pad(head, digits, '>');
    }

    /// <summary>Inserts separators every <paramref name="size"/> digits from the right.</summary>
    public static string Group(string digits, char sep, int size)
    {
        if (digits.Length <= size) return digits;
        var sb = new StringBuilder(digits.Length + digits.Length / size);
        var first = digits.Length % size;
        if (first > 0) sb.Append(digits, 0, first);
        for (var i = first; i < digits.Length; i += size)
        {
            if (sb.Length > 0) sb.Append(sep);
            sb.Append(digits, i, size);
        }
        return sb.ToString();
    }

    /// <summary>Zero padding with grouping: the padding zeros are grouped too, as CPython does.</summary>
    private static string GroupZeroPadded(string digits, char sep, int size, int width)
    {
        var grouped = Group(digits, sep, size);
        while (grouped.Length < width)
        {
            digits = "0" + digits;
            grouped = Group(digits, sep, size);
        }
        // A leading separator is replaced by a zero, as CPython pads.
        if (grouped.Length > 0 && grouped[0] == sep) grouped = "0" + grouped;
        return grouped;
    }

    public static string FormatFloat(double value, string specText, string typeName = "float")
    {
        if (specText.Length == 0) return FloatRepr.Of(value);
        return FormatFloat(value, FormatSpec.Parse(specText, typeName), typeName);
    }

    public static string FormatFloat(double value, FormatSpec spec, string typeName = "float")
    {
        var type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%'))
        {
            throw Errors.ValueError($"Unknown format code '{type}' for object of type '{typeName}'");
        }
        var negative = double.IsNegative(value) && !double.IsNaN(value);
        var magnitude = Math.Abs(value);
        string body;
        if (type == '%')
        {
            magnitude *= 100;
        }
        var precision = spec.Precision < 0 ? 6 : spec.Precision;
        if (!double.IsFinite(magnitude))
        {
            body = double.IsNaN(magnitude) ? "nan" : "inf";
            if (type is 'E' or 'F' or 'G') body = body.ToUpperInvariant();
            if (type == '%') body += "%";
        }
        else
        {
            body = type switch
            {
                'f' or 'F' => FloatDigits.Fixed(magnitude, precision, spec.Alternate),
                '%' => FloatDigits.Fixed(magnitude, precision, spec.Alternate) + "%",
                'e' or 'E' => FloatDigits.Exponent(magnitude, precision, spec.Alternate, type == 'E'),
                'g' or 'G' or 'n' => FloatDigits.General(magnitude, spec.Precision < 0 ? 6 : Math.Max(1, spec.Precision), spec.Alternate, type == 'G', false),
                _ => spec.Precision < 0
                    ? FloatRepr.Of(magnitude) is var r && spec.Alternate && !r.Contains('.') && !r.Contains('e') && !r.Contains("inf") ? r + "." : FloatRepr.Of(magnitude)
                    : FloatDigits.General(magnitude, Math.Max(1, spec.Precision), spec.Alternate, false, true),
            };
            if (spec.NoNegativeZero && negative && IsZeroText(body)) negative = false;
        }
        var sign = negative ? "-" : spec.Sign is '+' or ' ' ? spec.Sign.ToString() : "";
        if (spec.Grouping != '\0' && double.IsFinite(magnitude))
        {
            var end = 0;
            while (end < body.Length && char.IsAsciiDigit(body[end])) end++;
            var intPart = body[..end];
            var rest = body[end..];
            if (spec.Align == '=' && spec.Fill == '0' && spec.Width > 0)
            {
                return sign + GroupZeroPadded(intPart, spec.Grouping, 3, spec.Width - sign.Length - rest.Length) + rest;
            }
            body = Group(intPart, spec.Grouping, 3) + rest;
        }
        return spec.Pad(sign, body, '>');
    }

    private static bool IsZeroText(string body)
    {
        foreach (var c in body)
        {
            if (c is >= '1' and <= '9') return false;
            if (c is 'e' or 'E') break;
        }
        return true;
    }
}
