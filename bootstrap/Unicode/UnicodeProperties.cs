using System.Globalization;

namespace PyPack.Runtime.Unicode;

/// <summary>The per-character properties of one code point, as CPython 3.11's unicodedata gives them.</summary>
public sealed record CharProperties(string Category, string Bidirectional, string EastAsianWidth, bool Mirrored, int Combining);

/// <summary>The numeric values of a character; null where unicodedata has none.</summary>
public readonly record struct NumericValue(int? Decimal, int? Digit, double Numeric);

/// <summary>
/// Lookups in the Unicode 14.0 character database (UnicodeData.g.cs): properties by binary search
/// over runs of code points that share them, numeric values and decompositions by table.
/// Each table is decompressed on first use.
/// </summary>
public static class UnicodeProperties
{
    private static readonly Lazy<(int[] Starts, CharProperties[] Records)> s_runs = new(LoadRuns);
    private static readonly Lazy<Dictionary<int, NumericValue>> s_numerics = new(LoadNumerics);
    private static readonly Lazy<Dictionary<int, string>> s_decompositions = new(LoadDecompositions);

    public static string UnicodeVersion => UnicodeData.Version;

    public static CharProperties Of(int cp)
    {
        var (starts, records) = s_runs.Value;
        var i = Array.BinarySearch(starts, cp);
        return records[i >= 0 ? i : ~i - 1];
    }

    public static NumericValue? NumericOf(int cp) => s_numerics.Value.TryGetValue(cp, out var v) ? v : null;

    /// <summary>decomposition()'s text: "" or hex code points, after a "&lt;tag&gt;" for compatibility ones.</summary>
    public static string DecompositionOf(int cp) => s_decompositions.Value.TryGetValue(cp, out var d) ? d : "";

    internal static IReadOnlyDictionary<int, string> Decompositions => s_decompositions.Value;

    private static (int[], CharProperties[]) LoadRuns()
    {
        var records = new List<CharProperties>(256);
        foreach (var line in UnicodeTable.Lines(UnicodeData.Records))
        {
            var f = line.Split(' ');
            records.Add(new CharProperties(f[0], f[1] == "-" ? "" : f[1], f[2], f[3] == "1", int.Parse(f[4], CultureInfo.InvariantCulture)));
        }
        var starts = new List<int>(5000);
        var byRun = new List<CharProperties>(5000);
        var cp = 0;
        foreach (var line in UnicodeTable.Lines(UnicodeData.Properties))
        {
            var index = UnicodeTable.Advance(line, ref cp);
            starts.Add(cp);
            byRun.Add(records[int.Parse(index, CultureInfo.InvariantCulture)]);
        }
        return (starts.ToArray(), byRun.ToArray());
    }

    private static Dictionary<int, NumericValue> LoadNumerics()
    {
        var table = new Dictionary<int, NumericValue>(2000);
        var cp = 0;
        foreach (var line in UnicodeTable.Lines(UnicodeData.Numerics))
        {
            var f = UnicodeTable.Advance(line, ref cp).Split(' ');
            table[cp] = new NumericValue(Optional(f[0]), Optional(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture));
        }
        return table;

        static int? Optional(string s) => s == "-" ? null : int.Parse(s, CultureInfo.InvariantCulture);
    }

    private static Dictionary<int, string> LoadDecompositions()
    {
        var table = new Dictionary<int, string>(6000);
        var cp = 0;
        foreach (var line in UnicodeTable.Lines(UnicodeData.Decompositions))
        {
            var mapping = UnicodeTable.Advance(line, ref cp);
            table[cp] = mapping;
        }
        return table;
    }
}
