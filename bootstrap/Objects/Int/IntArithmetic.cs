using System.Numerics;
using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// int (op) int with Python's semantics: floor division and modulo take the divisor's sign,
/// shifts are arithmetic, bit operations act on two's complement of unbounded width,
/// and every result that leaves 64 bits continues in BigInteger.
/// </summary>
public static class IntArithmetic
{
    public static PyObject? Binary(BinaryOperator op, PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            var x = a.Small;
            var y = b.Small;
            switch (op)
            {
                case BinaryOperator.Add:
                    {
                        var r = unchecked(x + y);
                        return ((x ^ r) & (y ^ r)) < 0 ? PyInt.From((BigInteger)x + y) : PyInt.From(r);
                    }
                case BinaryOperator.Sub:
                    {
                        var r = unchecked(x - y);
                        return ((x ^ y) & (x ^ r)) < 0 ? PyInt.From((BigInteger)x - y) : PyInt.From(r);
                    }
                case BinaryOperator.Mult:
                    return TryMultiply(x, y, out var product) ? PyInt.From(product) : Multiply(a, b);
                case BinaryOperator.FloorDiv:
                    if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
                    if (x == long.MinValue && y == -1) return PyInt.From(-(BigInteger)x);
                    return PyInt.From(FloorDiv(x, y));
                case BinaryOperator.Mod:
                    if (y == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
                    if (y == -1) return PyInt.Zero;
                    return PyInt.From(FloorMod(x, y));
                case BinaryOperator.BitAnd: return PyInt.From(x & y);
                case BinaryOperator.BitOr: return PyInt.From(x | y);
                case BinaryOperator.BitXor: return PyInt.From(x ^ y);
                case BinaryOperator.RShift:
                    if (y < 0) throw Errors.ValueError("negative shift count");
                    return PyInt.From(y >= 64 ? (x < 0 ? -1 : 0) : x >> (int)y);
                case BinaryOperator.LShift:
                    if (y < 0) throw Errors.ValueError("negative shift count");
                    if (x == 0) return PyInt.Zero;
                    if (y < 63)
                    {
                        var r = x << (int)y;
                        if (r >> (int)y == x) return PyInt.From(r);
                    }
                    break;
            }
        }
        return BinaryBig(op, a, b);
    }

    /// <summary>x * y, false when the product leaves 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryMultiply(long x, long y, out long product)
    {
        // Factors within 32 signed bits cannot overflow: one imul. The general check needs the
        // high half, which Math.BigMul computes in software on the baseline instruction set.
        if ((ulong)(x + 0x80000000L) <= uint.MaxValue && (ulong)(y + 0x80000000L) <= uint.MaxValue)
        {
            product = x * y;
            return true;
        }
        var high = Math.BigMul(x, y, out product);
        return high == (product >> 63);
    }

    /// <summary>
    /// divmod(a, b) for ints: one division gives both (floor quotient, remainder with the
    /// divisor's sign), where calling // and % would divide twice.
    /// </summary>
    public static PyTuple DivMod(PyInt a, PyInt b)
    {
        if (a.IsSmall && b.IsSmall && !(a.Small == long.MinValue && b.Small == -1))
        {
            var x = a.Small;
            var y = b.Small;
            if (y == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
            var q = x / y;
            var r = x - q * y;
            if (r != 0 && ((r ^ y) < 0))
            {
                q--;
                r += y;
            }
            return PyTuple.Of(PyInt.From(q), PyInt.From(r));
        }
        if (b.IsSmall && b.Small == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
        Divide(a, b, true, true, out var quotient, out var remainder);
        return PyTuple.Of(quotient!, remainder!);
    }

    public static long FloorDiv(long x, long y)
    {
        var q = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) q--;
        return q;
    }

    public static long FloorMod(long x, long y)
    {
        var r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        return r;
    }

    private static PyObject? BinaryBig(BinaryOperator op, PyInt a, PyInt b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return AddSigned(a, b, false);
            case BinaryOperator.Sub: return AddSigned(a, b, true);
            case BinaryOperator.Mult: return Multiply(a, b);
            case BinaryOperator.FloorDiv:
                {
                    if (b.IsSmall && b.Small == 0) throw Errors.ZeroDivisionError("integer division or modulo by zero");
                    Divide(a, b, true, false, out var quotient, out _);
                    return quotient;
                }
            case BinaryOperator.Mod:
                {
                    if (b.IsSmall && b.Small == 0) throw Errors.ZeroDivisionError("integer modulo by zero");
                    Divide(a, b, false, true, out _, out var remainder);
                    return remainder;
                }
            case BinaryOperator.Div: return new PyFloat(TrueDivide(a, b));
            case BinaryOperator.Pow: return Power(a, b);
            case BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor: return IntBits.Bitwise(op, a, b);
            case BinaryOperator.LShift: return IntBits.ShiftLeft(a, b);
            case BinaryOperator.RShift: return IntBits.ShiftRight(a, b);
            default: return null;
        }
    }

