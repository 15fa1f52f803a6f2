using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// UTF-16 units read four at a time into a 64-bit word (unit i in bits 16i..16i+15), for the
/// short-text paths (hashing, case mapping) that test several characters per step instead of
/// branching on each, and that a word's few characters would not repay a vector set-up for.
/// </summary>
internal static class Utf16Words
{
    /// <summary>The four units at <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Load4(ref char at) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));

    /// <summary>
    /// The first <paramref name="count"/> (0 to 4) units at <paramref name="at"/>, the lanes past them
    /// zero; reads nothing beyond them (two branches on the count's bits, none per unit).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong LoadUpTo4(ref char at, int count)
    {
        if ((count & 4) != 0) return Load4(ref at);
        ulong v = 0;
        var i = 0;
        if ((count & 2) != 0)
        {
            v = Unsafe.ReadUnaligned<uint>(ref Unsafe.As<char, byte>(ref at));
            i = 2;
        }
        if ((count & 1) != 0) v |= (ulong)Unsafe.Add(ref at, i) << (16 * i);
        return v;
    }

    /// <summary><paramref name="unit"/> repeated in all four lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Lanes(ulong unit) => unit * 0x0001_0001_0001_0001UL;
}
