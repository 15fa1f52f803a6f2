using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

public partial class PyDict
{
    /// <summary>
    /// Puts <paramref name="key"/>'s entry first in the order (<c>OrderedDict.move_to_end(key, last=False)</c>),
    /// false when the key is absent. No key's <c>__hash__</c> or <c>__eq__</c> runs but the one
    /// lookup's: entries keep their stored hashes. CPython's OrderedDict relinks a node; here the
    /// entry goes into room left free before the first entry, so a run of such moves is O(1) each
    /// (rewriting every entry behind the moved one made an LRU that refreshes at the front quadratic).
    /// When the room is used up, or the hint is of another entry array, the entries are laid out
    /// again behind room for as many moves as there are entries.
    /// </summary>
    public bool MoveToFront(PyObject key, ref FirstEntryHint hint)
    {
        if (_used == 0) return false;
        // Entries before a hint's Index are deleted: the first live one is found without a walk
        // over the room of earlier moves.
        var hinted = ReferenceEquals(hint.Entries, _entries);
        var first = hinted ? hint.Index : 0;
        while (_entries[first].Key is null) first++;
        if (hinted) hint.Index = first;
        // As CPython's: the first key itself (by identity) needs no hash; a key already first stays
        // (an iterator of the OrderedDict sees no change).
        if (ReferenceEquals(_entries[first].Key, key)) return true;
        var hash = Hashing.Hash(key);
        var ix = Find(key, hash, out var slot);
        if (ix < 0) return false;
        if (ix == first) return true;
        var storedHash = HashAt(ix);
        if (ReferenceEquals(hint.Entries, _entries) && hint.Free > 0 && _indices is not null)
        {
            var at = --hint.Free;
            _entries[at] = _entries[ix];
            _hashes![at] = storedHash;
            _indices[slot] = at;
            _entries[ix] = default;
            if (hint.Index > at) hint.Index = at;
            return true;
        }
        var room = Math.Max(_used, MinSize);
        var size = MinSize;
        while (size * 2 / 3 < room + 2 * _used) size <<= 1;
        var entries = new Entry[size * 2 / 3];
        var hashes = new long[entries.Length];
        var indices = NewIndices(size);
        var n = room;
        entries[n] = _entries[ix];
        hashes[n] = storedHash;
        indices[FindFreeSlot(indices, storedHash)] = n++;
        for (var pos = 0; NextEntry(ref pos, out var k, out var v);)
        {
            if (pos - 1 == ix) continue;
            var h = hashes[n] = HashAt(pos - 1);
            entries[n] = new Entry { Key = k, Value = v };
            indices[FindFreeSlot(indices, h)] = n++;
        }
        _entries = entries;
        _hashes = hashes;
        _indices = indices;
        _next = _spent = n;
        // Entry positions moved: no guess of the last lookup's entry stands (ImpureKeys stays).
        if (_found > 0) _found = 0;
        hint.Entries = entries;
        hint.Index = hint.Free = room;
        return true;
    }

    /// <summary>
    /// Puts <paramref name="key"/>'s entry last in the order (<c>OrderedDict.move_to_end(key)</c>),
    /// false when the key is absent: one hash and one lookup, as CPython's (no other key's
    /// <c>__eq__</c> runs to find a place for it again), the entry's old place left deleted.
    /// </summary>
    public bool MoveToEnd(PyObject key)
    {
        if (_used == 0) return false;
        // Deleted entries at the end are given back, as popitem() gives them (each is passed once,
        // not at every move: moves to the front leave them behind).
        var last = _next - 1;
        while (_entries[last].Key is null) last--;
        _next = last + 1;
        // As CPython's: the last key itself (by identity) needs no hash; a key already last stays.
        if (ReferenceEquals(_entries[last].Key, key)) return true;
        var hash = Hashing.Hash(key);
        var ix = Find(key, hash, out var slot);
        if (ix < 0) return false;
        if (ix == last) return true;
        if (_indices is null) slot = SlotOf(BuildIndices(), hash, ix);
        var entry = _entries[ix];
        _indices![slot] = Dummy;
        _entries[ix] = default;
        _used--;
        Append(entry.Key!, hash, entry.Value);
        return true;
    }

