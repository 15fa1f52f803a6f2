using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Shifts and bit operations when an operand is big, on the limbs: a mask, a field extraction
/// or a shift of a big number (hashes, PRNGs, bit sets: `(x * c) & 0xFFFF_FFFF_FFFF_FFFF`,
/// `h >> 40`) would otherwise convert the operands to BigInteger and the result back, three
/// copies for one pass. Shifts take either sign (>> floors); &amp;, | and ^ of non-negative
/// operands take this path, a negative operand's two's complement the BigInteger one.
/// </summary>
internal static class IntBits
{
    public static PyInt ShiftLeft(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw Errors.ValueError("negative shift count");
        if (a.Sign == 0) return PyInt.Zero;
        if (!b.IsSmall || b.Small > int.MaxValue) throw Errors.OverflowError("too many digits in integer");
        var shift = (int)b.Small;
        Span<ulong> scratch = stackalloc ulong[1];
        var x = Magnitude(a, scratch, out var negative);
        var result = Limbs.Allocate(x.Length + (shift >> 6) + 1);
        var length = ShiftLeft(x, shift, result);
        return PyInt.FromLimbs(result, length, negative);
    }

    public static PyInt ShiftRight(PyInt a, PyInt b)
    {
        if (b.Sign < 0) throw Errors.ValueError("negative shift count");
        return ShiftRight(a, b.IsSmall ? b.Small : long.MaxValue);
    }

    /// <summary>a &gt;&gt; shift (not negative), the floor of a / 2**shift.</summary>
    public static PyInt ShiftRight(PyInt a, long shift)
    {
        Span<ulong> scratch = stackalloc ulong[1];
        var x = Magnitude(a, scratch, out var negative);
        // Every bit shifted out: 0, or -1 for a negative value (the floor).
        if (shift >= (long)x.Length * 64) return negative ? PyInt.From(-1) : PyInt.Zero;
        return ShiftRight(x, (int)shift, negative);
    }

    private static PyInt ShiftRight(ReadOnlySpan<ulong> x, int shift, bool negative)
    {
        // One limb more for a negative value's carry: floor(-m / 2**s) is -(m >> s) - 1 when bits were lost.
        var result = Limbs.Allocate(x.Length - (shift >> 6) + 1);
        var length = ShiftRight(x, shift, result, out var lost);
        if (negative && lost)
        {
            result[length++] = 0;
            for (var i = 0; i < length && ++result[i] == 0; i++) { }
        }
        return PyInt.FromLimbs(result, length, negative);
    }

    /// <summary>The magnitude's low <paramref name="bits"/> bits, as a non-negative int.</summary>
    public static PyInt LowBits(ReadOnlySpan<ulong> x, int bits)
    {
        if (bits >= (long)x.Length * 64)
        {
            var whole = Limbs.Allocate(x.Length);
            x.CopyTo(whole);
            return PyInt.FromLimbs(whole, whole.Length, false);
        }
        var limbs = (bits + 63) >> 6;
        var low = Limbs.Allocate(limbs);
        x[..limbs].CopyTo(low);
        if ((bits & 63) != 0) low[limbs - 1] &= (1UL << (bits & 63)) - 1;
        return PyInt.FromLimbs(low, limbs, false);
    }

