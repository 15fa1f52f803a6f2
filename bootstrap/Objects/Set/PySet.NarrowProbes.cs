using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The probes of a narrow int table (see PySet.NarrowInts.cs), a linear run of ten slots read at
/// once: three overlapping loads of four ints (slots 0-3, 4-7, 6-9 of the run), compared with the
/// key and with the empty and dummy encodings. Same sequence as <see cref="ProbeFind{T}"/> and
/// <see cref="ProbeForAdd{T}"/>, so every key lands where CPython puts it.
/// </summary>
/// <remarks>
/// Keys are unique values, and a slot becomes empty only when the whole table is rebuilt, so no key
/// ever sits past an empty slot of its own probe: a run with a match is
/// therefore a hit, a run without one but with an empty slot a miss, and only a run of actives and
/// dummies goes on to the next perturbed jump. nqueens spent half its FindInt samples on the slot-by-slot
/// compare of runs full of dummies (cols.add/remove leave one per removal).
/// </remarks>
public partial class PySet
{
    // The run is LinearProbes + 1 = 10 slots: bits 0-3, 4-7 and 6-9 of the masks below.
    private const int RunSecond = 4, RunThird = LinearProbes + 1 - 4;

    /// <summary>The narrow slot holding <paramref name="slot"/>, or -1 (<see cref="ProbeFind{T}"/> a run at a time).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // out of FindInt's callers: their common probe stays small
    private static int ProbeFindNarrow(ref int slots, int mask, long hash, int slot)
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var key = Vector128.Create(slot);
        while (true)
        {
            if (i + LinearProbes <= mask)
            {
                // In bounds: slots i to i + 9 are at most mask. The first slot alone settles most
                // probes of a sparse table (a hit where the hash points, or an empty slot).
                ref var run = ref Unsafe.Add(ref slots, i);
                if (run == slot) return i;
                if (run == 0) return -1;
                var a = Vector128.LoadUnsafe(ref run);
                var b = Vector128.LoadUnsafe(ref run, RunSecond);
                var c = Vector128.LoadUnsafe(ref run, RunThird);
                var ha = Vector128.Equals(a, key);
                var hb = Vector128.Equals(b, key);
                var hc = Vector128.Equals(c, key);
                if ((ha | hb | hc) != Vector128<int>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(RunBits(ha, hb, hc));
                }
                var zero = Vector128<int>.Zero;
                if ((Vector128.Equals(a, zero) | Vector128.Equals(b, zero) | Vector128.Equals(c, zero)) != zero) return -1;
            }
            else
            {
                var s = Unsafe.Add(ref slots, i);
                if (s == slot) return i;
                if (s == 0) return -1;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>
    /// <see cref="ProbeForAdd{T}"/> of a narrow table, a run at a time: the last dummy before the
    /// first empty slot, else that empty slot (<paramref name="empty"/> then true); -1 when the key is there.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ProbeForAddNarrow(ref int slots, int mask, long hash, int slot, out bool empty)
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        var key = Vector128.Create(slot);
        while (true)
        {
            if (i + LinearProbes <= mask)
            {
                ref var run = ref Unsafe.Add(ref slots, i);
                if (run == 0)
                {
                    empty = freeSlot < 0;
                    return empty ? i : freeSlot;
                }
                var a = Vector128.LoadUnsafe(ref run);
                var b = Vector128.LoadUnsafe(ref run, RunSecond);
                var c = Vector128.LoadUnsafe(ref run, RunThird);
                if ((Vector128.Equals(a, key) | Vector128.Equals(b, key) | Vector128.Equals(c, key)) != Vector128<int>.Zero)
                {
                    empty = false;
                    return -1;
                }
                var zero = Vector128<int>.Zero;
                var dummy = Vector128<int>.AllBitsSet;
                var empties = RunBits(Vector128.Equals(a, zero), Vector128.Equals(b, zero), Vector128.Equals(c, zero));
                var dummies = RunBits(Vector128.Equals(a, dummy), Vector128.Equals(b, dummy), Vector128.Equals(c, dummy));
                if (empties != 0)
                {
                    var first = BitOperations.TrailingZeroCount(empties);
                    dummies &= (1u << first) - 1;
                    if (dummies != 0) freeSlot = i + 31 - BitOperations.LeadingZeroCount(dummies);
                    empty = freeSlot < 0;
                    return empty ? i + first : freeSlot;
                }
                if (dummies != 0) freeSlot = i + 31 - BitOperations.LeadingZeroCount(dummies);
            }
            else
            {
                var s = Unsafe.Add(ref slots, i);
                if (s == 0)
                {
                    empty = freeSlot < 0;
                    return empty ? i : freeSlot;
                }
                if (s == slot)
                {
                    empty = false;
                    return -1;
                }
                if (s == -1) freeSlot = i;
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>The ten-bit mask of a run's three lane compares (slots 0-3, 4-7, 6-9).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RunBits(Vector128<int> a, Vector128<int> b, Vector128<int> c) =>
        a.ExtractMostSignificantBits() | b.ExtractMostSignificantBits() << RunSecond | c.ExtractMostSignificantBits() << RunThird;
}
