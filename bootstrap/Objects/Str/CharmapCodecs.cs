using System.Text;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The single-byte code pages (cp1252, cp437, iso8859-15, mac-roman...: CharmapData.g.cs): bytes
/// below 0x80 are ASCII, the others are looked up in the page's table. As CPython's charmap codecs,
/// a byte or character the page does not map is reported as the 'charmap' codec's.
/// </summary>
internal static partial class CharmapCodecs
{
    public const string CodecName = "charmap";
    public const string Undefined = "character maps to <undefined>";
    private const char Unmapped = '\uFFFE';

    // Each page's character -> byte map for encoding, made on first use.
    private static readonly Dictionary<string, Dictionary<char, byte>> s_encodings = [];

    /// <summary>
    /// The page's canonical name (what codecs.lookup(name).name gives) for a name CPython accepts:
    /// lowercased, runs of other characters than letters, digits and '.' read as one '_'.
    /// </summary>
    public static string? Find(string encoding)
    {
        var normalized = new StringBuilder(encoding.Length);
        var separator = false;
        foreach (var c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (separator && normalized.Length > 0) normalized.Append('_');
                normalized.Append(char.ToLowerInvariant(c));
                separator = false;
            }
            else separator = true;
        }
        var name = normalized.ToString();
        return s_names.GetValueOrDefault(name) ?? s_names.GetValueOrDefault(name.Replace('.', '_'));
    }

    public static bool IsPage(string codec) => s_tables.ContainsKey(codec);

    /// <summary>The character byte <paramref name="b"/> stands for, or U+FFFE when the page leaves it undefined.</summary>
    public static char Decode(string page, byte b) => b < 0x80 ? (char)b : s_tables[page][b - 0x80];

    public static bool IsUndefined(char c) => c == Unmapped;

    /// <summary>Whether the page has a byte for code point <paramref name="c"/>; <paramref name="b"/> is it.</summary>
    public static bool TryEncode(string page, int c, out byte b)
    {
        if (c < 0x80)
        {
            b = (byte)c;
            return true;
        }
        b = 0;
        return c <= char.MaxValue && EncodingOf(page).TryGetValue((char)c, out b);
    }

    private static Dictionary<char, byte> EncodingOf(string page)
    {
        lock (s_encodings)
        {
            if (s_encodings.TryGetValue(page, out var map)) return map;
            map = [];
            var table = s_tables[page];
            for (var i = 0; i < table.Length; i++)
            {
                if (table[i] != Unmapped) map.TryAdd(table[i], (byte)(0x80 + i));
            }
            s_encodings[page] = map;
            return map;
        }
    }
}