    // Magnitude kernels (Limbs) for +, -, * and the common divisions, when one operand at least
    // is big: a small operand's magnitude is one limb on the stack. Shapes the kernels do not
    // cover (long products past the schoolbook sizes) go through BigInteger.

    private static ReadOnlySpan<ulong> MagnitudeOf(PyInt v, Span<ulong> scratch, out bool negative)
    {
        if (!v.IsSmall)
        {
            negative = v.Sign < 0;
            return v.Magnitude;
        }
        return MagnitudeOf(v.Small, scratch, out negative);
    }

    private static ReadOnlySpan<ulong> MagnitudeOf(long x, Span<ulong> scratch, out bool negative)
    {
        negative = x < 0;
        if (x == 0) return default;
        scratch[0] = negative ? 0UL - (ulong)x : (ulong)x;
        return scratch[..1];
    }

    /// <summary>
    /// a (op) b for an int kept as a long (compiled code's unboxed number) and an int object:
    /// +, - and * read the long's magnitude from the stack instead of boxing it first (q * k,
    /// 10 * q with q past 64 bits). Null, as <see cref="Binary(BinaryOperator, PyInt, PyInt)"/>, for an operator int lacks.
    /// </summary>
    public static PyObject? Binary(BinaryOperator op, long a, PyInt b) =>
        b.IsSmall || op is not (BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult) ? Binary(op, PyInt.From(a), b) : Mixed(op, a, b, false);

    /// <summary><see cref="Binary(BinaryOperator, long, PyInt)"/> with the long on the right.</summary>
    public static PyObject? Binary(BinaryOperator op, PyInt a, long b) =>
        a.IsSmall || op is not (BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult) ? Binary(op, a, PyInt.From(b)) : Mixed(op, b, a, true);

    // big (op) small for +, - and *: `big` is not small, `smallOnRight` says which operand the long was.
    private static PyInt Mixed(BinaryOperator op, long small, PyInt big, bool smallOnRight)
    {
        Span<ulong> scratch = stackalloc ulong[1];
        var s = MagnitudeOf(small, scratch, out var sNegative);
        var b = big.Magnitude;
        var bNegative = big.Sign < 0;
        if (op == BinaryOperator.Mult) return s.IsEmpty ? PyInt.Zero : MultiplyMagnitudes(b, s, bNegative != sNegative)!;
        var subtract = op == BinaryOperator.Sub;
        return smallOnRight ? AddSigned(b, bNegative, s, sNegative != subtract) : AddSigned(s, sNegative, b, bNegative != subtract);
    }

    private static PyInt AddSigned(PyInt a, PyInt b, bool subtract)
    {
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = MagnitudeOf(a, sa, out var xNegative);
        var y = MagnitudeOf(b, sb, out var yNegative);
        return AddSigned(x, xNegative, y, yNegative != subtract);
    }

