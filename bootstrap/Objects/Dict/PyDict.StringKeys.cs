namespace PyPack.Runtime.Objects;

/// <summary>
/// Lookups by a C# string, for instance dicts: attribute names reach them as strings, and
/// finding an existing key this way allocates no PyStr.
/// </summary>
public partial class PyDict
{
    private int FindStr(string key, long hash, out int slot)
    {
        var mask = _indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = _indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && e.Key is PyStr s && string.Equals(s.Value, key, StringComparison.Ordinal))
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

    public void SetStr(string key, PyObject value)
    {
        var hash = StrHash.Of(key);
        var ix = FindStr(key, hash, out _);
        if (ix >= 0) _entries[ix].Value = value;
        else Set(new PyStr(key), hash, value);
    }

    public bool RemoveStr(string key)
    {
        if (_used == 0) return false;
        var ix = FindStr(key, StrHash.Of(key), out var slot);
        if (ix < 0) return false;
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        Version++;
        return true;
    }
}
