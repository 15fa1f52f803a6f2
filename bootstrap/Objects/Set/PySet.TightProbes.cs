using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Probes of a general table in tight loops whose only call is the text compare of two exact strs
/// of equal hash (<see cref="PureEquals"/>: strs and ints). The key's object is read only when an
/// entry has its hash, as CPython's probe reads it: a missing key costs hash compares alone. Two
/// keys of equal hash that only Python's == can compare (a tuple, an instance whose __eq__ may run
/// Python code) send the operation to the general loop, which probes again from the start: nothing
/// the tight loop did could be seen (it compared strs and ints only, and changed nothing), so the
/// general loop calls __eq__ exactly where and as often as CPython's probe does.
/// </summary>
/// <example>
/// <code>
/// seen = set()
/// for w in words:
///     if w not in seen:   # FindPure: hash compares, then the text of the one key of equal hash
///         seen.add(w)     # AddPure
/// </code>
/// </example>
public partial class PySet
{
    /// <summary>What a tight probe returns when the general loop must take over.</summary>
    private const int GeneralProbe = -2;

    /// <summary>
    /// <see cref="Lookup"/> of <paramref name="key"/> in a general table: its slot, -1 when
    /// absent, or <see cref="GeneralProbe"/>.
    /// </summary>
    private int FindPure(PyObject key, long hash)
    {
        var table = _keys;
        var hashTable = _hashes;
        var mask = table.Length - 1;
        if (hashTable.Length != table.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(table);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var end = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (var j = i; j <= end; j++)
            {
                var k = Unsafe.Add(ref keys, j).Key;
                if (k is null) return -1;
                if (Unsafe.Add(ref hashes, j) != hash) continue;
                if (ReferenceEquals(k, key)) return j;
                var eq = PureEquals(k, key);
                if (eq > 0) return j;
                if (eq < 0) return GeneralProbe;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>
    /// <see cref="AddEntry"/> of <paramref name="key"/> to a general table: 1 when added, 0 when
    /// present, or <see cref="GeneralProbe"/> (the table untouched).
    /// </summary>
    private int AddPure(PyObject key, long hash)
    {
        var table = _keys;
        var hashTable = _hashes;
        var mask = table.Length - 1;
        if (hashTable.Length != table.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(table);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var end = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (var j = i; j <= end; j++)
            {
                var k = Unsafe.Add(ref keys, j).Key;
                if (k is null)
                {
                    // The last dummy met on the probe, as AddEntry takes it.
                    _used++;
                    if (freeSlot >= 0)
                    {
                        Unsafe.Add(ref keys, freeSlot).Key = key;
                        Unsafe.Add(ref hashes, freeSlot) = hash;
                        return 1;
                    }
                    Unsafe.Add(ref keys, j).Key = key;
                    Unsafe.Add(ref hashes, j) = hash;
                    _fill++;
                    GrowIfFull();
                    return 1;
                }
                var h = Unsafe.Add(ref hashes, j);
                if (h == hash)
                {
                    if (ReferenceEquals(k, key)) return 0;
                    var eq = PureEquals(k, key);
                    if (eq > 0) return 0;
                    if (eq < 0) return GeneralProbe;
                }
                else if (h == -1) freeSlot = j;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }
}
