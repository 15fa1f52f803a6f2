using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Attribute sites for names that arrive as values (<c>getattr(o, name)</c>, <c>setattr</c>,
/// <c>hasattr</c>): one shared site per name, so those calls reuse the per-type caches that
/// <c>o.name</c> in compiled code has. A small direct-mapped table keyed by the str's cached hash;
/// a collision only replaces the older name's site (its caches are rebuilt on next use).
/// </summary>
public static class NamedAttributeSites
{
    private const int Size = 256;

    private static readonly AttributeSite?[] s_sites = new AttributeSite?[Size];

    /// <summary>The shared site of <paramref name="name"/>.</summary>
    public static AttributeSite For(PyStr name)
    {
        // A str subclass may hash itself in Python: its text picks the entry instead.
        var hash = PyStr.IsExact(name) ? name.Hash() : name.Value.GetHashCode();
        ref var slot = ref s_sites[(int)(hash & (Size - 1))];
        var site = slot;
        // Compared by characters: an inline name (a str built at run time) makes no string for a hit.
        if (site is not null && site.Name.AsSpan().SequenceEqual(name.Chars)) return site;
        return slot = new AttributeSite(name.Value);
    }
}
