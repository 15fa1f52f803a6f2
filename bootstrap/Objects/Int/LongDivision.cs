using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Schoolbook long division (Knuth's algorithm D) of magnitudes, on the 32-bit halves of the
/// limbs: each quotient digit is estimated from the top two digits of the running remainder
/// and the top digit of the divisor (normalised so its top bit is set), refined with the next
/// digit, and is then at most one too large, which one add-back corrects. A 64-by-32-bit
/// divide is one instruction on every target; the 128-by-64-bit one is not. BigInteger's
/// division, which this replaces for divisors of two digits or more, spent 8 ns per digit
/// product in its subtraction step (divmod of 8000 by 4000 bits ran at 2.5x CPython's time).
/// </summary>
internal static class LongDivision
{
    private const int StackDigits = 64;

    /// <summary>
    /// a divided by b (b at least 2**32, a at least as many limbs as b): the quotient into
    /// <paramref name="quotient"/> (a.Length - b.Length + 1 limbs, all written) and, when
    /// <paramref name="remainder"/> is not empty, the remainder into it (b's length, all written).
    /// </summary>
    [SkipLocalsInit] // the digits on the stack are written before they are read
    public static void Divide(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> quotient, Span<ulong> remainder)
    {
        var v = Digits(b);
        var u = Digits(a);
        var n = v.Length;
        var m = u.Length - n;
        if (n < 2) throw new ArgumentException("the divisor must have two digits", nameof(b));
        var q = MemoryMarshal.Cast<ulong, uint>(quotient[..(a.Length - b.Length + 1)]);
        q.Clear();
        if (m < 0)
        {
            // Fewer digits than the divisor: the quotient is zero and a the remainder.
            if (!remainder.IsEmpty)
            {
                remainder = remainder[..b.Length];
                remainder.Clear();
                a.CopyTo(remainder);
            }
            return;
        }
        // Normalised copies: the divisor's top bit set, the dividend shifted alike with one more digit.
        var shift = BitOperations.LeadingZeroCount(v[n - 1]);
        // On the stack while small: a 128-bit modulus's x * x % n divides 8 digits by 4.
        var vn = n <= StackDigits ? stackalloc uint[StackDigits] : new uint[n];
        var un = u.Length < StackDigits ? stackalloc uint[StackDigits] : new uint[u.Length + 1];
        vn = vn[..n];
        un = un[..(u.Length + 1)];
        ShiftLeft(v, shift, vn);
        un[u.Length] = ShiftLeft(u, shift, un[..u.Length]);
        ulong top = vn[n - 1], next = vn[n - 2];
        for (var j = m; j >= 0; j--)
        {
            var window = un.Slice(j, n + 1);
            var numerator = ((ulong)window[n] << 32) | window[n - 1];
            ulong qhat, rhat;
            if (window[n] >= top)
            {
                // The estimate would be 2**32 or more: the digit is at most 2**32 - 1.
                qhat = uint.MaxValue;
                rhat = numerator - qhat * top;
            }
            else
            {
                qhat = numerator / top;
                rhat = numerator - qhat * top;
            }
            while (rhat <= uint.MaxValue && qhat * next > ((rhat << 32) | window[n - 2]))
            {
                qhat--;
                rhat += top;
            }
            if (qhat != 0 && SubtractMultiple(window, vn, (uint)qhat))
            {
                // Once in about 2**31 digits the estimate is one too large: add the divisor back.
                qhat--;
                AddBack(window, vn);
            }
            q[j] = (uint)qhat;
        }
        if (remainder.IsEmpty) return;
        var r = MemoryMarshal.Cast<ulong, uint>(remainder[..b.Length]);
        r.Clear();
        ShiftRight(un[..n], shift, r);
    }

    // The magnitude's 32-bit digits without a zero top digit (limbs are little-endian).
    private static ReadOnlySpan<uint> Digits(ReadOnlySpan<ulong> limbs)
    {
        var digits = MemoryMarshal.Cast<ulong, uint>(limbs);
        return digits.Length > 0 && digits[^1] == 0 ? digits[..^1] : digits;
    }

    // source << shift into target (source's length); returns the bits shifted out of the top.
    private static uint ShiftLeft(ReadOnlySpan<uint> source, int shift, Span<uint> target)
    {
        if (shift == 0)
        {
            source.CopyTo(target);
            return 0;
        }
        uint carry = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var d = source[i];
            target[i] = (d << shift) | carry;
            carry = d >> (32 - shift);
        }
        return carry;
    }

    private static void ShiftRight(ReadOnlySpan<uint> source, int shift, Span<uint> target)
    {
        if (shift == 0)
        {
            source.CopyTo(target);
            return;
        }
        for (var i = 0; i < source.Length - 1; i++) target[i] = (source[i] >> shift) | (source[i + 1] << (32 - shift));
        target[source.Length - 1] = source[^1] >> shift;
    }

    /// <summary>window -= m * v (window one digit longer than v); true when that went below zero.</summary>
    private static bool SubtractMultiple(Span<uint> window, ReadOnlySpan<uint> v, uint m)
    {
        var n = v.Length;
        window = window[..(n + 1)];
        ref var w = ref MemoryMarshal.GetReference(window);
        ref var y = ref MemoryMarshal.GetReference(v);
        ulong carry = 0; // the product's high digit, carried to the next position
        long borrow = 0; // 0 or -1
        for (var i = 0; i < n; i++)
        {
            var p = Unsafe.Add(ref y, i) * (ulong)m + carry;
            carry = p >> 32;
            var t = (long)Unsafe.Add(ref w, i) - (uint)p + borrow;
            Unsafe.Add(ref w, i) = (uint)t;
            borrow = t >> 32;
        }
        var last = (long)Unsafe.Add(ref w, n) - (long)carry + borrow;
        Unsafe.Add(ref w, n) = (uint)last;
        return last < 0;
    }

    private static void AddBack(Span<uint> window, ReadOnlySpan<uint> v)
    {
        ulong carry = 0;
        for (var i = 0; i < v.Length; i++)
        {
            var s = (ulong)window[i] + v[i] + carry;
            window[i] = (uint)s;
            carry = s >> 32;
        }
        // The top digit wrapped below zero; the carry brings it back.
        window[v.Length] = (uint)(window[v.Length] + carry);
    }
}