    /// <summary>
    /// What an OrderedDict knows of the front of its entry array <c>Entries</c>: every entry before
    /// <c>Index</c> is deleted (where <see cref="PopFirst"/> may start looking), and the
    /// <c>Free</c> entries before that were never written (room for <see cref="MoveToFront"/>).
    /// Entries are only ever added at the end, deleted in place, or moved into that room, and
    /// anything else that moves them makes a new array, so the hint holds while the array is the
    /// dict's own.
    /// </summary>
    public struct FirstEntryHint
    {
        internal object? Entries;
        internal int Index;
        internal int Free;
    }

    /// <summary>
    /// Removes and returns the first pair in the order, or null when empty. The hint, kept by the
    /// caller (an OrderedDict's LRU eviction, <c>popitem(last=False)</c> in a loop), skips the
    /// entries popped before: without it each pop walked over all of them, quadratic in the size.
    /// </summary>
    public (PyObject Key, PyObject Value)? PopFirst(ref FirstEntryHint hint)
    {
        if (_used == 0) return null;
        var entries = _entries;
        if (!ReferenceEquals(hint.Entries, entries)) hint = default;
        var ix = hint.Index;
        while (entries[ix].Key is null) ix++;
        var e = entries[ix];
        Remove(e.Key!);
        // A key's __eq__ run by Remove may have changed the dict: keep a hint only for the same array.
        if (ReferenceEquals(entries, _entries) && entries[ix].Key is null)
        {
            hint.Entries = entries;
            hint.Index = ix + 1;
        }
        else
        {
            hint = default;
        }
        return (e.Key!, e.Value);
    }

    /// <summary>
    /// The shape of the order at one moment, for an OrderedDict iterator to notice a key added,
    /// deleted or moved since (CPython counts such changes in od_state). Within one entry array,
    /// every insertion (a move to the end is one) raises Spent, every deletion lowers Used, and a
    /// move to the front takes one of the free entries before the first; anything else makes a
    /// new array. A value stored over an existing key changes none of them.
    /// </summary>
    internal readonly struct OrderStamp(object entries, int spent, int used, int frontFree)
    {
        private readonly object _entries = entries;
        private readonly int _spent = spent, _used = used, _frontFree = frontFree;

        public bool SameAs(in OrderStamp other) =>
            ReferenceEquals(_entries, other._entries) && _spent == other._spent && _used == other._used && _frontFree == other._frontFree;
    }

    internal OrderStamp StampOrder(int frontFree) => new(_entries, _spent, _used, frontFree);

    /// <summary>Whether the dict holds nothing since a clear() (no entry array yet).</summary>
    internal bool IsClearedEmpty => ReferenceEquals(_entries, s_noEntries);

    /// <summary>The first live entry's position (the last's when <paramref name="reversed"/>), -1 when empty.</summary>
    internal int FirstLivePosition(bool reversed) =>
        _used == 0 ? -1 : reversed ? LivePositionAfter(_next, true) : LivePositionAfter(-1, false);

    /// <summary>The next live entry's position after <paramref name="pos"/> in that direction, -1 when none.</summary>
    internal int LivePositionAfter(int pos, bool reversed)
    {
        var entries = _entries;
        var end = Math.Min(_next, entries.Length);
        if (reversed)
        {
            for (var i = Math.Min(pos, end) - 1; i >= 0; i--)
            {
                if (entries[i].Key is not null) return i;
            }
            return -1;
        }
        for (var i = pos + 1; i < end; i++)
        {
            if (entries[i].Key is not null) return i;
        }
        return -1;
    }

    /// <summary>The key and value at a live entry's position.</summary>
    internal void EntryAt(int pos, out PyObject key, out PyObject value)
    {
        ref var e = ref _entries[pos];
        key = e.Key!;
        value = e.Value;
    }
}
