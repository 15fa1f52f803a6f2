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
    /// A buffer holding this narrow table's slot values of keys, in table order (rented: give it
    /// back with <see cref="ReturnKeys"/>); <paramref name="count"/> of them.
    /// </summary>
    private int[] RentNarrowKeys(out int count)
    {
        var slots = NarrowView(_hashes);
        // Each step stores four lanes at the count so far, which never passes _used: three more.
        var keys = ArrayPool<int>.Shared.Rent(_used + 4);
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

    private static void ReturnKeys(int[] keys) => ArrayPool<int>.Shared.Return(keys);

    /// <summary>The int of a narrow slot value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long NarrowValue(int slot) => slot ^ NarrowFlip;
}
