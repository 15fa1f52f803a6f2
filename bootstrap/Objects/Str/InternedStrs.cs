using System.Collections.Concurrent;

namespace PyPack.Runtime.Objects;

/// <summary>
/// One str object per text for the strs CPython interns: identifier-like constants of compiled
/// code and the attribute names instances are given. Identity shows where a pickle's memo writes
/// such a str once for every place that holds it (a name shared by two classes' instances, or
/// by an instance and a dict literal's key).
/// </summary>
public static class InternedStrs
{
    private static readonly ConcurrentDictionary<string, PyStr> s_strs = new(StringComparer.Ordinal);

    /// <summary>The interned str of <paramref name="text"/>.</summary>
    public static PyStr Of(string text) => text.Length switch
    {
        0 => PyStr.Empty,
        1 when text[0] < 256 => StrCache.OfChar(text[0]),
        _ => s_strs.TryGetValue(text, out var found) ? found : s_strs.GetOrAdd(text, static t => new PyStr(t)),
    };
}