    // Sign and magnitude x plus sign and magnitude y.
    private static PyInt AddSigned(ReadOnlySpan<ulong> x, bool xNegative, ReadOnlySpan<ulong> y, bool yNegative)
    {
        if (xNegative == yNegative)
        {
            var sum = Limbs.Allocate(Math.Max(x.Length, y.Length) + 1);
            return PyInt.FromLimbs(sum, Limbs.Add(x, y, sum), xNegative);
        }
        var order = Limbs.Compare(x, y);
        if (order == 0) return PyInt.Zero;
        if (order < 0)
        {
            var t = x;
            x = y;
            y = t;
            xNegative = yNegative;
        }
        var difference = Limbs.Allocate(x.Length);
        return PyInt.FromLimbs(difference, Limbs.Subtract(x, y, difference), xNegative);
    }

    // Past this many limbs in the shorter factor BigInteger's Karatsuba beats the schoolbook product.
    private const int SchoolbookLimit = 32;

    // The longest power computed on the limbs: its last square's factor is within
    // SchoolbookLimit. (i + 3) ** 200 (3000 bits) went through BigInteger at half CPython's speed.
    private const int PowerLimit = 2 * SchoolbookLimit;

    private static PyInt Multiply(PyInt a, PyInt b)
    {
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = MagnitudeOf(a, sa, out var xNegative);
        var y = MagnitudeOf(b, sb, out var yNegative);
        if (x.IsEmpty || y.IsEmpty) return PyInt.Zero;
        if (x.Length < y.Length)
        {
            var t = x;
            x = y;
            y = t;
        }
        return MultiplyMagnitudes(x, y, xNegative != yNegative) ?? PyInt.From(a.Big * b.Big);
    }

    // x * y by the kernels (x the longer, y not empty); null when y is past the schoolbook sizes.
    private static PyInt? MultiplyMagnitudes(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, bool negative)
    {
        if (y.Length == 1)
        {
            var product = Limbs.Allocate(x.Length + 1);
            // By 2**k (k below 64; 2 * q, 4 * q): a shift, no multiplications.
            if (System.Numerics.BitOperations.IsPow2(y[0])) return PyInt.FromLimbs(product, IntBits.ShiftLeft(x, System.Numerics.BitOperations.TrailingZeroCount(y[0]), product), negative);
            return PyInt.FromLimbs(product, Limbs.MultiplySmall(x, y[0], product), negative);
        }
        if (y.Length <= SchoolbookLimit)
        {
            var product = Limbs.Allocate(x.Length + y.Length);
            return PyInt.FromLimbs(product, Limbs.Multiply(x, y, product), negative);
        }
        return null;
    }

