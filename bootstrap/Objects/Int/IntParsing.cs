using PyPack.Runtime.Unicode;

namespace PyPack.Runtime.Objects;

/// <summary><c>int(text, base)</c>: whitespace, sign, base prefixes and single underscores between digits.</summary>
public static class IntParsing
{
    public static PyInt Parse(string text, int radix)
    {
        if (radix != 0 && (radix < 2 || radix > 36)) throw Errors.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (radix == 10 && ShortDecimal(text) is var value and >= 0) return PyInt.From(value);
        var result = TryParse(text, radix);
        return result ?? throw InvalidLiteral(text, radix);
    }

    /// <summary><c>int(text)</c> in base 10, or null with its ValueError pending (see PendingException).</summary>
    public static PyInt? ParseDecimalOrPending(string text)
    {
        if (ShortDecimal(text) is var value and >= 0) return PyInt.From(value);
        return TryParse(text, 10) ?? (PyInt?)Exceptions.PendingException.Set(InvalidLiteral(text, 10));
    }

    private static Exceptions.PyException InvalidLiteral(string text, int radix) =>
        Errors.ValueError($"invalid literal for int() with base {radix}: {StrRepr.Of(text)}");

    private static PyInt? TryParse(string text, int radix)
    {
        var s = AsciiDigitsAndSpaces(text).AsSpan().Trim();
        var negative = false;
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        var prefixed = false;
        if (s.Length >= 2 && s[0] == '0')
        {
            var p = char.ToLowerInvariant(s[1]);
            var prefixBase = p switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            if (prefixBase != 0 && (radix == 0 || radix == prefixBase))
            {
                radix = prefixBase;
                s = s[2..];
                prefixed = true;
            }
        }
        if (radix == 0)
        {
            radix = 10;
            // Base 0 reads like a literal: no leading zeros unless the whole number is zero.
            if (s.Length > 1 && s[0] == '0')
            {
                foreach (var c in s) if (c != '0' && c != '_') return null;
            }
        }
        if (s.Length == 0) return null;
        // Only bases that are not powers of two are limited (quadratic to convert), after the text is valid.
        if ((radix & (radix - 1)) != 0 && IntFormatting.MaxStrDigits > 0 && s.Length > IntFormatting.MaxStrDigits)
        {
            var digits = 0;
            foreach (var c in s)
            {
                if (c == '_') continue;
                if (DigitValue(c) is var d && (d < 0 || d >= radix)) return null;
                digits++;
            }
            IntFormatting.CheckParse(digits);
        }
        if (radix == 10 && !prefixed && s.Length > 18 && !s.ContainsAnyExceptInRange('0', '9')) return Decimal(s, negative);
        long small = 0;
        // Past 63 bits the digits go into limbs, a chunk of them at a time: the limbs are
        // multiplied by radix**k and the chunk's value added in one pass (k digits whose scale
        // stays within 32 bits), instead of a new big number per digit.
        ulong[]? limbs = null;
        var length = 0;
        uint chunk = 0, scale = 1;
        var lastUnderscore = !prefixed;
        foreach (var c in s)
        {
            if (c == '_')
            {
                if (lastUnderscore) return null;
                lastUnderscore = true;
                continue;
            }
            lastUnderscore = false;
            var digit = DigitValue(c);
            if (digit < 0 || digit >= radix) return null;
            if (limbs is null)
            {
                if (small <= (long.MaxValue - digit) / radix)
                {
                    small = small * radix + digit;
                    continue;
                }
                // At most log2(radix) rounded up bits a digit, so the limbs never need to grow.
                var bitsPerDigit = 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)radix - 1);
                limbs = Limbs.Allocate((int)((long)s.Length * bitsPerDigit / 64) + 2);
                limbs[0] = (ulong)small;
                length = 1;
            }
            if (scale > uint.MaxValue / (uint)radix)
            {
                length = Limbs.MultiplyAddSmall(limbs, length, scale, chunk);
                chunk = 0;
                scale = 1;
            }
            chunk = chunk * (uint)radix + (uint)digit;
            scale *= (uint)radix;
        }
        if (lastUnderscore) return null;
        if (limbs is null) return PyInt.From(negative ? -small : small);
        if (scale > 1) length = Limbs.MultiplyAddSmall(limbs, length, scale, chunk);
        return PyInt.FromLimbs(limbs, length, negative);
    }

    private const uint Billion = 1_000_000_000;

    /// <summary>
    /// Plain decimal digits (no underscore), more than 18: nine digits at a time straight from
    /// the text, each chunk one pass of the limbs times 10**9, where the general loop paid a
    /// digit lookup and a division per character (a third of int(text)'s time).
    /// </summary>
    private static PyInt Decimal(ReadOnlySpan<char> s, bool negative)
    {
        // 10**9 > 2**29.8, so each nine digits add under 30 bits: the limbs never need to grow.
        var limbs = Limbs.Allocate((int)((long)s.Length * 30 / 9 / 64) + 2);
        var head = s.Length % 9;
        if (head == 0) head = 9;
        limbs[0] = NineDigits(s[..head]);
        var length = limbs[0] != 0 ? 1 : 0;
        for (var i = head; i < s.Length; i += 9)
        {
            length = Limbs.MultiplyAddSmall(limbs, length, Billion, NineDigits(s.Slice(i, 9)));
        }
        return PyInt.FromLimbs(limbs, length, negative);
    }

    private static uint NineDigits(ReadOnlySpan<char> digits)
    {
        uint value = 0;
        foreach (var c in digits) value = value * 10 + (uint)(c - '0');
        return value;
    }

    /// <summary>
    /// The value of 1 to 18 ASCII digits and nothing else (most texts int() reads: no sign, space,
    /// underscore or prefix, no overflow), else -1 for the general parser.
    /// </summary>
    internal static long ShortDecimal(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 18) return -1;
        long value = 0;
        foreach (var c in text)
        {
            var digit = (uint)(c - '0');
            if (digit > 9) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }

    /// <summary>
    /// The text with every non-ASCII decimal digit of CPython's Unicode 14.0 ('٣', '𝟓') as its ASCII
    /// digit and every non-ASCII whitespace character as a space, as CPython reads numbers; any
    /// other non-ASCII character becomes one no parser accepts.
    /// </summary>
    internal static string AsciiDigitsAndSpaces(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) c = char.ConvertToUtf32(text[i], text[i + 1]);
            if (c < 0x80) sb.Append((char)c);
            else if (StrMethods.IsSpace(c)) sb.Append(' ');
            else if (UnicodeFlags.Has(c, CharFlags.Decimal)) sb.Append((char)('0' + (int)char.GetNumericValue(text, i)));
            else sb.Append('?');
            if (c >= 0x10000) i++;
        }
        return sb.ToString();
    }
}
