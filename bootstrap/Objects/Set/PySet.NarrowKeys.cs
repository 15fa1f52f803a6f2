using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The keys of a narrow table packed into a buffer in table order, four slots at a time without a
/// branch per slot: a bulk operation then walks its operand's keys as a dense run. Walking the
/// table slot by slot takes a branch per slot on whether it holds a key, and in a table a third
/// full or less (every table after a growth) that branch follows the keys' scattered places: a
/// misprediction per key or so, about as long as the key's own work in <c>a &lt;= b</c>,
/// <c>a | b</c>, <c>a &amp; b</c>.
/// </summary>
public partial class PySet
{
    // For each 4-bit mask of the lanes holding keys, the byte shuffle that moves those lanes to the
    // front, in order (0x80 makes a byte zero).
    private static readonly byte[] s_packLanes = PackLanes();

    private static byte[] PackLanes()
    {
        var table = new byte[16 * 16];
        for (var mask = 0; mask < 16; mask++)
        {
            var at = 0;
            for (var lane = 0; lane < 4; lane++)
            {
                if ((mask & (1 << lane)) == 0) continue;
                for (var b = 0; b < 4; b++) table[mask * 16 + at * 4 + b] = (byte)(lane * 4 + b);
                at++;
            }
            for (var b = at * 4; b < 16; b++) table[mask * 16 + b] = 0x80;
        }
        return table;
    }

    /// <summary>
    /// Sets of at least this many keys keep their packed keys (see <see cref="NarrowKeys"/>);
    /// smaller ones pack into a rented buffer each time, which costs little and holds nothing.
    /// </summary>
    private const int KeptPackingMin = 64;

    /// <summary>A narrow table's keys packed in table order, kept while the table holds the same keys.</summary>
    private sealed class PackedKeys(int[] slots, int count, long[] table, int used, int fill)
    {
        public readonly int[] Slots = slots;
        public readonly int Count = count;
        public readonly long[] Table = table;
        public readonly int Used = used, Fill = fill;
    }

    // The last packing of this set's keys (null when none, or after a removal: see KeysUnchanged).
    private PackedKeys? _packed;

    /// <summary>
    /// Whether <paramref name="p"/> still lists this set's keys. An add changes the count of keys;
    /// a table rebuilt or grown is another array; what keeps both (a removal followed by an add into
    /// its dummy, clear() then refilling) drops the packing where it removes (<see cref="DropPacking"/>).
    /// </summary>
    private bool KeysUnchanged(PackedKeys p) => ReferenceEquals(p.Table, _hashes) && p.Used == _used && p.Fill == _fill;

    /// <summary>Forgets the packed keys: called wherever a key leaves the table without the table being replaced.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void DropPacking() => _packed = null;

    /// <summary>The keys of a narrow table in table order, kept on the set or rented for the walk (dispose it after).</summary>
    private readonly ref struct KeyRun
    {
        private readonly int[]? _rented;
        public readonly ReadOnlySpan<int> Slots;

        public KeyRun(int[] keys, int count, bool rented)
        {
            Slots = keys.AsSpan(0, count);
            _rented = rented ? keys : null;
        }

        public void Dispose()
        {
            if (_rented is not null) ArrayPool<int>.Shared.Return(_rented);
        }
    }

    /// <summary>
    /// This narrow table's slot values of keys, in table order. A bulk operation walks its operands
    /// as dense runs this way; set_algebra's operands are walked several times between changes
    /// (<c>a &amp; b</c>, <c>a | base</c>, <c>a - b</c>, <c>a &lt;= c</c>), so a set of some size
    /// keeps its packing until its keys change.
    /// </summary>
    private KeyRun NarrowKeys()
    {
        if (_used < KeptPackingMin) return new KeyRun(PackNarrowKeys(ArrayPool<int>.Shared.Rent(_used + 4), out var n), n, rented: true);
        var p = _packed;
        if (p is not null && KeysUnchanged(p)) return new KeyRun(p.Slots, p.Count, rented: false);
        // The previous packing's array when it is big enough: a set that changes between walks
        // reuses it (its old packing is dropped here, and no walk of it is under way: none runs Python code).
        var buffer = p is not null && p.Slots.Length >= _used + 4 ? p.Slots : new int[_used + 4];
        PackNarrowKeys(buffer, out var count);
        _packed = new PackedKeys(buffer, count, _hashes, _used, _fill);
        return new KeyRun(buffer, count, rented: false);
    }

    /// <summary>
    /// Packs this narrow table's slot values of keys into <paramref name="keys"/> (at least
    /// _used + 4 long), in table order; <paramref name="count"/> of them.
    /// </summary>
    private int[] PackNarrowKeys(int[] keys, out int count)
    {
        var slots = NarrowView(_hashes);
        // Each step stores four lanes at the count so far, which never passes _used: three more.
        ref var src = ref MemoryMarshal.GetReference(slots);
        ref var dst = ref MemoryMarshal.GetArrayDataReference(keys);
        ref var lanes = ref MemoryMarshal.GetArrayDataReference(s_packLanes);
        var n = 0;
        if (Ssse3.IsSupported)
        {
            // A narrow table has at least MinSize slots, a power of two: whole steps of four.
            // Ssse3.Shuffle, not Vector128.Shuffle: with indexes that are not constants the latter
            // is a software loop under NativeAOT's baseline.
            for (var i = 0; i + 4 <= slots.Length; i += 4)
            {
                var v = Vector128.LoadUnsafe(ref src, (nuint)i);
                var free = Vector128.Equals(v, Vector128<int>.Zero) | Vector128.Equals(v, Vector128<int>.AllBitsSet);
                var mask = ~free.ExtractMostSignificantBits() & 0xF;
                var shuffle = Vector128.LoadUnsafe(ref lanes, (nuint)(mask * 16));
                Ssse3.Shuffle(v.AsByte(), shuffle).AsInt32().StoreUnsafe(ref dst, (nuint)n);
                n += BitOperations.PopCount(mask);
            }
        }
        else
        {
            // Every slot is stored; the count moves past keys only (a compare, not a branch).
            foreach (var s in slots)
            {
                Unsafe.Add(ref dst, n) = s;
                n += IsNarrowKey(s) ? 1 : 0;
            }
        }
        count = n;
        return keys;
    }

    /// <summary>The int of a narrow slot value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long NarrowValue(int slot) => slot ^ NarrowFlip;
}
