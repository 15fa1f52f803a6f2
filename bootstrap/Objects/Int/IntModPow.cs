using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// pow(base, exp, mod) for ints. BigInteger.ModPow reduces each product by a long division
/// (two to three times the product's own cost) and converts all three operands; scripts call
/// pow with a modulus in tight loops (primality tests, RSA and Diffie-Hellman toys, hashes).
/// An odd modulus uses Montgomery multiplication, which reduces with a second multiplication
/// instead of a division: one 64-bit word for moduli below 2**64, 32-bit words above (the
/// 32 x 32 -> 64 bit product is one instruction on every target; a 64 x 64 -> 128 one is
/// four in software without BMI2, which the native build does not assume). Moduli below 2**32
/// use the hardware remainder; an even modulus past that takes the UInt128 or BigInteger path.
/// </summary>
internal static class IntModPow
{
    public static PyInt Power(PyInt @base, PyInt exponent, PyInt modulus)
    {
        if (modulus.Sign == 0) throw Errors.ValueError("pow() 3rd argument cannot be 0");
        var negativeModulus = modulus.Sign < 0;
        Span<ulong> scratchM = stackalloc ulong[1];
        var m = MagnitudeOf(modulus, scratchM);
        // Anything modulo 1 is 0, the negative exponent's inverse not even looked for (as CPython).
        if (m.Length == 1 && m[0] == 1) return PyInt.Zero;
        if (exponent.Sign < 0)
        {
            var n = BigInteger.Abs(modulus.Big);
            @base = PyInt.From(ModInverse(@base.Big, n) ?? throw Errors.ValueError("base is not invertible for the given modulus"));
            exponent = PyInt.From(-exponent.Big);
        }
        Span<ulong> scratchE = stackalloc ulong[1];
        var e = MagnitudeOf(exponent, scratchE);
        if (m.Length == 1)
        {
            var mod = m[0];
            var x = Reduce(@base, mod);
            var r = mod <= uint.MaxValue ? PowSmall(x, e, mod) : mod < FloatQuotientLimit ? PowFloatQuotient(x, e, mod)
                : (mod & 1) != 0 ? PowOdd64(x, e, mod) : PowWide(x, e, mod);
            return negativeModulus && r != 0 ? FromMagnitude(mod - r, true) : FromMagnitude(r, false);
        }
        PyInt result;
        if ((m[0] & 1) != 0)
        {
            result = PowMontgomery(@base, e, m);
        }
        else
        {
            var n = BigInteger.Abs(modulus.Big);
            var x = BigInteger.Remainder(@base.Big, n);
            if (x.Sign < 0) x += n;
            result = PyInt.From(BigInteger.ModPow(x, exponent.Big, n));
        }
        // The result takes the modulus's sign, as % does.
        if (negativeModulus && result.Sign != 0) result = (PyInt)IntArithmetic.Binary(BinaryOperator.Add, result, modulus)!;
        return result;
    }

    private static PyInt FromMagnitude(ulong magnitude, bool negative)
    {
        if (magnitude <= long.MaxValue) return PyInt.From(negative ? -(long)magnitude : (long)magnitude);
        return PyInt.FromLimbs([magnitude], 1, negative);
    }

    private static ReadOnlySpan<ulong> MagnitudeOf(PyInt v, Span<ulong> scratch)
    {
        if (!v.IsSmall) return v.Magnitude;
        if (v.Small == 0) return default;
        scratch[0] = v.Small < 0 ? 0UL - (ulong)v.Small : (ulong)v.Small;
        return scratch;
    }

    /// <summary>base modulo a one-limb modulus, in [0, mod).</summary>
    private static ulong Reduce(PyInt @base, ulong mod)
    {
        ulong r;
        if (@base.IsSmall)
        {
            var v = @base.Small;
            r = (v < 0 ? 0UL - (ulong)v : (ulong)v) % mod;
        }
        else
        {
            // Horner from the top limb: r * 2**64 + limb stays below mod * 2**64.
            var limbs = @base.Magnitude;
            if (mod <= uint.MaxValue) return Residue(Limbs.RemainderSmall(limbs, (uint)mod), @base.Sign < 0, mod);
            r = 0;
            for (var i = limbs.Length - 1; i >= 0; i--) r = (ulong)((((UInt128)r << 64) | limbs[i]) % mod);
        }
        return Residue(r, @base.Sign < 0, mod);
    }

    private static ulong Residue(ulong r, bool negative, ulong mod) => negative && r != 0 ? mod - r : r;

    private static bool Bit(ReadOnlySpan<ulong> e, int i) => ((e[i >> 6] >> (i & 63)) & 1) != 0;

    // One-limb moduli: left-to-right binary exponentiation.

    private static ulong PowSmall(ulong x, ReadOnlySpan<ulong> e, ulong mod)
    {
        ulong r = 1 % mod;
        for (var i = Limbs.BitLength(e) - 1; i >= 0; i--)
        {
            r = r * r % mod;
            if (Bit(e, i)) r = r * x % mod;
        }
        return r;
    }

