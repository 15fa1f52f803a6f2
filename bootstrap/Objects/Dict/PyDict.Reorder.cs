using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

public partial class PyDict
{
    /// <summary>
    /// Puts <paramref name="key"/>'s entry first in the order (<c>OrderedDict.move_to_end(key, last=False)</c>),
    /// false when the key is absent. The entries are written again behind it with their kept hashes:
    /// no key's <c>__hash__</c> or <c>__eq__</c> runs but the one lookup's.
    /// </summary>
    public bool MoveToFront(PyObject key)
    {
        var hash = Hashing.Hash(key);
        var ix = Find(key, hash, out _);
        if (ix < 0) return false;
        var first = _entries[ix];
        var rest = new (PyObject Key, long Hash, PyObject Value)[_used - 1];
        var n = 0;
        for (var pos = 0; NextEntry(ref pos, out var k, out var v);)
        {
            if (pos - 1 != ix) rest[n++] = (k, HashAt(pos - 1), v);
        }
        Clear();
        Set(first.Key!, hash, first.Value);
        foreach (var (k, h, v) in rest) Set(k, h, v);
        return true;
    }

    /// <summary>
    /// Puts <paramref name="key"/>'s entry last in the order (<c>OrderedDict.move_to_end(key)</c>),
    /// false when the key is absent: one hash and one lookup, as CPython's (no other key's
    /// <c>__eq__</c> runs to find a place for it again), the entry's old place left deleted.
    /// </summary>
    public bool MoveToEnd(PyObject key)
    {
        var hash = Hashing.Hash(key);
        var ix = Find(key, hash, out var slot);
        if (ix < 0) return false;
        if (ix == _next - 1) return true;
        if (_indices is null) slot = SlotOf(BuildIndices(), hash, ix);
        var entry = _entries[ix];
        _indices![slot] = Dummy;
        _entries[ix] = default;
        _used--;
        Append(entry.Key!, hash, entry.Value);
        return true;
    }

    /// <summary>
    /// Where <see cref="PopFirst"/> may start looking: every entry before <c>Index</c> of the
    /// entry array <c>Entries</c> is deleted. Entries are only ever added at the end and deleted
    /// in place, and anything that
    /// moves them makes a new array, so the hint holds while the array is the dict's own.
    /// </summary>
    public struct FirstEntryHint
    {
        internal object? Entries;
        internal int Index;
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
        var ix = ReferenceEquals(hint.Entries, entries) ? hint.Index : 0;
        while (entries[ix].Key is null) ix++;
        var e = entries[ix];
        Remove(e.Key!);
        // A key's __eq__ run by Remove may have changed the dict: keep a hint only for the same array.
        hint.Entries = entries;
        hint.Index = ReferenceEquals(entries, _entries) && entries[ix].Key is null ? ix + 1 : 0;
        return (e.Key!, e.Value);
    }
}
