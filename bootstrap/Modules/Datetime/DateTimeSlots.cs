using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Datetime;

/// <summary>
/// Where datetime.py's datetime class keeps each field (its __slots__ and date's), found once by
/// name through the class's member descriptors, so native code can store a new instance's fields
/// as __new__ does. Null for a class without exactly those members (a changed datetime.py).
/// </summary>
internal sealed class DateTimeSlots
{
    public required int Year, Month, Day, Hour, Minute, Second, Microsecond, Fold, Zone, Hash;

    // The class and version the indexes were read at (a member replaced on the class changes its
    // version): datetime.py makes one datetime class per run. One object, so a thread never sees
    // the indexes of one class paired with another.
    private sealed record Cached(PyType Type, int Version, DateTimeSlots? Slots);
    private static Cached? s_cached;

    public static DateTimeSlots? Of(PyType type)
    {
        if (s_cached is { } c && ReferenceEquals(c.Type, type) && c.Version == type.VersionTag) return c.Slots;
        var slots = Read(type);
        s_cached = new Cached(type, type.VersionTag, slots);
        return slots;
    }

    private static DateTimeSlots? Read(PyType type)
    {
        // Only a class whose instances are exactly these slots: no __dict__, nothing else to set.
        if (type.HasInstanceDict || type.SlotCount != 10) return null;
        int? Index(string name) => type.Lookup(name) is PySlotDescriptor member ? member.Index : null;
        if (Index("_y") is not { } y || Index("_m") is not { } m || Index("_d") is not { } d || Index("_hh") is not { } hh
            || Index("_mi") is not { } mi || Index("_ss") is not { } ss || Index("_us") is not { } us
            || Index("_fold") is not { } fold || Index("_tz") is not { } tz || Index("_h") is not { } h)
        {
            return null;
        }
        return new DateTimeSlots
        {
            Year = y, Month = m, Day = d, Hour = hh, Minute = mi, Second = ss, Microsecond = us, Fold = fold, Zone = tz, Hash = h,
        };
    }
}
