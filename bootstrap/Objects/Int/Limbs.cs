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
    public static ulong[] Allocate(int length)
    {
        var total = t_allocatedLimbs + length;
        if (total >= YoungCollectionLimbs) total = OverBudget(total);
        t_allocatedLimbs = total;
        return GC.AllocateUninitializedArray<ulong>(length);
    }

    // A long-number loop allocates a few arrays of its numbers' size per operation, nearly all
    // garbage by the next one, and its peak memory followed the GC's young budget (4 MB, see
    // GeneratedProject): pidigits peaked at 14.3 MB (CPython 8.3) with a budget of 4 MB, 10.2
    // with 2 MB, 8.3 with 1 MB, while the GC's budget is shared by every program. So the limbs
    // get a young collection of their own every 2 MB allocated, unless the GC ran one meanwhile:
    // pidigits 14.3 -> 10.9 MB at the same CPU (1 MB: 8.7 MB for +12% CPU; 512 KB: +45%).
    // A program whose ints are not long never gets there.
    private const long YoungCollectionLimbs = 2 * 1024 * 1024 / sizeof(ulong);
    [ThreadStatic] private static long t_allocatedLimbs;
    [ThreadStatic] private static int t_youngCollections;

    //
    // The collection waits for the next safe point (a loop iteration or a call, see Interrupts and
    // CallDepth) unless half as much again is allocated first: there the stack is shallower (every
    // collection walks it twice, about 2 us a frame through the unwinder) and the operands and
    // temporaries of the operation under way are no longer held, so fewer arrays are copied into
    // gen1. pidigits: collections 20% -> 16% of its time, the stack walks 10.5% -> 7.5%.
    private const long LateCollectionLimbs = YoungCollectionLimbs * 3 / 2;
    [ThreadStatic] private static bool t_collectionDue;

    private static long OverBudget(long total)
    {
        if (total >= LateCollectionLimbs) return CollectYoung();
        if (!t_collectionDue)
        {
            t_collectionDue = true;
            Hosting.Interrupts.RequestLoopSafePoint();
            Hosting.CallDepth.RequestSafePoint();
        }
        return total;
    }

    /// <summary>At a safe point: the young collection <see cref="Allocate"/> asked for, if this thread did.</summary>
    public static void CollectIfDue()
    {
        if (t_collectionDue) t_allocatedLimbs = CollectYoung();
    }

    private static long CollectYoung()
    {
        t_collectionDue = false;
        if (GC.CollectionCount(0) == t_youngCollections) GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        t_youngCollections = GC.CollectionCount(0);
        return 0;
    }

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
    //
    // Without an add-with-carry instruction (.NET 9 has no intrinsic for it) a carry costs a
    // compare and a set per 64-bit limb; on the 32-bit halves of the limbs (little-endian) it is
    // the top of a 64-bit sum, one shift. Each add then waits for the previous one's carry, so
    // long operands run as two chains side by side: the lower half, and the upper half from a
    // carry in of zero; the lower chain's last carry is added into the upper result afterwards
    // (it ripples past only limbs that came out all ones). Native build, 1800 limbs: Add 1.2-1.3
    // -> 0.75-0.95 ns a limb.

    // Below this many limbs one chain: the split's bookkeeping costs more than the overlap gains.
    private const int SplitLimbs = 16;

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
        ref var xl = ref MemoryMarshal.GetReference(a);
        ref var rl = ref MemoryMarshal.GetReference(result);
        ref var x = ref Unsafe.As<ulong, uint>(ref xl);
        ref var y = ref Unsafe.As<ulong, uint>(ref MemoryMarshal.GetReference(b));
        ref var r = ref Unsafe.As<ulong, uint>(ref rl);
        // Chain 0 takes words [0, h), chain 1 words [h, 2h) and the rest of b.
        nint half = b.Length < SplitLimbs ? 0 : b.Length / 2;
        nint h = 2 * half;
        ref var x1 = ref Unsafe.Add(ref x, h);
        ref var y1 = ref Unsafe.Add(ref y, h);
        ref var r1 = ref Unsafe.Add(ref r, h);
        ulong c0 = 0, c1 = 0;
        for (nint i = 0; i < h; i += 2)
        {
            var s0 = (ulong)Unsafe.Add(ref x, i) + Unsafe.Add(ref y, i) + c0;
            var t0 = (ulong)Unsafe.Add(ref x1, i) + Unsafe.Add(ref y1, i) + c1;
            Unsafe.Add(ref r, i) = (uint)s0;
            Unsafe.Add(ref r1, i) = (uint)t0;
            var s1 = (ulong)Unsafe.Add(ref x, i + 1) + Unsafe.Add(ref y, i + 1) + (s0 >> 32);
            var t1 = (ulong)Unsafe.Add(ref x1, i + 1) + Unsafe.Add(ref y1, i + 1) + (t0 >> 32);
            Unsafe.Add(ref r, i + 1) = (uint)s1;
            Unsafe.Add(ref r1, i + 1) = (uint)t1;
            c0 = s1 >> 32;
            c1 = t1 >> 32;
        }
        nint words = 2 * (nint)b.Length;
        for (nint i = 2 * h; i < words; i += 2)
        {
            var s0 = (ulong)Unsafe.Add(ref x, i) + Unsafe.Add(ref y, i) + c1;
            Unsafe.Add(ref r, i) = (uint)s0;
            var s1 = (ulong)Unsafe.Add(ref x, i + 1) + Unsafe.Add(ref y, i + 1) + (s0 >> 32);
            Unsafe.Add(ref r, i + 1) = (uint)s1;
            c1 = s1 >> 32;
        }
        nint k = b.Length;
        for (; k < a.Length; k++)
        {
            var s = Unsafe.Add(ref xl, k) + c1;
            c1 = s < c1 ? 1UL : 0UL;
            Unsafe.Add(ref rl, k) = s;
        }
        Unsafe.Add(ref rl, k) = c1;
        // The whole sum fits, so the carry stops by the top limb.
        for (var i = half; c0 != 0; i++)
        {
            var s = Unsafe.Add(ref rl, i) + 1;
            Unsafe.Add(ref rl, i) = s;
            c0 = s == 0 ? 1UL : 0UL;
        }
        return a.Length + 1;
    }

    /// <summary>a - b for a ≥ b into <paramref name="result"/> (a's length); returns a's length.</summary>
    public static int Subtract(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (b.Length > a.Length) throw new ArgumentException("subtrahend longer than minuend", nameof(b));
        result = result[..a.Length];
        ref var xl = ref MemoryMarshal.GetReference(a);
        ref var rl = ref MemoryMarshal.GetReference(result);
        ref var x = ref Unsafe.As<ulong, uint>(ref xl);
        ref var y = ref Unsafe.As<ulong, uint>(ref MemoryMarshal.GetReference(b));
        ref var r = ref Unsafe.As<ulong, uint>(ref rl);
        // As in Add, with borrows: a word's difference wraps below zero, so the borrow is its top
        // bit. The upper chain never borrows out of a ≥ b (its halves compare as the wholes).
        nint half = b.Length < SplitLimbs ? 0 : b.Length / 2;
        nint h = 2 * half;
        ref var x1 = ref Unsafe.Add(ref x, h);
        ref var y1 = ref Unsafe.Add(ref y, h);
        ref var r1 = ref Unsafe.Add(ref r, h);
        ulong b0 = 0, b1 = 0;
        for (nint i = 0; i < h; i += 2)
        {
            var s0 = (ulong)Unsafe.Add(ref x, i) - Unsafe.Add(ref y, i) - b0;
            var t0 = (ulong)Unsafe.Add(ref x1, i) - Unsafe.Add(ref y1, i) - b1;
            Unsafe.Add(ref r, i) = (uint)s0;
            Unsafe.Add(ref r1, i) = (uint)t0;
            var s1 = (ulong)Unsafe.Add(ref x, i + 1) - Unsafe.Add(ref y, i + 1) - (s0 >> 63);
            var t1 = (ulong)Unsafe.Add(ref x1, i + 1) - Unsafe.Add(ref y1, i + 1) - (t0 >> 63);
            Unsafe.Add(ref r, i + 1) = (uint)s1;
            Unsafe.Add(ref r1, i + 1) = (uint)t1;
            b0 = s1 >> 63;
            b1 = t1 >> 63;
        }
        nint words = 2 * (nint)b.Length;
        for (nint i = 2 * h; i < words; i += 2)
        {
            var s0 = (ulong)Unsafe.Add(ref x, i) - Unsafe.Add(ref y, i) - b1;
            Unsafe.Add(ref r, i) = (uint)s0;
            var s1 = (ulong)Unsafe.Add(ref x, i + 1) - Unsafe.Add(ref y, i + 1) - (s0 >> 63);
            Unsafe.Add(ref r, i + 1) = (uint)s1;
            b1 = s1 >> 63;
        }
        for (nint k = b.Length; k < a.Length; k++)
        {
            var xk = Unsafe.Add(ref xl, k);
            var d = xk - b1;
            b1 = d > xk ? 1UL : 0UL;
            Unsafe.Add(ref rl, k) = d;
        }
        // The difference is not negative, so the borrow stops by the top limb.
        for (var i = half; b0 != 0; i++)
        {
            var v = Unsafe.Add(ref rl, i);
            Unsafe.Add(ref rl, i) = v - 1;
            b0 = v == 0 ? 1UL : 0UL;
        }
        return a.Length;
    }

    // Products go through 32-bit pieces: a 32 x 32 -> 64 bit product is one instruction on every
    // target, where Math.BigMul falls back to four of them in software: the native build's
    // baseline has no BMI2, and ILC compiles Bmi2.IsSupported to a constant false there (a
    // run-time check only when AVX is in the baseline; a one-chain MULX loop on an x86-64-v3
    // build ran at 3.2 ns a limb, its carry's compare-and-set chain being the cost).

    /// <summary>a * m into <paramref name="result"/> (a's length + 1); returns that length.</summary>
    public static int MultiplySmall(ReadOnlySpan<ulong> a, ulong m, Span<ulong> result) =>
        m > uint.MaxValue ? Multiply(a, [m], result) : MultiplySmall(a, (uint)m, 0, result);

    /// <summary>
    /// a * m + add into <paramref name="result"/> (a's length + 1; it may be a itself, as each
    /// limb is read before it is written); returns that length.
    /// </summary>
    private static int MultiplySmall(ReadOnlySpan<ulong> a, uint multiplier, ulong add, Span<ulong> result)
    {
        ulong m = multiplier;
        var n = a.Length;
        result = result[..(n + 1)];
        ref var rl = ref MemoryMarshal.GetReference(result);
        ref var x = ref Unsafe.As<ulong, uint>(ref MemoryMarshal.GetReference(a));
        ref var r = ref Unsafe.As<ulong, uint>(ref rl);
        // Word by word, a product and its carry in fit a ulong ((2**32 - 1)**2 + 2**32 - 1 < 2**64)
        // and the carry out is its top half. As in Add, two chains: the lower half of a's limbs,
        // and the upper half from a carry in of zero, the lower chain's last carry (below 2**32)
        // added into the result afterwards. Native build: 1.12-1.17 -> 1.08-1.10 ns a limb; the
        // two multiplications a limb are the floor.
        nint half = n < SplitLimbs ? 0 : n / 2;
        nint h = 2 * half;
        ref var x1 = ref Unsafe.Add(ref x, h);
        ref var r1 = ref Unsafe.Add(ref r, h);
        // The addend goes in with the lower chain's carry at the end (at limb 0 without a split).
        ulong c0 = add, c1 = 0;
        for (nint i = 0; i < h; i += 2)
        {
            var p0 = Unsafe.Add(ref x, i) * m + c0;
            var q0 = Unsafe.Add(ref x1, i) * m + c1;
            Unsafe.Add(ref r, i) = (uint)p0;
            Unsafe.Add(ref r1, i) = (uint)q0;
            var p1 = Unsafe.Add(ref x, i + 1) * m + (p0 >> 32);
            var q1 = Unsafe.Add(ref x1, i + 1) * m + (q0 >> 32);
            Unsafe.Add(ref r, i + 1) = (uint)p1;
            Unsafe.Add(ref r1, i + 1) = (uint)q1;
            c0 = p1 >> 32;
            c1 = q1 >> 32;
        }
        nint words = 2 * (nint)n;
        for (nint i = 2 * h; i < words; i++)
        {
            var p = Unsafe.Add(ref x, i) * m + c1;
            Unsafe.Add(ref r, i) = (uint)p;
            c1 = p >> 32;
        }
        Unsafe.Add(ref rl, n) = c1;
        // The whole product fits in n + 1 limbs, so the lower half's carry stops by the top.
        for (var i = half; c0 != 0; i++)
        {
            var s = Unsafe.Add(ref rl, i) + c0;
            c0 = s < c0 ? 1UL : 0UL;
            Unsafe.Add(ref rl, i) = s;
        }
        return n + 1;
    }

    /// <summary>
    /// a[..length] * m + add in place, the carry out stored as a new top limb (the caller leaves
    /// room for it); returns the new length. <paramref name="add"/> is below 2**32.
    /// </summary>
    public static int MultiplyAddSmall(ulong[] a, int length, uint m, uint add)
    {
        MultiplySmall(a.AsSpan(0, length), m, add, a);
        return a[length] != 0 ? length + 1 : length;
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
