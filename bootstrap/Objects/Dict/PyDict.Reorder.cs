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

    /// <summary>Removes and returns the first pair in the order, or null when empty.</summary>
    public (PyObject Key, PyObject Value)? PopFirst()
    {
        if (_used == 0) return null;
        var ix = 0;
        while (_entries[ix].Key is null) ix++;
        var e = _entries[ix];
        Remove(e.Key!);
        return (e.Key!, e.Value);
    }
}
