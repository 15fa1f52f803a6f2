using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Int tables built at their final size in one pass, when every key sits in its home slot (its
/// hash masked). CPython builds a set that grows key by key (set(range(...)), a &amp; b, a - b)
/// or is a copy merged with another (a | b) through every intermediate table, each resize
/// reinserting the keys so far; where the keys land depends on that history only through
/// collisions. If the keys' home slots in the final table are all different, each key finds its
/// home free whatever came before it, in any order: the final table is exactly the one of
/// CPython's history, whose size depends only on the counts (no dummies on these paths). So the
/// size is worked out from the counts, each key is placed at its home, and the first key whose
/// home holds another key abandons the attempt for the usual step-by-step way. Dense ints (indexes,
/// ids, ranges below the table size) never collide; random ones collide within a few hundred keys.
/// </summary>
/// <example>
/// <code>
/// set(range(0, 30000, 5))   # 6000 keys: tables of 8, 32, 128, 512, 2048, 8192 slots, then 32768
///                           # here: the 32768-slot table at once, each key at its value's slot
/// </code>
/// </example>
public partial class PySet
{
    /// <summary>
    /// The slot count of a table of <paramref name="size"/> slots holding <paramref name="used"/>
    /// keys and no dummy after <paramref name="added"/> more keys were added one by one (CPython's
    /// growth, <see cref="GrowIfFull"/>, at each).
    /// </summary>
    private static int SizeAfterAdds(int size, long used, long added)
    {
        var total = used + added;
        while (true)
        {
            // The fill at which the next add resizes: the least f with f * 5 >= mask * 3.
            var threshold = ((long)(size - 1) * 3 + 4) / 5;
            if (threshold <= used) threshold = used + 1; // a resize is checked only after an add
            if (total < threshold) return size;
            used = threshold;
            size = TableSize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /// <summary>
    /// Puts the narrow key of <paramref name="value"/> in its home slot of
    /// <paramref name="slots"/>: true when it is there now (or already was), false when another
    /// key holds that slot.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool PlaceAtHome(Span<int> slots, long value, ref int placed)
    {
        var slot = (int)value ^ NarrowFlip;
        ref var s = ref slots[(int)((ulong)IntHash.Of(value) & (ulong)(slots.Length - 1))];
        if (s == 0)
        {
            s = slot;
            placed++;
            return true;
        }
        return s == slot;
    }

    /// <summary>A new set whose narrow table <paramref name="table"/> holds <paramref name="count"/> keys and no dummy.</summary>
    private PySet(bool frozen, long[] table, int count)
    {
        Frozen = frozen;
        _keys = s_noKeys;
        _hashes = table;
        _narrow = true;
        _fill = _used = count;
    }

    /// <summary>
    /// <see cref="UpdateWith"/> of a range into this empty narrow set, at home (see the class
    /// remarks): false, the set untouched, when the range's ints do not fit a narrow table or two
    /// share a home slot.
    /// </summary>
    private bool TryRangeAtHome(long start, long step, long count)
    {
        // Beyond 2**26 keys the tables are the memory's problem, not this path's.
        if (!IntMode || !_narrow || _fill != 0 || count < MinSize || count > 1 << 26) return false;
        var last = start + (count - 1) * step; // a small range's last item fits a long
        if (!FitsNarrow(start) || !FitsNarrow(last)) return false;
        var table = NewNarrowTable(SizeAfterAdds(SlotCount, 0, count));
        var slots = NarrowView(table);
        var placed = 0;
        var value = start;
        for (var i = count; i > 0; i--, value += step)
        {
            if (!PlaceAtHome(slots, value, ref placed))
            {
                ReleaseHashes(table);
                return false;
            }
        }
        ReleaseHashes(_hashes);
        DropPacking();
        _hashes = table;
        _fill = _used = placed;
        return true;
    }

    /// <summary>
    /// <c>a | b</c> of two narrow int sets, both non-empty, at home (see the class remarks): the
    /// table Copy then Merge would end with (Copy's presized one, resized by Merge when both
    /// together pass two thirds of it), or null when two keys share a home slot there.
    /// </summary>
    private PySet? UnionAtHome(PySet other)
    {
        if (!IntMode || !_narrow || !other.IntMode || !other._narrow || _used == 0 || other._used == 0) return null;
        var size = PresizedFor(_used);
        long both = _used + (long)other._used;
        if (both * 5 >= (long)(size - 1) * 3) size = TableSize(both * 2);
        var table = NewNarrowTable(size);
        var slots = NarrowView(table);
        var placed = 0;
        if (PlaceKeysAtHome(slots, ref placed) && other.PlaceKeysAtHome(slots, ref placed)) return new PySet(Frozen, table, placed);
        ReleaseHashes(table);
        return null;
    }

    /// <summary>Places this narrow set's keys at home in <paramref name="slots"/>: false at the first whose home holds another key.</summary>
    private bool PlaceKeysAtHome(Span<int> slots, ref int placed)
    {
        using var keys = NarrowKeys();
        foreach (var slot in keys.Slots)
        {
            if (!PlaceAtHome(slots, NarrowValue(slot), ref placed)) return false;
        }
        return true;
    }

    /// <summary>
    /// A new set of <paramref name="frozen"/>'s kind holding the narrow ints
    /// <paramref name="values"/> (distinct, in the order CPython adds them one by one to a new
    /// set): at home when they allow it (see the class remarks), else added in that order.
    /// </summary>
    private static PySet FromAddedNarrow(bool frozen, ReadOnlySpan<long> values)
    {
        if (values.Length >= MinSize)
        {
            var table = NewNarrowTable(SizeAfterAdds(MinSize, 0, values.Length));
            var slots = NarrowView(table);
            var placed = 0;
            var home = true;
            foreach (var v in values)
            {
                if (!PlaceAtHome(slots, v, ref placed))
                {
                    home = false;
                    break;
                }
            }
            if (home) return new PySet(frozen, table, placed);
            ReleaseHashes(table);
        }
        var result = new PySet(frozen);
        foreach (var v in values) result.AddNarrow(v);
        return result;
    }

    /// <summary>
    /// The keys of the narrow int set <paramref name="source"/> that <paramref name="other"/>
    /// (an int set) holds, or lacks when <paramref name="keepFound"/> is false, in
    /// <paramref name="source"/>'s order, as a new set (set_intersection's and set_difference's
    /// loops, which add each such key to a new set).
    /// </summary>
    private static PySet FilterNarrow(bool frozen, PySet source, PySet other, bool keepFound)
    {
        using var keys = source.NarrowKeys();
        var buffer = ArrayPool<long>.Shared.Rent(keys.Slots.Length);
        try
        {
            var n = 0;
            foreach (var slot in keys.Slots)
            {
                var v = NarrowValue(slot);
                if (other.FindInt(v) >= 0 == keepFound) buffer[n++] = v;
            }
            return FromAddedNarrow(frozen, buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<long>.Shared.Return(buffer);
        }
    }
}
