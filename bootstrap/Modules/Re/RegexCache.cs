using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// re's cache of compiled patterns for the common key, a str pattern (exact type) and int flags,
/// kept natively so that <c>re.search(p, s)</c> costs one dictionary probe and no key tuple, and
/// search/match/fullmatch can run from here without the Python frames of re.search, _compile and
/// Pattern.search. Other keys (bytes, str subclasses, non-int flags) stay in re.py's <c>_cache</c>.
/// Like CPython's cache it holds at most 512 patterns and drops the oldest when full.
/// </summary>
internal static class RegexCache
{
    private const int Capacity = 512;

    private static readonly Dictionary<(string Pattern, long Flags), RegexEngine> s_entries = [];
    private static readonly Queue<(string Pattern, long Flags)> s_order = new();

    /// <summary>The cache key of a str pattern and int flags (a bool counts as its int, as in CPython's tuple key).</summary>
    private static bool TryKey(PyObject pattern, PyObject flags, out (string, long) key)
    {
        if (pattern is PyStr s && ReferenceEquals(s.Type, PyStr.TypeObject) && flags is PyInt { IsSmall: true } f)
        {
            key = (s.Value, f.Small);
            return true;
        }
        key = default;
        return false;
    }

    // Recent hits by the pattern object's identity: a call in a loop passes the same str constant
    // each time, found again without hashing (or, for a short str held inline, first copying) its
    // text. Direct-mapped by the object's identity hash; each entry is one object, replaced whole,
    // so a thread never reads one hit's pattern with another's engine.
    private sealed class Hit(PyStr pattern, long flags, RegexEngine engine)
    {
        public readonly PyStr Pattern = pattern;
        public readonly long Flags = flags;
        public readonly RegexEngine Engine = engine;
    }

    private const int HitSlots = 64;
    private static readonly Hit?[] s_hits = new Hit?[HitSlots];

    /// <summary>The engine of the cached Pattern for this key, or null.</summary>
    public static RegexEngine? Get(PyObject pattern, PyObject flags)
    {
        var slot = RuntimeHelpers.GetHashCode(pattern) & (HitSlots - 1);
        if (s_hits[slot] is { } hit && ReferenceEquals(pattern, hit.Pattern) && flags is PyInt { IsSmall: true } f && f.Small == hit.Flags) return hit.Engine;
        if (!TryKey(pattern, flags, out var key) || !s_entries.TryGetValue(key, out var engine)) return null;
        s_hits[slot] = new Hit((PyStr)pattern, key.Item2, engine);
        return engine;
    }

    /// <summary>Caches a Pattern under its key; false when the key is not one this cache holds (re.py keeps it).</summary>
    public static bool Put(PyObject pattern, PyObject flags, RegexEngine engine)
    {
        if (!TryKey(pattern, flags, out var key)) return false;
        if (s_entries.ContainsKey(key)) return true;
        if (s_entries.Count >= Capacity)
        {
            var dropped = s_order.Dequeue();
            s_entries.Remove(dropped);
            // The dropped pattern may be among the recent hits: they are all forgotten.
            Array.Clear(s_hits);
        }
        s_entries[key] = engine;
        s_order.Enqueue(key);
        return true;
    }

    public static void Clear()
    {
        s_entries.Clear();
        s_order.Clear();
        Array.Clear(s_hits);
    }
}
