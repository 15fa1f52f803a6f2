using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The str objects of keyword names that become dict keys (<c>**kwargs</c>, <c>dict(a=1)</c>). A
/// call site passes the same name strings every call, and <c>f(**kw)</c> passes the strings of the
/// keys it was given, so each name's str, and the SipHash it caches, is made once instead of per
/// call; CPython's kwargs dicts likewise hold the code's interned names.
/// </summary>
internal static class KeywordNames
{
    // Keyed by the string's identity (never its text), so a hit is always the same name; a slot
    // another name took is simply replaced. Entries are immutable: a racing thread sees a whole one.
    private sealed class Entry(string name, PyStr str)
    {
        public readonly string Name = name;
        public readonly PyStr Str = str;
    }

    private static readonly Entry?[] s_entries = new Entry?[256];

    public static PyStr Of(string name)
    {
        var slot = RuntimeHelpers.GetHashCode(name) & (s_entries.Length - 1);
        var entry = s_entries[slot];
        if (entry is not null && ReferenceEquals(entry.Name, name)) return entry.Str;
        var str = new PyStr(name);
        s_entries[slot] = new Entry(name, str);
        return str;
    }
}
