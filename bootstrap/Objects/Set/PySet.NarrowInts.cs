using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Narrow int mode: an int-mode table (see PySet.Ints.cs) whose ints all lie strictly between
/// int.MinValue and int.MaxValue keeps each slot in 32 bits, two to a long of the hash array: a
/// quarter of CPython's 16-byte entry. Most int sets (indexes, ids, coordinates, counters) fit, and
/// their tables are then half the memory to clear, fill and walk: set_algebra's 65536-slot result
/// of <c>a ^ b</c> is 256 KB, not a 512 KB array on the large-object heap each time. Slots sit
/// where the wide table has them, so widening (the first int that does not fit, or any rare path
/// written for the wide form only) copies slot for slot and the order stays CPython's.
/// </summary>
public partial class PySet
{
    // A narrow slot holds value ^ NarrowFlip: unused (0) and deleted (-1) encode int.MinValue and
    // int.MaxValue, which a narrow table never holds.
    private const int NarrowFlip = int.MinValue;

    /// <summary>Whether the int-mode table holds its slots in 32 bits (never true in the general mode).</summary>
    private bool _narrow;

    /// <summary>The table's number of slots, in either width.</summary>
    private int SlotCount => _narrow ? _hashes.Length << 1 : _hashes.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // NativeAOT left it a call in FindInt, the lookup of every `n in s`
    private static bool FitsNarrow(long value) => value > int.MinValue && value < int.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNarrowKey(int slot) => slot != 0 && slot != -1;

    /// <summary>A narrow table's slots (the hash array seen as ints).</summary>
    private static Span<int> NarrowView(long[] table) => MemoryMarshal.Cast<long, int>(table.AsSpan());

    /// <summary>An empty narrow table of <paramref name="slots"/> slots (at least <see cref="MinSize"/>).</summary>
    private static long[] NewNarrowTable(int slots) => NewHashes(slots >> 1);

    /// <summary>
    /// Whether dummies are at least as many as keys: probe runs are then long and a run read at once
    /// wins (nqueens' add/remove churn); with fewer, the first slot or two settle a probe and the
    /// slot-by-slot loop is cheaper (a ^ b's result was 7% slower probed by runs).
    /// </summary>
    private bool ManyDummies => _fill - _used >= _used;

    /// <summary><see cref="FindInt"/> in a narrow table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into FindInt/AddUnboxed: narrow is the common width
    private int FindNarrow(long value)
    {
        if (!FitsNarrow(value)) return -1;
        var table = _hashes;
        ref var slots = ref Unsafe.As<long, int>(ref MemoryMarshal.GetArrayDataReference(table));
        var mask = (table.Length << 1) - 1;
        var hash = IntHash.Of(value);
        var slot = (int)value ^ NarrowFlip;
        // A run at a time where dummies make runs long (see PySet.NarrowProbes.cs), else slot by slot.
        return ManyDummies ? ProbeFindNarrow(ref slots, mask, hash, slot) : ProbeFind(ref slots, mask, hash, slot);
    }

    /// <summary><see cref="AddUnboxed"/> into a narrow table of an int that fits it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into FindInt/AddUnboxed: narrow is the common width
    private bool AddNarrow(long value)
    {
        var slot = (int)value ^ NarrowFlip;
        var table = _hashes;
        ref var slots = ref Unsafe.As<long, int>(ref MemoryMarshal.GetArrayDataReference(table));
        // A run at a time where dummies make runs long (adds after removes); slot by slot in a table
        // with few of them (a set being built), where the first slots settle most probes.
        var mask = (table.Length << 1) - 1;
        var hash = IntHash.Of(value);
        var j = ManyDummies ? ProbeForAddNarrow(ref slots, mask, hash, slot, out var empty) : ProbeForAdd(ref slots, mask, hash, slot, out empty);
        if (j < 0) return false;
        Unsafe.Add(ref slots, j) = slot;
        Added(empty);
        return true;
    }

    /// <summary>CPython's set_insert_clean of a narrow slot value into a narrow table without dummies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void InsertCleanNarrow(long[] table, int slot)
    {
        ref var slots = ref Unsafe.As<long, int>(ref MemoryMarshal.GetArrayDataReference(table));
        ProbeInsertClean(ref slots, (table.Length << 1) - 1, IntHash.Of(slot ^ NarrowFlip), slot);
    }

    /// <summary>Inserts the int <paramref name="value"/> of a set of the same width into this int-mode table, which cannot hold it and has no dummies.</summary>
    private void InsertCleanInt(long value)
    {
        if (_narrow) InsertCleanNarrow(_hashes, (int)value ^ NarrowFlip);
        else InsertCleanUnboxed(_hashes, value ^ IntFlip);
    }

    /// <summary><see cref="ResizeInts"/> of a narrow table: it stays narrow (every key fits).</summary>
    private void ResizeNarrow(int size)
    {
        var old = _hashes;
        var table = NewNarrowTable(size);
        foreach (var s in NarrowView(old))
        {
            if (IsNarrowKey(s)) InsertCleanNarrow(table, s);
        }
        _hashes = table;
        _fill = _used;
        ReleaseHashes(old);
        DropPacking();
    }

    /// <summary>The wide int-mode table of the same slots (see the class remarks).</summary>
    private void Widen()
    {
        var old = _hashes;
        var narrow = NarrowView(old);
        var wide = NewHashes(narrow.Length);
        for (var i = 0; i < narrow.Length && i < wide.Length; i++)
        {
            var s = narrow[i];
            wide[i] = IsNarrowKey(s) ? (long)(s ^ NarrowFlip) ^ IntFlip : s;
        }
        _hashes = wide;
        _narrow = false;
        ReleaseHashes(old);
        DropPacking();
    }

    /// <summary>An empty int-mode set takes the width of the set it is about to copy (no key, no dummy: no one can tell).</summary>
    private void TakeWidthWhileEmpty(bool narrow)
    {
        if (_fill != 0 || !IntMode || narrow == _narrow) return;
        if (!narrow)
        {
            Widen();
            return;
        }
        var old = _hashes;
        _hashes = NewNarrowTable(old.Length);
        _narrow = true;
        ReleaseHashes(old);
        DropPacking();
    }

    /// <summary>Marks int-mode slot <paramref name="j"/> deleted.</summary>
    private void DeleteIntSlot(int j)
    {
        DropPacking();
        if (_narrow) NarrowView(_hashes)[j] = -1;
        else _hashes[j] = -1;
    }

    /// <summary>pop() of an int-mode table: the first key at or after the finger, in either width.</summary>
    private long PopInt()
    {
        DropPacking();
        int i;
        long value;
        if (_narrow)
        {
            var slots = NarrowView(_hashes);
            i = _finger & (slots.Length - 1);
            while (!IsNarrowKey(slots[i])) i = (i + 1) & (slots.Length - 1);
            value = slots[i] ^ NarrowFlip;
            slots[i] = -1;
        }
        else
        {
            var hashes = _hashes;
            i = _finger & (hashes.Length - 1);
            while (!IsUnboxedKey(hashes[i])) i = (i + 1) & (hashes.Length - 1);
            value = hashes[i] ^ IntFlip;
            hashes[i] = -1;
        }
        _used--;
        _finger = i + 1;
        return value;
    }
}