    // Moduli below 2**50 (Miller-Rabin on numbers of 10-15 digits): x * y % mod with the quotient
    // estimated in doubles. With x, y < mod < 2**50 each factor converts exactly and the estimate
    // of x * y / mod (below 2**50) carries a relative error under 2**-51, so it is off by less than
    // one before truncation: the quotient taken is the true one or one either side, and
    // x * y - q * mod lies in [-mod, 2 * mod), within a long, so the wrapped 64-bit products give
    // it exactly and one correction either way finishes. Montgomery's 128-bit products cost four
    // multiplications each in software on the baseline instruction set (no MULX).
    private const ulong FloatQuotientLimit = 1UL << 50;

    private static ulong PowFloatQuotient(ulong x, ReadOnlySpan<ulong> e, ulong mod)
    {
        var inverse = 1.0 / mod;
        ulong r = 1;
        for (var i = Limbs.BitLength(e) - 1; i >= 0; i--)
        {
            r = MultiplyModFloat(r, r, mod, inverse);
            if (Bit(e, i)) r = MultiplyModFloat(r, x, mod, inverse);
        }
        return r;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyModFloat(ulong a, ulong b, ulong mod, double inverse)
    {
        var q = (long)((double)(long)a * (double)(long)b * inverse);
        var r = unchecked((long)(a * b - (ulong)q * mod));
        if (r < 0) r += (long)mod;
        else if (r >= (long)mod) r -= (long)mod;
        return (ulong)r;
    }

    private static ulong PowWide(ulong x, ReadOnlySpan<ulong> e, ulong mod)
    {
        ulong r = 1;
        for (var i = Limbs.BitLength(e) - 1; i >= 0; i--)
        {
            r = (ulong)((UInt128)r * r % mod);
            if (Bit(e, i)) r = (ulong)((UInt128)r * x % mod);
        }
        return r;
    }

    private static ulong PowOdd64(ulong x, ReadOnlySpan<ulong> e, ulong mod)
    {
        var inverse = NegatedInverse64(mod);
        // R = 2**64 modulo mod, then R**2 by 64 modular doublings: no 128-bit division.
        var one = (ulong.MaxValue % mod + 1) % mod;
        var r2 = one;
        for (var i = 0; i < 64; i++) r2 = r2 >= mod - r2 ? r2 - (mod - r2) : r2 + r2;
        var xm = MontgomeryMultiply64(x, r2, mod, inverse);
        var r = one;
        for (var i = Limbs.BitLength(e) - 1; i >= 0; i--)
        {
            r = MontgomeryMultiply64(r, r, mod, inverse);
            if (Bit(e, i)) r = MontgomeryMultiply64(r, xm, mod, inverse);
        }
        return MontgomeryMultiply64(r, 1, mod, inverse);
    }

    /// <summary>-mod**-1 modulo 2**64 for an odd mod, by Newton's iteration (each step doubles the correct low bits).</summary>
    private static ulong NegatedInverse64(ulong mod)
    {
        var inverse = mod; // right in the low 3 bits: an odd square is 1 modulo 8
        for (var i = 0; i < 5; i++) inverse *= 2 - mod * inverse;
        return 0UL - inverse;
    }

    /// <summary>a * b / 2**64 modulo mod, for a and b below mod.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MontgomeryMultiply64(ulong a, ulong b, ulong mod, ulong inverse)
    {
        var high = Math.BigMul(a, b, out var low);
        var q = low * inverse;
        var qHigh = Math.BigMul(q, mod, out _);
        // low + q * mod's low half is 0 modulo 2**64: it carries exactly when low is not 0.
        var t = high + qHigh;
        var overflow = t < high;
        var carry = low != 0 ? 1UL : 0UL;
        t += carry;
        overflow |= t < carry;
        // The sum is below 2 * mod; past 2**64 the wrapped difference is still right.
        return overflow || t >= mod ? t - mod : t;
    }

    // Multi-limb odd moduli: Montgomery multiplication on 32-bit words (CIOS), left-to-right
    // sliding windows over the exponent.

    private static PyInt PowMontgomery(PyInt @base, ReadOnlySpan<ulong> e, ReadOnlySpan<ulong> modulus)
    {
        var n = MemoryMarshal.Cast<ulong, uint>(modulus);
        if (n[^1] == 0) n = n[..^1];
        var words = n.Length;
        var inverse = (uint)NegatedInverse64(n[0]);
        var bigModulus = new BigInteger(MemoryMarshal.AsBytes(modulus), isUnsigned: true, isBigEndian: false);
        // The base in Montgomery form, x * R mod n with R = 2**(32 * words): one division here,
        // none in the loop.
        var x = BigInteger.Remainder(@base.Big << (32 * words), bigModulus);
        if (x.Sign < 0) x += bigModulus;
        var one = BigInteger.Remainder(BigInteger.One << (32 * words), bigModulus);

        var bits = Limbs.BitLength(e);
        var window = bits <= 24 ? 1 : bits <= 80 ? 3 : bits <= 240 ? 4 : bits <= 768 ? 5 : 6;
        // table[k] = x**(2k + 1), the odd powers a window can end in.
        var table = new uint[(1 << (window - 1)) * words];
        var scratch = new uint[words + 1];
        Write(x, table.AsSpan(0, words));
        var result = new uint[words];
        if (window > 1)
        {
            var square = new uint[words];
            MontgomeryMultiply(table.AsSpan(0, words), table.AsSpan(0, words), n, inverse, scratch, square);
            for (var k = 1; k < 1 << (window - 1); k++)
            {
                MontgomeryMultiply(table.AsSpan((k - 1) * words, words), square, n, inverse, scratch, table.AsSpan(k * words, words));
            }
        }
        Write(one, result);
        var started = false;
        for (var i = bits - 1; i >= 0;)
        {
            if (!Bit(e, i))
            {
                if (started) MontgomeryMultiply(result, result, n, inverse, scratch, result);
                i--;
                continue;
            }
            // The longest window [j, i] of at most `window` bits that ends in a set bit.
            var j = Math.Max(i - window + 1, 0);
            while (!Bit(e, j)) j++;
            var value = 0;
            for (var b = i; b >= j; b--) value = (value << 1) | (Bit(e, b) ? 1 : 0);
            if (started)
            {
                for (var s = 0; s <= i - j; s++) MontgomeryMultiply(result, result, n, inverse, scratch, result);
                MontgomeryMultiply(result, table.AsSpan((value >> 1) * words, words), n, inverse, scratch, result);
            }
            else
            {
                table.AsSpan((value >> 1) * words, words).CopyTo(result);
                started = true;
            }
            i = j - 1;
        }
        // Out of Montgomery form: times 1, divided by R.
        var unit = new uint[words];
        unit[0] = 1;
        MontgomeryMultiply(result, unit, n, inverse, scratch, result);
        var limbs = Limbs.Allocate((words + 1) / 2);
        limbs[^1] = 0;
        result.AsSpan().CopyTo(MemoryMarshal.Cast<ulong, uint>(limbs.AsSpan()));
        return PyInt.FromLimbs(limbs, limbs.Length, false);
    }

    /// <summary>A value below the modulus as <paramref name="target"/>'s words (zero-padded).</summary>
    private static void Write(BigInteger value, Span<uint> target)
    {
        target.Clear();
        value.TryWriteBytes(MemoryMarshal.AsBytes(target), out _, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>
    /// a * b / R modulo n into <paramref name="result"/> (which may be a or b), for a and b below
    /// n; <paramref name="t"/> is scratch of n's length + 1 words. Each row adds a * b[i] and
    /// q * n (q zeroing the low word) in one pass, shifted down a word as it goes: two products
    /// a step on two carry chains that do not wait on each other.
    /// </summary>
    private static void MontgomeryMultiply(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, ReadOnlySpan<uint> n, uint inverse, Span<uint> t, Span<uint> result)
    {
        var words = n.Length;
        // Lengths checked once; the loops index through refs (see Limbs).
        a = a[..words];
        b = b[..words];
        t = t[..(words + 1)];
        result = result[..words];
        t.Clear();
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rn = ref MemoryMarshal.GetReference(n);
        ref var rt = ref MemoryMarshal.GetReference(t);
        for (var i = 0; i < words; i++)
        {
            // Each sum is at most (2**32 - 1)**2 + 2 * (2**32 - 1) < 2**64.
            ulong bi = b[i];
            var x = rt + ra * bi;
            var c1 = x >> 32;
            ulong q = (uint)x * inverse;
            var c2 = ((uint)x + q * rn) >> 32;
            for (var j = 1; j < words; j++)
            {
                x = Unsafe.Add(ref rt, j) + Unsafe.Add(ref ra, j) * bi + c1;
                c1 = x >> 32;
                var y = (uint)x + q * Unsafe.Add(ref rn, j) + c2;
                c2 = y >> 32;
                Unsafe.Add(ref rt, j - 1) = (uint)y;
            }
            x = Unsafe.Add(ref rt, words) + c1;
            var top = (uint)x + c2;
            Unsafe.Add(ref rt, words - 1) = (uint)top;
            Unsafe.Add(ref rt, words) = (uint)((x >> 32) + (top >> 32));
        }
        // t < 2n: one subtraction at most.
        var low = t[..words];
        if (t[words] != 0 || !IsBelow(low, n))
        {
            long borrow = 0;
            for (var j = 0; j < words; j++)
            {
                var d = (long)low[j] - n[j] + borrow;
                low[j] = (uint)d;
                borrow = d >> 32;
            }
        }
        low.CopyTo(result);
    }

    private static bool IsBelow(ReadOnlySpan<uint> a, ReadOnlySpan<uint> n)
    {
        for (var i = a.Length - 1; i >= 0; i--)
        {
            if (a[i] != n[i]) return a[i] < n[i];
        }
        return false;
    }

    /// <summary>a**-1 modulo m (m at least 2) in [0, m), or null when a and m share a factor.</summary>
    public static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        a = ((a % m) + m) % m;
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        if (oldR != 1) return null;
        return ((oldS % m) + m) % m;
    }
}
