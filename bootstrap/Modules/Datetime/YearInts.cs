using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// The int objects of the years the native datetime code stores: one per year, reused, where each
/// date or datetime made its own (years are past the small-int cache, and a program holding many
/// dates of a few years kept one more object alive per date for the collector to copy). CPython's
/// C datetime makes a new int at each read of .year: only `is` between two years (never reliable
/// for ints past 256) tells the sharing apart.
/// </summary>
internal static class YearInts
{
    // Direct-mapped by the year's low bits: a program's dates mostly fall in a few years.
    private static readonly PyInt?[] s_recent = new PyInt?[64];

    public static PyInt Of(long year)
    {
        ref var held = ref s_recent[year & 63];
        if (held is { } known && known.Small == year) return known;
        var made = PyInt.From(year);
        held = made;
        return made;
    }
}
