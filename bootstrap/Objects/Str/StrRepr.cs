using System.Globalization;
using System.Text;
using PyPack.Runtime.Unicode;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>repr(str)</c>: single quotes unless the text has a single quote and no double quote;
/// backslash escapes for the quote, backslash, \t \n \r and non-printable code points.
/// </summary>
public static class StrRepr
{
    public static string Of(string s) => Of(s.AsSpan());

    /// <summary>
    /// <c>repr(s)</c> as a new str: one object (inline when short) and no surrogate scan unless the
    /// text has a surrogate pair, the only way a repr holds a surrogate (a lone one is escaped).
    /// </summary>
    public static PyStr StrOf(PyStr s)
    {
        var text = s.Chars;
        if (text.Length + 2 <= PyStr.MaxInline)
        {
            var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
            if (!CharRanges.HasNonPrintableAscii(text) && !text.Contains(quote) && !text.Contains('\\'))
            {
                Span<char> quoted = stackalloc char[PyStr.MaxInline];
                quoted[0] = quote;
                text.CopyTo(quoted[1..]);
                quoted[text.Length + 1] = quote;
                return PyStr.Unpaired(quoted[..(text.Length + 2)]);
            }
        }
        var repr = Of(text);
        return s.PiecesUnpaired ? PyStr.Unpaired(repr) : new PyStr(repr);
    }

    /// <summary>The repr of a text read in place (an inline str's characters: no string made of them first).</summary>
    public static string Of(ReadOnlySpan<char> s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        // Printable ASCII without the quote or a backslash (most reprs): the text between quotes as it is.
        if (!CharRanges.HasNonPrintableAscii(s) && !s.Contains(quote) && !s.Contains('\\'))
        {
            return string.Concat([quote], s, [quote]);
        }
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (c < 0x7f && c >= 0x20) { sb.Append(c); continue; }
            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                width = 2;
            }
            if (IsPrintable(cp))
            {
                sb.Append(s.Slice(i, width));
            }
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            i += width - 1;
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>str.isprintable for one code point: not a control, format, surrogate, private, unassigned or separator other than space.</summary>
    public static bool IsPrintable(int codePoint) =>
        codePoint < 0x80 ? codePoint is >= ' ' and < 0x7F : UnicodeFlags.Has(codePoint, CharFlags.Printable);
}
