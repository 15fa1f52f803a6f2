using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// CPython's str hash: SipHash-1-3 over the string's compact storage (one byte per code point
/// when all are below 256, two below 65536, else four), keyed from PYTHONHASHSEED: 0 means a
/// zero key, N means CPython's LCG expansion of N, unset or "random" means a random key.
/// </summary>
public static class StrHash
{
    private static ulong s_k0, s_k1;

    static StrHash() => UseSeed(Environment.GetEnvironmentVariable("PYTHONHASHSEED"));

    /// <summary>Sets the key as CPython does for a PYTHONHASHSEED value (null or "random": random).</summary>
    public static void UseSeed(string? seed)
    {
        Span<byte> key = stackalloc byte[16];
        if (seed is null || seed == "random" || !uint.TryParse(seed, out var n))
        {
            Random.Shared.NextBytes(key);
        }
        else if (n != 0)
        {
            var x = n;
            for (var i = 0; i < key.Length; i++)
            {
                x = unchecked(x * 214013 + 2531011);
                key[i] = (byte)((x >> 16) & 0xff);
            }
        }
        else
        {
            key.Clear();
        }
        s_k0 = BinaryPrimitives.ReadUInt64LittleEndian(key);
        s_k1 = BinaryPrimitives.ReadUInt64LittleEndian(key[8..]);
        IsRandomized = s_k0 != 0 || s_k1 != 0;
        Generation++;
    }

    /// <summary>False only for PYTHONHASHSEED=0 (sys.flags.hash_randomization).</summary>
    public static bool IsRandomized { get; private set; }

    /// <summary>Changes whenever the key does, so a hash kept outside a PyStr can tell it is stale.</summary>
    public static int Generation { get; private set; }

    public static long Of(string s) => Of(s.AsSpan());

    public static long Of(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return 0;
        // A short str is hashed as Latin-1 straight away (the hash tells when it is not).
        var latin1 = s.Length <= ShortText || !CharRanges.HasNonLatin1(s);
        if (!latin1 || !TrySipHash13Latin1(s, out var h)) h = SipHash13Wide(s);
        var r = (long)h;
        return r == -1 ? -2 : r;
    }

    /// <summary>The hash of a str with a character past Latin-1: its two- or four-byte form.</summary>
    private static ulong SipHash13Wide(ReadOnlySpan<char> s)
    {
        if (CharRanges.IndexOfSurrogate(s) < 0 || !HasValidPair(s))
        {
            return SipHash13(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s));
        }
        else
        {
            var points = new List<int>(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    points.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                    i++;
                }
                else points.Add(s[i]);
            }
            var bytes = new byte[points.Count * 4];
            for (var i = 0; i < points.Count; i++) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), points[i]);
            return SipHash13(bytes);
        }
    }

    private static bool HasValidPair(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length - 1; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) return true;
        }
        return false;
    }

    /// <summary>Hashes raw bytes with the current key (bytes objects hash this way too).</summary>
    public static ulong SipHash13(ReadOnlySpan<byte> data)
    {
        var v0 = s_k0 ^ 0x736f6d6570736575UL;
        var v1 = s_k1 ^ 0x646f72616e646f6dUL;
        var v2 = s_k0 ^ 0x6c7967656e657261UL;
        var v3 = s_k1 ^ 0x7465646279746573UL;
        var blocks = data.Length / 8;
        for (var i = 0; i < blocks; i++)
        {
            var m = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8, 8));
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        var b = (ulong)data.Length << 56;
        var tail = data[(blocks * 8)..];
        for (var i = 0; i < tail.Length; i++) b |= (ulong)tail[i] << (8 * i);
        return Finish(v0, v1, v2, v3, b);
    }

    /// <summary>The last block (the length byte and the tail) and SipHash13's three finalization rounds.</summary>
    private static ulong Finish(ulong v0, ulong v1, ulong v2, ulong v3, ulong last)
    {
        v3 ^= last;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= last;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return v0 ^ v1 ^ v2 ^ v3;
    }

    // Words, names, keys: short enough that checking the characters while hashing beats a
    // vectorised scan first (whose set-up costs more than such text).
    private const int ShortText = 32;

    /// <summary>
    /// SipHash13 of the one-byte-per-character form of a string, packing eight characters into
    /// each block directly instead of copying them to bytes; false (the hash unusable) when a
    /// character is 256 or above.
    /// </summary>
    private static bool TrySipHash13Latin1(ReadOnlySpan<char> s, out ulong hash)
    {
        var wide = 0UL;
        var v0 = s_k0 ^ 0x736f6d6570736575UL;
        var v1 = s_k1 ^ 0x646f72616e646f6dUL;
        var v2 = s_k0 ^ 0x6c7967656e657261UL;
        var v3 = s_k1 ^ 0x7465646279746573UL;
        var blocks = s.Length / 8;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(s[..(blocks * 8)]);
        for (var i = 0; i < blocks; i++)
        {
            var w0 = words[2 * i];
            var w1 = words[2 * i + 1];
            wide |= w0 | w1;
            var m = Narrow(w0) | (Narrow(w1) << 32);
            v3 ^= m;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= m;
        }
        var b = (ulong)s.Length << 56;
        // The last zero to seven characters, four and the rest, without a branch per character.
        var rest = s.Length - blocks * 8;
        ref var tail = ref Unsafe.Add(ref MemoryMarshal.GetReference(s), blocks * 8);
        var low = Utf16Words.LoadUpTo4(ref tail, Math.Min(rest, 4));
        var high = rest > 4 ? Utf16Words.LoadUpTo4(ref Unsafe.Add(ref tail, 4), rest - 4) : 0;
        wide |= low | high;
        b |= Narrow(low) | (Narrow(high) << 32);
        // A high byte set in any UTF-16 unit: a character past Latin-1.
        if ((wide & 0xFF00FF00FF00FF00UL) != 0)
        {
            hash = 0;
            return false;
        }
        hash = Finish(v0, v1, v2, v3, b);
        return true;
    }

    /// <summary>Four little-endian UTF-16 units below 256 -> their four low bytes.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Narrow(ulong x)
    {
        x = (x | (x >> 8)) & 0x0000FFFF0000FFFFUL;
        return (x | (x >> 16)) & 0xFFFFFFFFUL;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        v0 += v1; v1 = BitOperations.RotateLeft(v1, 13); v1 ^= v0; v0 = BitOperations.RotateLeft(v0, 32);
        v2 += v3; v3 = BitOperations.RotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = BitOperations.RotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = BitOperations.RotateLeft(v1, 17); v1 ^= v2; v2 = BitOperations.RotateLeft(v2, 32);
    }
}
