using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// Where one of datetime.py's classes (timedelta, date) keeps its fields: the indexes of named
/// __slots__ members, found once through the class's member descriptors and read again when the
/// class changes (its version). Null for a class without exactly those slots.
/// </summary>
internal sealed class FieldSlots(params string[] names)
{
    public static readonly FieldSlots Timedelta = new("_total", "_d", "_s", "_u", "_h");
    public static readonly FieldSlots Date = new("_y", "_m", "_d", "_h");

    // One object, so a thread never sees the indexes of one class paired with another.
    private sealed record Cached(PyType Type, int Version, int[]? Indexes);
    private Cached? _cached;

    /// <summary>The slot index of each name, in the order given, for <paramref name="type"/>.</summary>
    public int[]? Of(PyType type)
    {
        if (_cached is { } c && ReferenceEquals(c.Type, type) && c.Version == type.VersionTag) return c.Indexes;
        var indexes = Read(type);
        _cached = new Cached(type, type.VersionTag, indexes);
        return indexes;
    }

    private int[]? Read(PyType type)
    {
        // Only a class whose instances are exactly these slots: no __dict__, nothing else to set.
        if (type.HasInstanceDict || type.SlotCount != names.Length) return null;
        var indexes = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (type.Lookup(names[i]) is not PySlotDescriptor member) return null;
            indexes[i] = member.Index;
        }
        return indexes;
    }
}
