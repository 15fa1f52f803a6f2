using System.Text;

namespace PyPack.Runtime.Unicode;

/// <summary>The four Unicode normalization forms.</summary>
public enum NormalForm { Nfc, Nfd, Nfkc, Nfkd }

/// <summary>
/// Unicode normalization (NFC, NFD, NFKC, NFKD) by the tables of CPython 3.11's Unicode 14.0, for
/// unicodedata.normalize and the NFKC of non-ASCII identifiers (PEP 3131). .NET cannot do this
/// itself here: with invariant globalization it returns strings unnormalised. The full
/// decompositions are worked out from decomposition()'s one-step mappings on first use.
/// </summary>
public static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> s_tables = new(Tables.Load);

    public static string Nfkc(string s) => Normalize(s, NormalForm.Nfkc);

    public static string Normalize(string s, NormalForm form)
    {
        if (Ascii.IsValid(s)) return s; // ASCII is its own normal form in all four
        var tables = s_tables.Value;
        var compatibility = form is NormalForm.Nfkc or NormalForm.Nfkd;
        var points = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            // A lone surrogate stays as it is, as in CPython.
            int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
            Decompose(cp, points, compatibility ? tables.Compatibility : tables.Canonical);
        }
        SortCombiningMarks(points);
        if (form is NormalForm.Nfc or NormalForm.Nfkc) Compose(points, tables);
        var sb = new StringBuilder(points.Count);
        foreach (var cp in points)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static void Decompose(int cp, List<int> output, Dictionary<int, int[]> mappings)
    {
        var s = cp - SBase;
        if (s is >= 0 and < SCount)
        {
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
        }
        else if (mappings.TryGetValue(cp, out var mapping)) output.AddRange(mapping);
        else output.Add(cp);
    }

    private static int ClassOf(int cp) => cp < 0x300 ? 0 : UnicodeProperties.Of(cp).Combining;

    /// <summary>Canonical ordering: a stable sort of each run of combining marks by class.</summary>
    private static void SortCombiningMarks(List<int> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var cc = ClassOf(points[i]);
            if (cc == 0) continue;
            for (var j = i; j > 0; j--)
            {
                var before = ClassOf(points[j - 1]);
                if (before <= cc) break;
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }
    }

    /// <summary>Canonical composition: each mark joins the last starter unless a mark of the same or higher class stands between.</summary>
    private static void Compose(List<int> points, Tables tables)
    {
        if (points.Count == 0) return;
        var starterPos = 0;
        var starter = points[0];
        var lastClass = ClassOf(starter) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var cp = points[read];
            var cc = ClassOf(cp);
            var composite = ComposePair(starter, cp, tables);
            if (composite >= 0 && (lastClass < cc || lastClass == 0))
            {
                points[starterPos] = composite;
                starter = composite;
                continue;
            }
            if (cc == 0)
            {
                starterPos = write;
                starter = cp;
            }
            lastClass = cc;
            points[write++] = cp;
        }
        points.RemoveRange(write, points.Count - write);
    }

    private static int ComposePair(int first, int second, Tables tables)
    {
        var l = first - LBase;
        if (l is >= 0 and < LCount)
        {
            var v = second - VBase;
            return v is >= 0 and < VCount ? SBase + (l * VCount + v) * TCount : -1;
        }
        var s = first - SBase;
        if (s is >= 0 and < SCount && s % TCount == 0)
        {
            var t = second - TBase;
            return t is > 0 and < TCount ? first + t : -1;
        }
        return tables.Compositions.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : -1;
    }

    private sealed class Tables
    {
        public Dictionary<int, int[]> Canonical { get; } = [];
        public Dictionary<int, int[]> Compatibility { get; } = [];
        public Dictionary<long, int> Compositions { get; } = [];

        public static Tables Load()
        {
            var t = new Tables();
            var raw = UnicodeProperties.Decompositions;
            foreach (var cp in raw.Keys)
            {
                if (!raw[cp].StartsWith('<')) t.Canonical[cp] = Full(cp, raw, compatibility: false);
                t.Compatibility[cp] = Full(cp, raw, compatibility: true);
            }
            foreach (var line in UnicodeTable.Lines(UnicodeData.Compositions))
            {
                var p = UnicodeTable.CodePoints(line);
                t.Compositions[((long)p[0] << 21) | (uint)p[1]] = p[2];
            }
            return t;
        }

        // A mapping applied again to each code point it yields, until none has one of the kind.
        private static int[] Full(int cp, IReadOnlyDictionary<int, string> raw, bool compatibility)
        {
            var result = new List<int>();
            Expand(cp, raw, compatibility, result);
            return result.ToArray();
        }

        private static void Expand(int cp, IReadOnlyDictionary<int, string> raw, bool compatibility, List<int> into)
        {
            if (!raw.TryGetValue(cp, out var mapping) || (!compatibility && mapping.StartsWith('<')))
            {
                into.Add(cp);
                return;
            }
            var hex = mapping.StartsWith('<') ? mapping[(mapping.IndexOf('>') + 1)..] : mapping;
            foreach (var part in UnicodeTable.CodePoints(hex)) Expand(part, raw, compatibility, into);
        }
    }
}