    /// <summary>
    /// Floor quotient and remainder (the divisor's sign) by the kernels: a power of two, a divisor
    /// below 2**32, both within 128 bits, a quotient below 2**32, else long division. b is not zero.
    /// </summary>
    private static void Divide(PyInt a, PyInt b, bool wantQuotient, bool wantRemainder, out PyInt? quotient, out PyInt? remainder)
    {
        quotient = remainder = null;
        Span<ulong> sa = stackalloc ulong[1], sb = stackalloc ulong[1];
        var x = MagnitudeOf(a, sa, out var xNegative);
        var y = MagnitudeOf(b, sb, out var yNegative);
        // |a| = Q * |b| + R; with the signs apart the floor is -(Q + 1) when R is not zero,
        // and the remainder |b| - R takes b's sign.
        var adjust = xNegative != yNegative;
        if (!yNegative && IsPowerOfTwo(y))
        {
            // b = 2**k: the floor quotient is a shift and the remainder a's low k bits (b minus
            // them for a negative a), where a division costs two hardware divides a limb.
            var k = Limbs.BitLength(y) - 1;
            if (wantQuotient) quotient = IntBits.ShiftRight(a, k);
            if (wantRemainder)
            {
                var low = IntBits.LowBits(x, k);
                remainder = xNegative && low.Sign != 0 ? AddSigned(b, low, true) : low;
            }
            return;
        }
        if (y.Length == 1 && y[0] <= uint.MaxValue)
        {
            var d = (uint)y[0];
            ulong r;
            if (wantQuotient || adjust)
            {
                var q = Limbs.Allocate(Math.Max(x.Length, 1));
                r = Limbs.DivideSmall(x, d, q);
                if (x.IsEmpty) q[0] = 0;
                if (adjust && r != 0) Increment(q);
                if (wantQuotient) quotient = PyInt.FromLimbs(q, q.Length, adjust);
            }
            else
            {
                r = Limbs.RemainderSmall(x, d);
            }
            if (wantRemainder)
            {
                var m = (long)(adjust && r != 0 ? d - r : r);
                remainder = PyInt.From(yNegative ? -m : m);
            }
            return;
        }
        if (x.Length <= 2 && y.Length <= 2)
        {
            // Both within 128 bits (a 64-bit LCG's (x * a + c) % 2**64): one UInt128 division,
            // where BigInteger would convert both operands and the result through byte arrays.
            UInt128 n = Wide(x), m = Wide(y);
            var q = n / m;
            var r = n - q * m;
            var bump = adjust && r != 0;
            if (wantQuotient) quotient = FromWide(bump ? q + 1 : q, adjust);
            if (wantRemainder) remainder = FromWide(bump ? m - r : r, yNegative);
            return;
        }
        if (y.Length >= 2 && Limbs.TryQuotientFromTop(x, y, out var near))
        {
            // The remainder is not zero on this path: with the signs apart the floor is one lower.
            if (wantQuotient) quotient = PyInt.From(adjust ? -(long)near - 1 : (long)near);
            if (wantRemainder)
            {
                var rest = Limbs.Allocate(x.Length);
                var length = Limbs.SubtractMultiple(x, y, near, rest);
                remainder = adjust ? Complement(y, Limbs.Trim(rest.AsSpan(0, length)), yNegative) : PyInt.FromLimbs(rest, length, yNegative);
            }
            return;
        }
        if (y.Length >= 2)
        {
            var length = Math.Max(x.Length, 1);
            var rest = wantRemainder ? Limbs.Allocate(length) : Scratch(length);
            if (x.IsEmpty) rest[0] = 0;
            if (Limbs.TryDivideNear(x, y, out var q, rest))
            {
                var r = Limbs.Trim(rest.AsSpan(0, length));
                var bump = adjust && !r.IsEmpty;
                if (wantQuotient)
                {
                    var magnitude = (long)q + (bump ? 1 : 0);
                    quotient = PyInt.From(adjust ? -magnitude : magnitude);
                }
                if (wantRemainder) remainder = bump ? Complement(y, r, yNegative) : PyInt.FromLimbs(rest, r.Length, yNegative);
                return;
            }
        }
        DivideLong(x, y, adjust, yNegative, wantQuotient, wantRemainder, out quotient, out remainder);
    }

    // |a| / |b| by long division, |b| at least 2**32 and both past 128 bits together, with the
    // floor's adjustment when the signs are apart (adjust).
    private static void DivideLong(ReadOnlySpan<ulong> x, ReadOnlySpan<ulong> y, bool adjust, bool yNegative, bool wantQuotient, bool wantRemainder,
        out PyInt? quotient, out PyInt? remainder)
    {
        quotient = remainder = null;
        if (Limbs.Compare(x, y) < 0)
        {
            // |a| < |b|: the quotient is 0 (-1 with the signs apart) and the remainder a (b - |a|).
            if (wantQuotient) quotient = adjust ? PyInt.From(-1) : PyInt.Zero;
            if (wantRemainder)
            {
                if (adjust) remainder = Complement(y, x, yNegative);
                else
                {
                    var copy = Limbs.Allocate(x.Length);
                    x.CopyTo(copy);
                    remainder = PyInt.FromLimbs(copy, copy.Length, yNegative);
                }
            }
            return;
        }
        // One limb more than the quotient needs, for the floor's increment; scratch for x % n.
        var length = x.Length - y.Length + 2;
        var q = wantQuotient ? Limbs.Allocate(length) : Scratch(length);
        var rest = wantRemainder || adjust ? Limbs.Allocate(y.Length) : null;
        LongDivision.Divide(x, y, q.AsSpan(0, length - 1), rest);
        q[length - 1] = 0;
        var r = rest is null ? default : Limbs.Trim(rest);
        var bump = adjust && !r.IsEmpty;
        if (wantQuotient)
        {
            if (bump) Increment(q);
            quotient = PyInt.FromLimbs(q, q.Length, adjust);
        }
        if (wantRemainder) remainder = bump ? Complement(y, r, yNegative) : PyInt.FromLimbs(rest!, r.Length, yNegative);
    }

