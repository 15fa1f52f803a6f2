namespace PyPack.Runtime.Unicode;

/// <summary>
/// Character names as CPython 3.11's unicodedata knows them: name() of a code point, and lookup()
/// of a name, an alias or (for lookup() only, not \N{...}) a named sequence. Names from the table
/// match case-insensitively; the computed CJK and Hangul names only in capitals, as in CPython.
/// The tables are decompressed on first use.
/// </summary>
public static class UnicodeNames
{
    private static readonly Lazy<Tables> s_tables = new(Tables.Load);

    /// <summary>The text a name stands for, or null; named sequences only when <paramref name="sequences"/>.</summary>
    public static string? Lookup(string name, bool sequences)
    {
        var computed = Computed(name);
        if (computed >= 0) return char.ConvertFromUtf32(computed);
        var upper = name.ToUpperInvariant();
        var t = s_tables.Value;
        if (t.ByName.TryGetValue(upper, out var cp)) return char.ConvertFromUtf32(cp);
        if (t.Aliases.TryGetValue(upper, out var alias)) return alias;
        return sequences && t.Sequences.TryGetValue(upper, out var sequence) ? sequence : null;
    }

    /// <summary>The name of a code point, or null when it has none.</summary>
    public static string? NameOf(int cp)
    {
        if (IsCjkUnified(cp)) return $"CJK UNIFIED IDEOGRAPH-{cp:X}";
        var s = cp - 0xAC00;
        if (s is >= 0 and < 11172) return "HANGUL SYLLABLE " + s_jamoL[s / 588] + s_jamoV[s % 588 / 28] + s_jamoT[s % 28];
        return s_tables.Value.ByCode.TryGetValue(cp, out var name) ? name : null;
    }

    private sealed class Tables
    {
        public Dictionary<string, int> ByName { get; } = new(40_000, StringComparer.Ordinal);
        public Dictionary<int, string> ByCode { get; } = new(40_000);
        public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Sequences { get; } = new(StringComparer.Ordinal);

        public static Tables Load()
        {
            var t = new Tables();
            var cp = 0;
            foreach (var line in UnicodeTable.Lines(UnicodeData.Names))
            {
                var name = UnicodeTable.Advance(line, ref cp);
                t.ByName[name] = cp;
                t.ByCode[cp] = name;
            }
            Read(UnicodeData.Aliases, t.Aliases);
            Read(UnicodeData.NamedSequences, t.Sequences);
            return t;
        }

        private static void Read(string table, Dictionary<string, string> into)
        {
            foreach (var line in UnicodeTable.Lines(table))
            {
                var semi = line.IndexOf(';');
                into[line[..semi]] = UnicodeTable.Text(UnicodeTable.CodePoints(line[(semi + 1)..]));
            }
        }
    }

    private static readonly string[] s_jamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] s_jamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] s_jamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    // The names unicodedata computes: CJK unified ideographs and Hangul syllables, capitals only.
    private static int Computed(string name)
    {
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (name.StartsWith(cjk, StringComparison.Ordinal))
        {
            var hex = name[cjk.Length..];
            return hex.Length is 4 or 5 && !hex.AsSpan().ContainsAnyExcept(UpperHexDigits)
                && IsCjkUnified(Convert.ToInt32(hex, 16)) ? Convert.ToInt32(hex, 16) : -1;
        }
        const string hangul = "HANGUL SYLLABLE ";
        if (!name.StartsWith(hangul, StringComparison.Ordinal)) return -1;
        var rest = name.AsSpan(hangul.Length);
        for (var l = 0; l < s_jamoL.Length; l++)
        {
            if (!rest.StartsWith(s_jamoL[l])) continue;
            var afterL = rest[s_jamoL[l].Length..];
            for (var v = 0; v < s_jamoV.Length; v++)
            {
                if (!afterL.StartsWith(s_jamoV[v])) continue;
                var afterV = afterL[s_jamoV[v].Length..];
                for (var t = 0; t < s_jamoT.Length; t++)
                {
                    if (afterV.SequenceEqual(s_jamoT[t])) return 0xAC00 + (l * 21 + v) * 28 + t;
                }
            }
        }
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> UpperHexDigits = System.Buffers.SearchValues.Create("0123456789ABCDEF");

    private static bool IsCjkUnified(int v) =>
        v is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B738
            or >= 0x2B740 and <= 0x2B81D or >= 0x2B820 and <= 0x2CEA1 or >= 0x2CEB0 and <= 0x2EBE0 or >= 0x30000 and <= 0x3134A;
}
