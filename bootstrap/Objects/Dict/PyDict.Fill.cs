using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

public partial class PyDict
{
    /// <summary>
    /// <c>d[k] = v</c> for each (k, v) of <paramref name="pairs"/> (keys at even places, values
    /// after them), in order: the unpickler's SETITEMS. A dict with no entry yet gets the table
    /// those keys need at once (see <see cref="ReserveEmpty"/>), and while the keys are exact
    /// strs and ints (linear dict) or pure keys (table) they are stored in one loop over the
    /// entries that probes, compares and appends without the per-key work of <see cref="Set(PyObject, long, PyObject)"/>
    /// (its guess, its purity and module tests): no Python code can run there, so nothing else
    /// can see the dict before the loop ends. A repeated key replaces its value, as Set does.
    /// Any other key, and every key after it, takes Set.
    /// </summary>
    internal void SetPairs(ReadOnlySpan<PyObject> pairs)
    {
        var done = 0;
        // Nothing written since the table was made (_spent 0): no deleted slot to probe past.
        if (_next == 0 && _spent == 0 && _module is null && _found != ImpureKeys)
        {
            ReserveEmpty(pairs.Length / 2);
            done = _indices is null ? FillLinear(pairs) : FillTable(pairs);
        }
        for (var i = done; i + 1 < pairs.Length; i += 2) Set(pairs[i], pairs[i + 1]);
    }

    /// <summary>The pairs of exact str and int keys a linear dict holds in its free entries; how many places of <paramref name="pairs"/> it took.</summary>
    private int FillLinear(ReadOnlySpan<PyObject> pairs)
    {
        var entries = _entries;
        var next = _next;
        var i = 0;
        for (; i + 1 < pairs.Length; i += 2)
        {
            var key = pairs[i];
            if (!IsLinearKey(key)) break;
            var hash = KeyHash(key);
            var ix = 0;
            for (; ix < next; ix++)
            {
                var k = entries[ix].Key!;
                if (ReferenceEquals(k, key) || (KeyHash(k) == hash && KeyEquals(k, key))) break;
            }
            if (ix < next)
            {
                entries[ix].Value = pairs[i + 1];
                continue;
            }
            if (next == entries.Length) break;
            if (!IsHashKey(key, hash)) _mixedKeys = true;
            entries[next++] = new Entry { Key = key, Value = pairs[i + 1] };
        }
        _next = _spent = _used = next;
        return i;
    }

    /// <summary>
    /// The pairs of pure keys (<see cref="IsPureLookup"/>) a dict with an index table and no
    /// deleted slot holds in its free entries, each at the empty slot its probe ends at, as Set
    /// puts it; how many places of <paramref name="pairs"/> it took.
    /// </summary>
    private int FillTable(ReadOnlySpan<PyObject> pairs)
    {
        var indices = _indices!;
        var hashes = _hashes!;
        var entries = _entries;
        var next = _next;
        var mask = indices.Length - 1;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(indices);
        var i = 0;
        for (; i + 1 < pairs.Length; i += 2)
        {
            var key = pairs[i];
            long hash;
            if (PyStr.IsExact(key)) hash = Unsafe.As<PyStr>(key).TextHash();
            else if (key.GetType() == typeof(PyInt)) hash = Unsafe.As<PyInt>(key).Hash();
            else break;
            if (next == entries.Length || (uint)next >= (uint)hashes.Length) break;
            var perturb = (ulong)hash;
            var s = (int)((ulong)hash & (ulong)mask);
            int ix;
            // No deleted slot (nothing was removed): a probe meets entries until the empty slot.
            while ((ix = Unsafe.Add(ref slots, s)) != Empty)
            {
                if (hashes[ix] == hash && KeyEquals(entries[ix].Key!, key)) break;
                perturb >>= 5;
                s = (int)(((ulong)s * 5 + perturb + 1) & (ulong)mask);
            }
            if (ix != Empty)
            {
                entries[ix].Value = pairs[i + 1];
                continue;
            }
            Unsafe.Add(ref slots, s) = next;
            hashes[next] = hash;
            if (!IsHashKey(key, hash)) _mixedKeys = true;
            entries[next++] = new Entry { Key = key, Value = pairs[i + 1] };
        }
        _next = _spent = _used = next;
        return i;
    }
}
