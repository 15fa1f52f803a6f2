using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// int.to_bytes and int.from_bytes on the value's own representation: a 64-bit value or the
/// limbs (little-endian 64-bit words, which are the little-endian bytes), negatives in two's
/// complement. No BigInteger, whose byte conversions copy the number twice more.
/// </summary>
internal static class IntBytes
{
    public static byte[] ToBytes(PyInt value, long length, bool little, bool signed)
    {
        if (!signed && value.Sign < 0) throw Errors.OverflowError("can't convert negative int to unsigned");
        Span<ulong> scratch = stackalloc ulong[1];
        var magnitude = MagnitudeOf(value, scratch);
        var negative = value.Sign < 0;
        // Fits: unsigned, the bit length within 8 * length; signed, a non-negative value within
        // 8 * length - 1 bits and a negative one down to -2**(8 * length - 1). As in CPython, -1
        // fits no bytes at all (it has no bits but sign bits, and none of those is kept).
        var bits = (long)Limbs.BitLength(magnitude);
        var room = 8 * length - (signed ? 1 : 0);
        var fits = bits == 0 || bits <= room || (negative && ((bits == room + 1 && IsPowerOfTwo(magnitude)) || (length == 0 && bits == 1)));
        if (!fits) throw Errors.OverflowError("int too big to convert");
        var bytes = new byte[length];
        var raw = MemoryMarshal.AsBytes(magnitude);
        var used = (int)Math.Min(raw.Length, length);
        raw[..used].CopyTo(bytes);
        if (negative)
        {
            // Two's complement: invert every byte of the width, then add one.
            for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)~bytes[i];
            for (var i = 0; i < bytes.Length && ++bytes[i] == 0; i++) { }
        }
        if (!little) bytes.AsSpan().Reverse();
        return bytes;
    }

    public static PyInt FromBytes(ReadOnlySpan<byte> data, bool little, bool signed)
    {
        if (data.Length <= 8)
        {
            ulong v = 0;
            for (var i = 0; i < data.Length; i++) v |= (ulong)data[little ? i : data.Length - 1 - i] << (8 * i);
            if (signed && data.Length > 0 && (v >> (8 * data.Length - 1) & 1) != 0)
            {
                // Sign-extend the top byte's bit: the value is v - 2**(8 * length).
                if (data.Length < 8) v |= ulong.MaxValue << (8 * data.Length);
                return PyInt.From((long)v);
            }
            return v <= long.MaxValue ? PyInt.From((long)v) : PyInt.FromLimbs([v], 1, false);
        }
        var limbs = Limbs.Allocate((data.Length + 7) / 8);
        limbs[^1] = 0;
        var target = MemoryMarshal.AsBytes(limbs.AsSpan())[..data.Length];
        data.CopyTo(target);
        if (!little) target.Reverse();
        var negative = signed && (target[^1] & 0x80) != 0;
        if (negative)
        {
            // The magnitude of v - 2**(8 * length): the bytes' two's complement.
            for (var i = 0; i < target.Length; i++) target[i] = (byte)~target[i];
            for (var i = 0; i < target.Length && ++target[i] == 0; i++) { }
        }
        return PyInt.FromLimbs(limbs, limbs.Length, negative);
    }

    /// <summary>
    /// How many bytes the shortest two's complement of <paramref name="value"/> takes (0 for
    /// zero), as pickle's LONG1/LONG4 write it: one more than the magnitude's whole bytes, except
    /// for a negative power of two that fills its top byte exactly (-128 takes one byte).
    /// </summary>
    public static int SignedByteCount(PyInt value)
    {
        Span<ulong> scratch = stackalloc ulong[1];
        var magnitude = MagnitudeOf(value, scratch);
        var bits = Limbs.BitLength(magnitude);
        if (bits == 0) return 0;
        if (value.Sign < 0 && bits % 8 == 0 && IsPowerOfTwo(magnitude)) return bits / 8;
        return bits / 8 + 1;
    }

    /// <summary>Writes <paramref name="value"/> into all of <paramref name="into"/>, little-endian two's complement (no array made).</summary>
    public static void WriteSigned(PyInt value, Span<byte> into)
    {
        Span<ulong> scratch = stackalloc ulong[1];
        var raw = MemoryMarshal.AsBytes(MagnitudeOf(value, scratch));
        var used = Math.Min(raw.Length, into.Length);
        raw[..used].CopyTo(into);
        into[used..].Clear();
        if (value.Sign < 0)
        {
            for (var i = 0; i < into.Length; i++) into[i] = (byte)~into[i];
            for (var i = 0; i < into.Length && ++into[i] == 0; i++) { }
        }
    }

    private static bool IsPowerOfTwo(ReadOnlySpan<ulong> magnitude) =>
        magnitude.Length > 0 && System.Numerics.BitOperations.IsPow2(magnitude[^1]) && !magnitude[..^1].ContainsAnyExcept(0UL);

    private static ReadOnlySpan<ulong> MagnitudeOf(PyInt v, Span<ulong> scratch)
    {
        if (!v.IsSmall) return v.Magnitude;
        if (v.Small == 0) return default;
        scratch[0] = v.Small < 0 ? 0UL - (ulong)v.Small : (ulong)v.Small;
        return scratch;
    }
}
