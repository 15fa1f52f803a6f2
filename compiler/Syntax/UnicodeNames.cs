using System.IO.Compression;
using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Unicode character names for \N{...} escapes, as CPython 3.11's unicodedata.lookup sees them
/// (case-insensitive). The table is decompressed on the first \N escape only.
/// </summary>
internal static class UnicodeNames
{
    private static Dictionary<string, int>? s_table;
    private static readonly object s_lock = new();

    public static int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        int computed = Computed(upper);
        if (computed >= 0)
            return computed;
        return Table().TryGetValue(upper, out int cp) ? cp : -1;
    }

    private static Dictionary<string, int> Table()
    {
        lock (s_lock)
        {
            if (s_table != null)
                return s_table;
            var table = new Dictionary<string, int>(40_000, StringComparer.Ordinal);
            byte[] deflated = Convert.FromBase64String(UnicodeNameData.Deflated);
            using var z = new ZLibStream(new MemoryStream(deflated), CompressionMode.Decompress);
            using var reader = new StreamReader(z, Encoding.ASCII);
            int cp = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                int space = line.IndexOf(' ');
                cp += Convert.ToInt32(line[..space], 16);
                table[line[(space + 1)..]] = cp;
            }
            return s_table = table;
        }
    }

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    // Names unicodedata computes: CJK unified ideographs and Hangul syllables.
    private static int Computed(string name)
    {
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(cjk, StringComparison.Ordinal))
        {
            string hex = name[cjk.Length..];
            if (hex.Length is 4 or 5 && int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out int v)
                && hex == hex.ToUpperInvariant() && IsCjkUnified(v))
                return v;
            return -1;
        }
        const string hangul = "HANGUL SYLLABLE ";
        if (name.StartsWith(hangul, StringComparison.Ordinal))
        {
            string rest = name[hangul.Length..];
            for (int l = 0; l < s_jamoL.Length; l++)
            {
                for (int v = 0; v < s_jamoV.Length; v++)
                {
                    for (int t = 0; t < s_jamoT.Length; t++)
                    {
                        if (rest.Length == s_jamoL[l].Length + s_jamoV[v].Length + s_jamoT[t].Length
                            && rest == s_jamoL[l] + s_jamoV[v] + s_jamoT[t])
                            return 0xAC00 + (l * 21 + v) * 28 + t;
                    }
                }
            }
        }
        return -1;
    }

    private static bool IsCjkUnified(int v) =>
        v is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B738
            or >= 0x2B740 and <= 0x2B81D or >= 0x2B820 and <= 0x2CEA1 or >= 0x2CEB0 and <= 0x2EBE0 or >= 0x30000 and <= 0x3134A;
}