    /// <summary>a &amp; b, a | b or a ^ b.</summary>
    public static PyInt Bitwise(BinaryOperator op, PyInt a, PyInt b)
    {
        if (a.Sign < 0 || b.Sign < 0) return BitwiseSigned(op, a, b);
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = Magnitude(a, sa, out _);
        var y = Magnitude(b, sb, out _);
        if (x.Length < y.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        if (op == BinaryOperator.BitAnd)
        {
            if (y.IsEmpty) return PyInt.Zero;
            var and = Limbs.Allocate(y.Length);
            Combine(op, x, y, and);
            return PyInt.FromLimbs(and, and.Length, false);
        }
        var result = Limbs.Allocate(x.Length);
        Combine(op, x, y, result);
        x[y.Length..].CopyTo(result.AsSpan(y.Length));
        return PyInt.FromLimbs(result, result.Length, false);
    }

    /// <summary>
    /// x (op) y limb by limb over y's length into <paramref name="result"/>: two limbs at a time
    /// in 128-bit vectors (baseline on every 64-bit target), through refs (see Limbs).
    /// </summary>
    private static void Combine(BinaryOperator op, ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, Span<ulong> result)
    {
        var n = y.Length;
        x = x[..n];
        result = result[..n];
        ref var a = ref MemoryMarshal.GetReference(x);
        ref var b = ref MemoryMarshal.GetReference(y);
        ref var r = ref MemoryMarshal.GetReference(result);
        nuint i = 0, pairs = (nuint)n & ~(nuint)1;
        switch (op)
        {
            case BinaryOperator.BitAnd:
                for (; i < pairs; i += 2) (Vector128.LoadUnsafe(ref a, i) & Vector128.LoadUnsafe(ref b, i)).StoreUnsafe(ref r, i);
                if (i < (nuint)n) Unsafe.Add(ref r, i) = Unsafe.Add(ref a, i) & Unsafe.Add(ref b, i);
                break;
            case BinaryOperator.BitOr:
                for (; i < pairs; i += 2) (Vector128.LoadUnsafe(ref a, i) | Vector128.LoadUnsafe(ref b, i)).StoreUnsafe(ref r, i);
                if (i < (nuint)n) Unsafe.Add(ref r, i) = Unsafe.Add(ref a, i) | Unsafe.Add(ref b, i);
                break;
            default:
                for (; i < pairs; i += 2) (Vector128.LoadUnsafe(ref a, i) ^ Vector128.LoadUnsafe(ref b, i)).StoreUnsafe(ref r, i);
                if (i < (nuint)n) Unsafe.Add(ref r, i) = Unsafe.Add(ref a, i) ^ Unsafe.Add(ref b, i);
                break;
        }
    }

    /// <summary>
    /// a &amp; b, a | b or a ^ b with a negative operand: both in two's complement one limb wider
    /// than the longer magnitude (the top limb is all sign), the operation limb by limb, and a
    /// negative result's magnitude taken back out of two's complement.
    /// </summary>
    private static PyInt BitwiseSigned(BinaryOperator op, PyInt a, PyInt b)
    {
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = Magnitude(a, sa, out var xNegative);
        var y = Magnitude(b, sb, out var yNegative);
        var width = Math.Max(x.Length, y.Length) + 1;
        var result = Limbs.Allocate(width);
        Span<ulong> other = width <= 64 ? stackalloc ulong[width] : new ulong[width];
        TwosComplement(x, xNegative, result);
        TwosComplement(y, yNegative, other);
        switch (op)
        {
            case BinaryOperator.BitAnd:
                for (var i = 0; i < width; i++) result[i] &= other[i];
                break;
            case BinaryOperator.BitOr:
                for (var i = 0; i < width; i++) result[i] |= other[i];
                break;
            default:
                for (var i = 0; i < width; i++) result[i] ^= other[i];
                break;
        }
        var negative = (long)result[width - 1] < 0;
        if (negative) Negate(result);
        return PyInt.FromLimbs(result, width, negative);
    }

    /// <summary>The value of sign and magnitude as <paramref name="target"/>'s width of two's complement.</summary>
    private static void TwosComplement(ReadOnlySpan<ulong> magnitude, bool negative, Span<ulong> target)
    {
        magnitude.CopyTo(target);
        target[magnitude.Length..].Clear();
        if (negative) Negate(target);
    }

    /// <summary>-x modulo 2**(64 * length) in place: every bit inverted, then one added.</summary>
    private static void Negate(Span<ulong> x)
    {
        var carry = true;
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = ~x[i];
            if (carry) carry = ++x[i] == 0;
        }
    }

