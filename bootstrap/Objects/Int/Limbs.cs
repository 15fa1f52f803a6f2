using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Kernels on magnitudes of big ints: unsigned, 64-bit limbs, least significant first, no
/// leading zero limbs in the inputs. 64-bit limbs halve the loop trips of BigInteger's 32-bit
/// ones, and each kernel writes straight into the array the result keeps (BigInteger computes
/// into a pooled buffer, then allocates and copies). Outputs may end in zero limbs: the
/// caller passes the length it got back to <see cref="PyInt.FromLimbs"/>, which trims.
/// </summary>
internal static class Limbs
{
    /// <summary>An array for a result; its limbs are all written by the kernel that fills it.</summary>
    public static ulong[] Allocate(int length) => GC.AllocateUninitializedArray<ulong>(length);

    public static int Compare(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
        }
        return 0;
    }

    // The loops below index through refs: the spans' lengths are checked once up front (the
    // slices throw when a result is too short), and the bounds checks the JIT cannot drop from
    // three spans indexed together cost a sixth of a limb's instructions.

    /// <summary>a + b into <paramref name="result"/> (at least max length + 1 limbs); returns the length written.</summary>
    public static int Add(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (a.Length < b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        result = result[..(a.Length + 1)];
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        ref var r = ref MemoryMarshal.GetReference(result);
        ulong carry = 0;
        var i = 0;
        for (; i < b.Length; i++)
        {
            // The carry out is the sum's own, or the carry in rippling through an all-ones sum:
            // the chain from limb to limb is an and and an or.
            var xi = Unsafe.Add(ref x, i);
            var s = xi + Unsafe.Add(ref y, i);
            var c = s < xi ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = s + carry;
            carry = c | (carry & (s == ulong.MaxValue ? 1UL : 0UL));
        }
        for (; i < a.Length; i++)
        {
            var s = Unsafe.Add(ref x, i) + carry;
            carry = s < carry ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = s;
        }
        result[i] = carry;
        return i + 1;
    }

    /// <summary>a - b for a ≥ b into <paramref name="result"/> (a's length); returns a's length.</summary>
    public static int Subtract(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (b.Length > a.Length) throw new ArgumentException("subtrahend longer than minuend", nameof(b));
        result = result[..a.Length];
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        ref var r = ref MemoryMarshal.GetReference(result);
        ulong borrow = 0;
        var i = 0;
        for (; i < b.Length; i++)
        {
            // As in Add: the borrow out is the difference's own, or the borrow in through a zero.
            var xi = Unsafe.Add(ref x, i);
            var d = xi - Unsafe.Add(ref y, i);
            var c = d > xi ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = d - borrow;
            borrow = c | (borrow & (d == 0 ? 1UL : 0UL));
        }
        for (; i < a.Length; i++)
        {
            var xi = Unsafe.Add(ref x, i);
            var d = xi - borrow;
            borrow = d > xi ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = d;
        }
        return a.Length;
    }

    // Products go through the 32-bit halves of the limbs: a 32 x 32 -> 64 bit product is one
    // instruction on every target, where Math.BigMul falls back to four of them in software
    // when the native build may not assume BMI2 (it does not by default).

    /// <summary>a * m into <paramref name="result"/> (a's length + 1); returns that length.</summary>
    public static int MultiplySmall(ReadOnlySpan<ulong> a, ulong m, Span<ulong> result)
    {
        if (m > uint.MaxValue) return Multiply(a, [m], result);
        var n = a.Length;
        result = result[..(n + 1)];
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var r = ref MemoryMarshal.GetReference(result);
        // Half by half with a full-width carry: (2**32 - 1)**2 + 2**32 - 1 < 2**64, so neither
        // sum overflows. The carry passes through two adds and two shifts a limb, a chain the
        // products cannot overlap; so the two halves of a are multiplied in one loop with a
        // carry each (two chains side by side), and the lower half's last carry is added into
        // the upper half's product afterwards.
        var h = n < 16 ? 0 : n / 2;
        ulong c0 = 0, c1 = 0;
        for (var i = 0; i < h; i++)
        {
            var x0 = Unsafe.Add(ref x, i);
            var x1 = Unsafe.Add(ref x, i + h);
            var low0 = (x0 & 0xFFFFFFFF) * m + c0;
            var low1 = (x1 & 0xFFFFFFFF) * m + c1;
            var high0 = (x0 >> 32) * m + (low0 >> 32);
            var high1 = (x1 >> 32) * m + (low1 >> 32);
            Unsafe.Add(ref r, i) = (high0 << 32) | (uint)low0;
            Unsafe.Add(ref r, i + h) = (high1 << 32) | (uint)low1;
            c0 = high0 >> 32;
            c1 = high1 >> 32;
        }
        for (var i = 2 * h; i < n; i++)
        {
            var xi = Unsafe.Add(ref x, i);
            var low = (xi & 0xFFFFFFFF) * m + c1;
            var high = (xi >> 32) * m + (low >> 32);
            Unsafe.Add(ref r, i) = (high << 32) | (uint)low;
            c1 = high >> 32;
        }
        Unsafe.Add(ref r, n) = c1;
        // The whole product fits in n + 1 limbs, so the lower half's carry stops by the top.
        for (var i = h; c0 != 0; i++)
        {
            var s = Unsafe.Add(ref r, i) + c0;
            c0 = s < c0 ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = s;
        }
        return n + 1;
    }

    /// <summary>
    /// a[..length] * m + add in place, the carry out stored as a new top limb (the caller leaves
    /// room for it); returns the new length. <paramref name="add"/> is below 2**32.
    /// </summary>
    public static int MultiplyAddSmall(ulong[] a, int length, uint m, uint add)
    {
        var span = a.AsSpan(0, length);
        ulong carry = add;
        for (var i = 0; i < span.Length; i++)
        {
            var x = span[i];
            var low = (x & 0xFFFFFFFF) * m + carry;
            var high = (x >> 32) * m + (low >> 32);
            span[i] = (high << 32) | (uint)low;
            carry = high >> 32;
        }
        if (carry != 0) a[length++] = carry;
        return length;
    }

    /// <summary>a * b, schoolbook, into <paramref name="result"/> (a.Length + b.Length limbs); returns that length.</summary>
    public static int Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        var x = MemoryMarshal.Cast<ulong, uint>(a);
        var y = MemoryMarshal.Cast<ulong, uint>(b);
        var r = MemoryMarshal.Cast<ulong, uint>(result)[..(x.Length + y.Length)];
        r.Clear();
        for (var j = 0; j < y.Length; j++)
        {
            ulong m = y[j];
            if (m == 0) continue;
            ulong carry = 0;
            var row = r[j..];
            for (var i = 0; i < x.Length; i++)
            {
                // At most (2**32 - 1)**2 + 2 * (2**32 - 1): fits.
                var p = x[i] * m + row[i] + carry;
                row[i] = (uint)p;
                carry = p >> 32;
            }
            row[x.Length] = (uint)carry;
        }
        return a.Length + b.Length;
    }

    /// <summary>a - m * b in place in <paramref name="a"/>, for a ≥ m * b.</summary>
    private static void SubtractMultiple(Span<ulong> a, ReadOnlySpan<ulong> b, uint m)
    {
        var x = MemoryMarshal.Cast<ulong, uint>(a);
        var y = MemoryMarshal.Cast<ulong, uint>(b);
        ulong carry = 0; // the product's high half carried to the next limb
        long borrow = 0; // 0 or -1
        var i = 0;
        for (; i < y.Length; i++)
        {
            var p = y[i] * (ulong)m + carry;
            carry = p >> 32;
            var t = (long)x[i] - (uint)p + borrow;
            x[i] = (uint)t;
            borrow = t >> 32;
        }
        var owed = (long)carry - borrow; // at most 2**32
        for (; owed != 0 && i < x.Length; i++)
        {
            var t = x[i] - owed;
            x[i] = (uint)t;
            owed = -(t >> 32);
        }
    }

    public static int BitLength(ReadOnlySpan<ulong> a) =>
        a.Length == 0 ? 0 : a.Length * 64 - System.Numerics.BitOperations.LeadingZeroCount(a[^1]);

    /// <summary>The 128 bits of a starting at bit <paramref name="shift"/> (bits past the top read as zero).</summary>
    private static UInt128 Bits128(ReadOnlySpan<ulong> a, int shift)
    {
        var limb = shift >> 6;
        var bit = shift & 63;
        return new UInt128(Word(a, limb + 1, bit), Word(a, limb, bit));
    }

    private static ulong Limb(ReadOnlySpan<ulong> a, int k) => k < a.Length ? a[k] : 0;

    private static ulong Word(ReadOnlySpan<ulong> a, int k, int bit) =>
        bit == 0 ? Limb(a, k) : (Limb(a, k) >> bit) | (Limb(a, k + 1) << (64 - bit));

    /// <summary>
    /// a divided by b when b has two limbs or more and the quotient is below 2**32 (the shape of
    /// a big number divided by one of nearly its size): the top bits give an estimate at most a
    /// few units low, one pass subtracts that multiple, and a few subtractions of b correct it.
    /// Returns false, touching nothing, for other shapes. The remainder is written to
    /// <paramref name="remainder"/> (a's length, leading zero limbs left in place).
    /// </summary>
    public static bool TryDivideNear(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, out ulong quotient, Span<ulong> remainder)
    {
        quotient = 0;
        var bitsB = BitLength(b);
        var bitsA = BitLength(a);
        if (b.Length < 2 || bitsA - bitsB > 31) return false;
        a.CopyTo(remainder);
        if (bitsA < bitsB) return true;
        // bt: b's top 64 bits (at least 2**63); at: a's bits from the same place (below 2**96).
        var shift = bitsB - 64;
        var bt = (ulong)Bits128(b, shift);
        var at = Bits128(a, shift);
        // at / (bt + 1) never exceeds the true quotient and falls short of it by at most 3.
        var q = (ulong)(at / ((UInt128)bt + 1));
        var rest = remainder[..a.Length];
        if (q != 0) SubtractMultiple(rest, b, (uint)q);
        while (Compare(Trim(rest), b) >= 0)
        {
            Subtract(Trim(rest), b, rest);
            q++;
        }
        quotient = q;
        return true;
    }

    /// <summary>
    /// a divided by b (two limbs or more) when the top bits alone settle the quotient, which is
    /// below 2**32: a number divided by one of nearly its size (a spigot's next digit). With
    /// at and bt the bits of a and b from b's 64th bit down, a / b lies strictly between
    /// at / (bt + 1) and (at + 1) / bt; those bounds are a tiny fraction of a unit apart, so
    /// their floors agree unless a / b is that close to a whole number. The quotient then costs
    /// no pass over the limbs; and an exact multiple of b never gets here (a / b = q would make
    /// the lower floor q - 1), so the remainder is never zero.
    /// </summary>
    public static bool TryQuotientFromTop(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, out ulong quotient)
    {
        quotient = 0;
        var bitsB = BitLength(b);
        var bitsA = BitLength(a);
        if (b.Length < 2 || bitsA < bitsB || bitsA - bitsB > 31) return false;
        var shift = bitsB - 64;
        var bt = (ulong)Bits128(b, shift);
        var at = Bits128(a, shift);
        var low = at / ((UInt128)bt + 1);
        if (low != (at + 1) / bt) return false;
        quotient = (ulong)low;
        return true;
    }

    /// <summary>a - m * b into <paramref name="result"/> (a's length), for a ≥ m * b and m below 2**32; returns a's length.</summary>
    public static int SubtractMultiple(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ulong m, Span<ulong> result)
    {
        if (b.Length > a.Length || m > uint.MaxValue) throw new ArgumentException("not a ≥ m * b with a small m", nameof(b));
        result = result[..a.Length];
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        ref var r = ref MemoryMarshal.GetReference(result);
        ulong carry = 0, borrow = 0;
        var i = 0;
        for (; i < b.Length; i++)
        {
            // The product limb as in MultiplySmall, then the difference as in Subtract.
            var yi = Unsafe.Add(ref y, i);
            var low = (yi & 0xFFFFFFFF) * m + carry;
            var high = (yi >> 32) * m + (low >> 32);
            carry = high >> 32;
            var xi = Unsafe.Add(ref x, i);
            var d = xi - ((high << 32) | (uint)low);
            var c = d > xi ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = d - borrow;
            borrow = c | (borrow & (d == 0 ? 1UL : 0UL));
        }
        // What is still owed is below 2**32 + 1, then a borrow of one.
        var owed = carry + borrow;
        for (; i < a.Length; i++)
        {
            var xi = Unsafe.Add(ref x, i);
            var d = xi - owed;
            owed = d > xi ? 1UL : 0UL;
            Unsafe.Add(ref r, i) = d;
        }
        return a.Length;
    }

    /// <summary>The span without its leading zero limbs.</summary>
    public static ReadOnlySpan<ulong> Trim(ReadOnlySpan<ulong> a)
    {
        var n = a.Length;
        while (n > 0 && a[n - 1] == 0) n--;
        return a[..n];
    }

    /// <summary>a divided by d (below 2**32) into <paramref name="quotient"/> (a's length); returns the remainder.</summary>
    public static ulong DivideSmall(ReadOnlySpan<ulong> a, uint d, Span<ulong> quotient)
    {
        // Two 64-by-32 steps per limb: the running remainder stays below d, so each partial
        // dividend fits in a ulong.
        ulong rem = 0;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            var x = a[i];
            var hi = (rem << 32) | (x >> 32);
            var qh = hi / d;
            rem = hi - qh * d;
            var lo = (rem << 32) | (x & 0xFFFFFFFF);
            var ql = lo / d;
            rem = lo - ql * d;
            quotient[i] = (qh << 32) | ql;
        }
        return rem;
    }

    /// <summary>a modulo d (below 2**32), as <see cref="DivideSmall"/> without the quotient.</summary>
    public static ulong RemainderSmall(ReadOnlySpan<ulong> a, uint d)
    {
        ulong rem = 0;
        for (var i = a.Length - 1; i >= 0; i--)
        {
            var x = a[i];
            rem = ((rem << 32) | (x >> 32)) % d;
            rem = ((rem << 32) | (x & 0xFFFFFFFF)) % d;
        }
        return rem;
    }
}
