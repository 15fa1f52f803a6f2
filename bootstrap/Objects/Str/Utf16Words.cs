using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// Copies a short <paramref name="source"/> (a word, a line: memmove's vector loops win on
    /// longer text) to <paramref name="dest"/>: a few overlapping 8- and 16-byte moves instead of a
    /// call to memmove, whose size dispatch costs more than a word's copy. Reads and writes exactly
    /// source.Length units.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyShort(ReadOnlySpan<char> source, ref char dest)
    {
        var n = source.Length;
        ref var from = ref Unsafe.As<char, byte>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source));
        ref var to = ref Unsafe.As<char, byte>(ref dest);
        if (n >= 8)
        {
            // 16-byte blocks, the last one ending at the end (overlapping the one before).
            var last = 2 * n - 16;
            for (var i = 0; i < last; i += 16)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, i), Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref from, i)));
            }
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, last), Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref from, last)));
        }
        else if (n >= 4)
        {
            var head = Unsafe.ReadUnaligned<ulong>(ref from);
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref from, 2 * n - 8));
            Unsafe.WriteUnaligned(ref to, head);
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref to, 2 * n - 8), tail);
        }
        else
        {
            if ((n & 2) != 0) Unsafe.WriteUnaligned(ref to, Unsafe.ReadUnaligned<uint>(ref from));
            if ((n & 1) != 0) Unsafe.Add(ref dest, n - 1) = Unsafe.Add(ref Unsafe.As<byte, char>(ref from), n - 1);
        }
    }

    /// <summary>
    /// <paramref name="source"/> copied to the start of <paramref name="dest"/> (as Span.TryCopyTo),
    /// a short one by <see cref="CopyShort"/>: false, nothing written, when it does not fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryCopy(ReadOnlySpan<char> source, Span<char> dest)
    {
        if ((uint)source.Length > (uint)dest.Length) return false;
        if (source.Length <= 32) CopyShort(source, ref System.Runtime.InteropServices.MemoryMarshal.GetReference(dest));
        else source.CopyTo(dest);
        return true;
    }

    /// <summary><see cref="TryCopy"/> where the room is known: throws as Span.CopyTo when it is not there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ReadOnlySpan<char> source, Span<char> dest)
    {
        if (!TryCopy(source, dest)) throw new ArgumentException("Destination is too short.", nameof(dest));
    }
}