    private static ReadOnlySpan<ulong> Magnitude(PyInt v, Span<ulong> scratch, out bool negative)
    {
        negative = v.Sign < 0;
        if (!v.IsSmall) return v.Magnitude;
        if (v.Small == 0) return default;
        scratch[0] = negative ? 0UL - (ulong)v.Small : (ulong)v.Small;
        return scratch;
    }

    /// <summary>a &lt;&lt; shift into <paramref name="result"/> (a's length + shift / 64 + 1 limbs); returns that length.</summary>
    internal static int ShiftLeft(ReadOnlySpan<ulong> a, int shift, Span<ulong> result)
    {
        int words = shift >> 6, bits = shift & 63;
        result[..words].Clear();
        var target = result.Slice(words, a.Length + 1);
        if (bits == 0)
        {
            a.CopyTo(target);
            target[a.Length] = 0;
        }
        else
        {
            // Through refs, the lengths checked by the slice above (see Limbs).
            ref var x = ref MemoryMarshal.GetReference(a);
            ref var r = ref MemoryMarshal.GetReference(target);
            var back = 64 - bits;
            nint n = a.Length;
            // Limb i is a[i] << bits | a[i - 1] >> back. Each limb depends on two inputs only, so
            // SSE2 (in every x86-64) shifts two at a time: psllq/psrlq take their count from a
            // register, where scalar shifts need it in cl (a move per shift) without BMI2.
            nint i = 1;
            if (Sse2.IsSupported)
            {
                var left = Vector128.CreateScalar((ulong)bits);
                var right = Vector128.CreateScalar((ulong)back);
                for (; i + 2 <= n; i += 2)
                {
                    var current = Vector128.LoadUnsafe(ref x, (nuint)i);
                    var previous = Vector128.LoadUnsafe(ref x, (nuint)(i - 1));
                    (Sse2.ShiftLeftLogical(current, left) | Sse2.ShiftRightLogical(previous, right)).StoreUnsafe(ref r, (nuint)i);
                }
            }
            for (; i < n; i++) Unsafe.Add(ref r, i) = (Unsafe.Add(ref x, i) << bits) | (Unsafe.Add(ref x, i - 1) >> back);
            r = x << bits;
            target[a.Length] = a[^1] >> back;
        }
        return words + a.Length + 1;
    }

    /// <summary>
    /// a &gt;&gt; shift (below a's bit width rounded up to limbs) into <paramref name="result"/>;
    /// returns the length written, <paramref name="lost"/> telling whether a set bit was shifted out.
    /// </summary>
    private static int ShiftRight(ReadOnlySpan<ulong> a, int shift, Span<ulong> result, out bool lost)
    {
        int words = shift >> 6, bits = shift & 63;
        var n = a.Length - words;
        lost = a[..words].ContainsAnyExcept(0UL) || (bits != 0 && (a[words] & ((1UL << bits) - 1)) != 0);
        var source = a[words..];
        if (bits == 0)
        {
            source.CopyTo(result);
            return n;
        }
        result = result[..n];
        ref var x = ref MemoryMarshal.GetReference(source);
        ref var r = ref MemoryMarshal.GetReference(result);
        var back = 64 - bits;
        // Two limbs at a time as in ShiftLeft.
        nint i = 0;
        if (Sse2.IsSupported)
        {
            var left = Vector128.CreateScalar((ulong)back);
            var right = Vector128.CreateScalar((ulong)bits);
            for (; i + 3 <= n; i += 2)
            {
                var current = Vector128.LoadUnsafe(ref x, (nuint)i);
                var next = Vector128.LoadUnsafe(ref x, (nuint)(i + 1));
                (Sse2.ShiftRightLogical(current, right) | Sse2.ShiftLeftLogical(next, left)).StoreUnsafe(ref r, (nuint)i);
            }
        }
        for (; i < n - 1; i++) Unsafe.Add(ref r, i) = (Unsafe.Add(ref x, i) >> bits) | (Unsafe.Add(ref x, i + 1) << back);
        result[n - 1] = source[n - 1] >> bits;
        return n;
    }
}
