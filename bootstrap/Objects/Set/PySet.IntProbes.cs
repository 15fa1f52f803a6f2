using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The probes of an int-mode table, for both slot widths: long slots, or int slots two to a long in
/// a narrow table (see PySet.NarrowInts). A slot is 0 when empty, -1 when a dummy, else a key's
/// value with its sign bit flipped. The sequence is CPython's (a linear run, then a perturbed
/// jump), so a key lands in the same slot at either width. Generic over the slot type: NativeAOT
/// makes one copy per width, each as tight as a loop written for it.
/// </summary>
public partial class PySet
{
    /// <summary>The slot holding <paramref name="slot"/>, or -1. Every index is masked, or below mask when probing linearly: no bounds checks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ProbeFind<T>(ref T slots, int mask, long hash, T slot) where T : unmanaged, IBinaryInteger<T>
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var s = Unsafe.Add(ref slots, j);
                if (s == slot) return j;
                if (s == T.Zero) return -1;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>
    /// Where <paramref name="slot"/> goes: the last dummy on its probe, else the empty slot that
    /// ends it (<paramref name="empty"/> then true); -1 when it is there already.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ProbeForAdd<T>(ref T slots, int mask, long hash, T slot, out bool empty) where T : unmanaged, IBinaryInteger<T>
    {
        var j = ProbeToggle(ref slots, mask, hash, slot, out var found, out empty);
        return found ? -1 : j;
    }

    /// <summary>
    /// Where <paramref name="slot"/> is (<paramref name="found"/>), else where it goes: the last
    /// dummy on its probe, else the empty slot that ends it (<paramref name="empty"/> then true).
    /// A discard's probe and an add's walk the same slots up to the key or the empty slot that
    /// ends them, so one probe serves an add and symmetric_difference_update's step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ProbeToggle<T>(ref T slots, int mask, long hash, T slot, out bool found, out bool empty) where T : unmanaged, IBinaryInteger<T>
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var s = Unsafe.Add(ref slots, j);
                if (s == T.Zero)
                {
                    found = false;
                    empty = freeSlot < 0;
                    return empty ? j : freeSlot;
                }
                if (s == slot)
                {
                    found = true;
                    empty = false;
                    return j;
                }
                // The last dummy on the probe, as CPython's set_add_entry keeps.
                if (s == T.AllBitsSet) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>CPython's set_insert_clean of a slot value: into a table without dummies that cannot hold it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the loops of resizes and copies, a call per key there
    private static void ProbeInsertClean<T>(ref T slots, int mask, long hash, T slot) where T : unmanaged, IBinaryInteger<T>
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var s = ref Unsafe.Add(ref slots, j);
                if (s == T.Zero)
                {
                    s = slot;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }
}