    // |b| - r with b's sign: the floor remainder when a's sign differs from b's.
    private static PyInt Complement(ReadOnlySpan<ulong> y, ReadOnlySpan<ulong> r, bool yNegative)
    {
        var complement = Limbs.Allocate(y.Length);
        return PyInt.FromLimbs(complement, Limbs.Subtract(y, r, complement), yNegative);
    }

    private static bool IsPowerOfTwo(ReadOnlySpan<ulong> y) =>
        y.Length > 0 && System.Numerics.BitOperations.IsPow2(y[^1]) && !y[..^1].ContainsAnyExcept(0UL);

    private static UInt128 Wide(ReadOnlySpan<ulong> magnitude) => magnitude.Length switch
    {
        0 => UInt128.Zero,
        1 => magnitude[0],
        _ => new UInt128(magnitude[1], magnitude[0]),
    };

    // A magnitude within 128 bits as an int: no array when it fits 64 signed bits.
    private static PyInt FromWide(UInt128 magnitude, bool negative)
    {
        var low = (ulong)magnitude;
        var high = (ulong)(magnitude >> 64);
        if (high == 0 && low <= long.MaxValue) return PyInt.From(negative ? -(long)low : (long)low);
        var limbs = Limbs.Allocate(2);
        limbs[0] = low;
        limbs[1] = high;
        return PyInt.FromLimbs(limbs, 2, negative);
    }

    // With the quotient alone wanted the remainder is scratch: one array per thread, kept
    // while it is small, instead of one more fresh array per division for the GC to hand out
    // and collect. Nothing that runs while it is in use divides again.
    [ThreadStatic] private static ulong[]? t_scratch;
    private const int ScratchKeptLimbs = 8192;

    private static ulong[] Scratch(int length)
    {
        var scratch = t_scratch;
        if (scratch is not null && scratch.Length >= length) return scratch;
        scratch = Limbs.Allocate(length);
        if (length <= ScratchKeptLimbs) t_scratch = scratch;
        return scratch;
    }

    private static void Increment(Span<ulong> limbs)
    {
        for (var i = 0; i < limbs.Length; i++)
        {
            if (++limbs[i] != 0) return;
        }
    }

