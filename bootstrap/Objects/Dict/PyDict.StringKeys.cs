using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Lookups by a C# string, for instance dicts: attribute names reach them as strings, and
/// finding an existing key this way allocates no PyStr.
/// </summary>
public partial class PyDict
{
    private int FindStr(string key, long hash, out int slot)
    {
        var indices = _indices;
        if (indices is null)
        {
            slot = -1;
            var entries = _entries;
            for (var k = 0; k < _next && k < entries.Length; k++)
            {
                // Exact strs and ints only here: the type test is one compare.
                var o = entries[k].Key!;
                if (PyStr.IsExact(o) && Unsafe.As<PyStr>(o) is var s && s.TextHash() == hash
                    && s.Chars.SequenceEqual(key))
                {
                    return k;
                }
            }
            return -1;
        }
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                if (_hashes![ix] == hash && _entries[ix].Key is PyStr s && s.Chars.SequenceEqual(key))
                {
                    slot = i;
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    public PyObject? TryGetStr(string key)
    {
        if (_used == 0) return null;
        var ix = FindStr(key, StrHash.Of(key), out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    /// <summary>
    /// A str key read with its <paramref name="hash"/> known, checking first the entry where
    /// <paramref name="hint"/> says the same key was last found (attribute sites keep one per
    /// site: instances of a class store their attributes in the same order, so the entry usually
    /// matches and nothing is probed). The hint is only a guess: a miss falls back to the probe.
    /// </summary>
    public PyObject? TryGetStr(string key, long hash, ref int hint)
    {
        var h = hint;
        if ((uint)h < (uint)_next)
        {
            ref var e = ref _entries[h];
            if (e.Key is PyStr s && s.Holds(key)) return e.Value;
        }
        if (_used == 0) return null;
        var ix = FindStr(key, hash, out _);
        if (ix < 0) return null;
        hint = ix;
        return _entries[ix].Value;
    }

    /// <summary><see cref="SetStr(string, PyObject)"/> with the hash known and an entry hint, as <see cref="TryGetStr(string, long, ref int)"/>.</summary>
    public void SetStr(string key, long hash, PyObject value, ref int hint) => SetStr(key, hash, value, ref hint, null);

    /// <summary>As above; a new entry's key is <paramref name="keyObject"/> when given (an attribute site's str).</summary>
    public void SetStr(string key, long hash, PyObject value, ref int hint, PyStr? keyObject)
    {
        var h = hint;
        if ((uint)h < (uint)_next)
        {
            ref var e = ref _entries[h];
            if (e.Key is PyStr s && s.Holds(key))
            {
                e.Value = value;
                if (_module is not null) _module.StoredThroughDict(key, value);
                return;
            }
        }
        var ix = FindStr(key, hash, out _);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            if (_module is not null) _module.StoredThroughDict(key, value);
            hint = ix;
            return;
        }
        Set(keyObject ?? new PyStr(key), hash, value);
        hint = _next - 1; // a new key's entry is always the last one written
    }

    public void SetStr(string key, PyObject value)
    {
        var hash = StrHash.Of(key);
        var ix = FindStr(key, hash, out _);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            if (_module is not null) _module.StoredThroughDict(key, value);
        }
        else Set(new PyStr(key), hash, value);
    }

    public bool RemoveStr(string key)
    {
        if (_used == 0) return false;
        var hash = StrHash.Of(key);
        var ix = FindStr(key, hash, out var slot);
        if (ix < 0) return false;
        if (_indices is null) slot = SlotOf(BuildIndices(), hash, ix);
        _indices![slot] = Dummy;
        _entries[ix] = default;
        _used--;
        if (_module is not null) _module.StoredThroughDict(key, null);
        return true;
    }
}
