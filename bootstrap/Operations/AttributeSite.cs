using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// One <c>o.name</c> in compiled code, with a cache of what the attribute protocol found for the
/// last type seen there (an inline cache). While that type's <see cref="PyType.VersionTag"/> is
/// unchanged, the MRO lookup and the choice of path are reused; the instance's own dict is still
/// read every time, so the result is always what the full protocol would give.
/// </summary>
public sealed class AttributeSite(string name)
{
    public string Name { get; } = name;

    internal PyType? CachedType;
    internal int CachedTag;
    internal AttributePath Path;
    /// <summary>What <c>type.Lookup(Name)</c> returned for <see cref="CachedType"/>.</summary>
    internal PyObject? Found;
    /// <summary>Assigning needs nothing but the instance's own dict (object.__setattr__, no descriptor in the way).</summary>
    internal bool PlainSet;

    /// <summary>Whether the cache describes <paramref name="type"/> as it is now.</summary>
    internal bool Matches(PyType type) => ReferenceEquals(type, CachedType) && type.VersionTag == CachedTag;

    internal void Fill(PyType type)
    {
        var found = type.Lookup(Name);
        Path = Choose(type, found);
        PlainSet = type.IsHeapType && found is not (PyProperty or PySlotDescriptor or PyInstance) && Name != "__class__" &&
            ReferenceEquals(type.Lookup("__setattr__"), InstanceAttributes.ObjectSetAttr);
        Found = found;
        CachedTag = type.VersionTag;
        CachedType = type;
    }

    private AttributePath Choose(PyType type, PyObject? found)
    {
        // A descriptor that is an instance of a class may gain or lose __set__ without this
        // type changing: such attributes always take the full path.
        if (found is PyInstance) return AttributePath.Full;
        if (!type.IsHeapType) return AttributePath.Builtin;
        if (!InstanceAttributes.HasPlainGetAttribute(type)) return AttributePath.Full;
        return found is not null && InstanceAttributes.IsDataDescriptor(found) ? AttributePath.DataDescriptor : AttributePath.Instance;
    }
}

/// <summary>How an attribute site reads the attribute of the type it cached.</summary>
internal enum AttributePath
{
    /// <summary>The whole protocol, every time.</summary>
    Full,
    /// <summary>A builtin object: its own attributes, then the cached type attribute bound to it.</summary>
    Builtin,
    /// <summary>An instance of a class with object's __getattribute__: instance dict, then the cached type attribute.</summary>
    Instance,
    /// <summary>A data descriptor (property, slot) on the class: it wins over the instance dict.</summary>
    DataDescriptor,
}
