using System.IO.Compression;
using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Unicode NFKC, as CPython applies it to non-ASCII identifiers (PEP 3131), from tables of
/// CPython 3.11's Unicode 14.0 (NormalizationData.g.cs). .NET cannot do this itself here: with
/// invariant globalization it returns strings unnormalised. The tables load on first use, which
/// only a non-ASCII identifier causes.
/// </summary>
internal static class UnicodeNormalizer
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> s_tables = new(Tables.Load);

    public static string Nfkc(string s)
    {
        var tables = s_tables.Value;
        var points = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes()) Decompose(rune.Value, points, tables);
        SortCombiningMarks(points, tables);
        Compose(points, tables);
        var sb = new StringBuilder(points.Count);
        foreach (var cp in points) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static void Decompose(int cp, List<int> output, Tables tables)
    {
        var s = cp - SBase;
        if (s is >= 0 and < SCount)
        {
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
        }
        else if (tables.Decompositions.TryGetValue(cp, out var mapping)) output.AddRange(mapping);
        else output.Add(cp);
    }

    /// <summary>Canonical ordering: a stable sort of each run of combining marks by class.</summary>
    private static void SortCombiningMarks(List<int> points, Tables tables)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var cc = tables.ClassOf(points[i]);
            if (cc == 0) continue;
            for (var j = i; j > 0; j--)
            {
                var before = tables.ClassOf(points[j - 1]);
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
        var lastClass = tables.ClassOf(starter) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var cp = points[read];
            var cc = tables.ClassOf(cp);
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
        public Dictionary<int, int[]> Decompositions { get; } = [];
        public Dictionary<int, byte> CombiningClasses { get; } = [];
        public Dictionary<long, int> Compositions { get; } = [];

        public int ClassOf(int cp) => CombiningClasses.TryGetValue(cp, out var c) ? c : 0;

        public static Tables Load()
        {
            var t = new Tables();
            var cp = 0;
            foreach (var line in Lines(NormalizationData.Decompositions))
            {
                var parts = line.Split(' ');
                cp += Convert.ToInt32(parts[0], 16);
                t.Decompositions[cp] = parts[1..].Select(p => Convert.ToInt32(p, 16)).ToArray();
            }
            cp = 0;
            foreach (var line in Lines(NormalizationData.CombiningClasses))
            {
                var parts = line.Split(' ');
                cp += Convert.ToInt32(parts[0], 16);
                t.CombiningClasses[cp] = byte.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            foreach (var line in Lines(NormalizationData.Compositions))
            {
                var parts = line.Split(' ');
                var first = Convert.ToInt32(parts[0], 16);
                var second = Convert.ToInt32(parts[1], 16);
                t.Compositions[((long)first << 21) | (uint)second] = Convert.ToInt32(parts[2], 16);
            }
            return t;
        }

        private static IEnumerable<string> Lines(string deflated)
        {
            using var z = new ZLibStream(new MemoryStream(Convert.FromBase64String(deflated)), CompressionMode.Decompress);
            using var reader = new StreamReader(z, Encoding.ASCII);
            while (reader.ReadLine() is { } line) yield return line;
        }
    }
}