    /// <summary>int / int, correctly rounded like CPython's long_true_divide.</summary>
    public static double TrueDivide(PyInt a, PyInt b)
    {
        if (b.IsSmall && b.Small == 0) throw Errors.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        // A range test, not Math.Abs, which throws for -2**63.
        if (a.IsSmall && b.IsSmall && a.Small is >= -exact and <= exact && b.Small is >= -exact and <= exact)
        {
            return (double)a.Small / b.Small;
        }
        var n = a.Big;
        var d = b.Big;
        var negative = (n.Sign < 0) != (d.Sign < 0);
        n = BigInteger.Abs(n);
        d = BigInteger.Abs(d);
        if (n.IsZero) return negative ? -0.0 : 0.0;
        // Scale so the quotient has 62 significant bits, keep a sticky bit for the remainder,
        // and let the one rounding happen in the ulong -> double conversion.
        var shift = (long)(d.GetBitLength() - n.GetBitLength()) + 62;
        var q = shift >= 0 ? BigInteger.DivRem(n << (int)shift, d, out var r) : BigInteger.DivRem(n, d << (int)-shift, out r);
        var mantissa = (ulong)q;
        if (!r.IsZero) mantissa |= 1;
        var result = Math.ScaleB((double)mantissa, (int)-shift);
        if (double.IsInfinity(result)) throw Errors.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    private static int Trimmed(ReadOnlySpan<ulong> limbs, int length)
    {
        while (length > 0 && limbs[length - 1] == 0) length--;
        return length;
    }

    public static PyObject Power(PyInt a, PyInt b)
    {
        if (b.Sign < 0)
        {
            var x = a.ToDouble();
            if (x == 0) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(x, b.ToDouble()));
        }
        // |a|**e is at least 2**((bits - 1) * e): past 63 bits that way, it cannot fit a long.
        if (a.IsSmall && b.IsSmall && (b.Small < 64 || a.Small is >= -1 and <= 1)
            && (64 - System.Numerics.BitOperations.LeadingZeroCount(a.Small < 0 ? 0UL - (ulong)a.Small : (ulong)a.Small) - 1) * b.Small < 64)
        {
            long result = 1, basis = a.Small, e = b.Small;
            var overflow = false;
            while (e > 0 && !overflow)
            {
                if ((e & 1) != 0)
                {
                    var high = Math.BigMul(result, basis, out var low);
                    if (high != (low >> 63)) overflow = true; else result = low;
                }
                e >>= 1;
                if (e > 0)
                {
                    var high = Math.BigMul(basis, basis, out var low);
                    if (high != (low >> 63)) overflow = true; else basis = low;
                }
            }
            if (!overflow) return PyInt.From(result);
        }
        if (a.IsSmall && a.Small is 0 or 1) return a;
        if (a.IsSmall && a.Small == -1) return b.Big.IsEven ? PyInt.One : a;
        if (!b.IsSmall || b.Small > int.MaxValue) throw Errors.MemoryError();
        var exponent = b.Small;
        if (exponent == 0) return PyInt.One;
        Span<ulong> scratch = stackalloc ulong[1];
        var magnitude = MagnitudeOf(a, scratch, out var negative);
        var bits = (long)Limbs.BitLength(magnitude);
        negative &= (exponent & 1) != 0;
        if (IsPowerOfTwo(magnitude) && (bits - 1) * exponent <= int.MaxValue)
        {
            // (±2**k)**e is a shift: 2**100, 4**n, (-2)**n.
            var power = IntBits.ShiftLeft(PyInt.One, PyInt.From((bits - 1) * exponent));
            return negative ? (PyInt)power.UnaryOp(UnaryOperator.USub)! : power;
        }
        if (bits * exponent <= 64 * PowerLimit)
        {
            // Within the schoolbook kernels' sizes: square and multiply on the limbs, where
            // BigInteger.Pow would add a conversion each way around a few short products. The
            // powers on the way live in two stack buffers; only the result is allocated. Every
            // product there is at most the result, which has at most PowerLimit limbs, and
            // a kernel writes its operands' lengths added (a square of at most half that, so
            // every square's factor is within SchoolbookLimit).
            Span<ulong> x = stackalloc ulong[2 * PowerLimit + 2], y = stackalloc ulong[2 * PowerLimit + 2];
            magnitude.CopyTo(x);
            var length = magnitude.Length;
            for (var i = 62 - System.Numerics.BitOperations.LeadingZeroCount((ulong)exponent); i >= 0; i--)
            {
                length = Trimmed(y, Limbs.Multiply(x[..length], x[..length], y));
                var t = x;
                x = y;
                y = t;
                if (((exponent >> i) & 1) != 0)
                {
                    length = Trimmed(y, magnitude.Length == 1 ? Limbs.MultiplySmall(x[..length], magnitude[0], y) : Limbs.Multiply(x[..length], magnitude, y));
                    t = x;
                    x = y;
                    y = t;
                }
            }
            var limbs = Limbs.Allocate(length);
            x[..length].CopyTo(limbs);
            return PyInt.FromLimbs(limbs, length, negative);
        }
        return PyInt.From(BigInteger.Pow(a.Big, (int)exponent));
    }
}
