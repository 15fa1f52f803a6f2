using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's int: one type, arbitrary precision. Values that fit in 64 bits are kept in a long
/// (the fast path); larger ones as a sign and a magnitude of 64-bit limbs, which the hot
/// operations (<see cref="Limbs"/>) work on directly and the rest see as a BigInteger
/// (<see cref="Big"/>). Every constructor normalises, so a value has exactly one
/// representation and <see cref="IsSmall"/> tells which. A big value is a <see cref="PyBigInt"/>,
/// which adds the limbs: an exact PyInt holds only its long, 24 bytes as a float is, where a
/// limbs field every int carried made it 32 (a list of a million ints, 8 MB less).
/// <see cref="IsExact"/> tells an exact int of either size.
/// </summary>
public class PyInt : PyObject
{
    public static readonly PyType TypeObject = IntMethods.CreateType();

    private const int CacheLow = -5, CacheHigh = 256;
    private static readonly PyInt[] s_small = CreateSmall();

    // Small: the value. Big: the limb count, negated for a negative value (the array may be
    // longer: kernels allocate for the widest result and the top limbs may come out zero).
    // Set once, before the object is handed out (see Wrap), never changed after.
    private long _small;

    protected PyInt(long value)
    {
        _small = value;
    }

    private protected PyInt(int length, bool negative)
    {
        _small = negative ? -length : length;
    }

    /// <summary>The same value, for an instance of a subclass of int (which keeps the limbs, <see cref="StoredLimbs"/>).</summary>
    protected PyInt(PyInt value)
    {
        _small = value._small;
    }

    /// <summary>Whether <paramref name="o"/> is an int and not an instance of a subclass (nor a bool): small or big.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(PyObject o) => o.GetType() == typeof(PyInt) || o.GetType() == typeof(PyBigInt);

    /// <summary>The limbs of a big value, null for a small one.</summary>
    private protected ulong[]? StoredLimbs
    {
        // Both classes are sealed: each test is one compare of the type, inlined where the
        // call chain of every big operation asks (a call each had been 5-8% of `a + b`).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyBigInt) ? Unsafe.As<PyBigInt>(this).Limbs : GetType() == typeof(PyIntSubclass) ? Unsafe.As<PyIntSubclass>(this).Limbs : null;
    }

    public static readonly PyInt Zero = From(0);
    public static readonly PyInt One = From(1);

    public static PyInt From(long value) =>
        value is >= CacheLow and <= CacheHigh ? s_small[value - CacheLow] : new PyInt(value);

    public static PyInt From(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return From((long)value);
        var magnitude = BigInteger.Abs(value);
        var limbs = new ulong[(magnitude.GetByteCount(isUnsigned: true) + 7) / 8];
        // Limbs are little-endian ulongs: as bytes, the little-endian two's complement-free magnitude.
        magnitude.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true, isBigEndian: false);
        return Wrap(limbs, limbs.Length, value.Sign < 0);
    }

    /// <summary>
    /// The int of sign and magnitude <paramref name="limbs"/>[..<paramref name="length"/>]
    /// (zero limbs on top allowed); the array is kept, not copied.
    /// </summary>
    internal static PyInt FromLimbs(ulong[] limbs, int length, bool negative)
    {
        while (length > 0 && limbs[length - 1] == 0) length--;
        if (length == 0) return Zero;
        if (length == 1)
        {
            var m = limbs[0];
            if (m <= long.MaxValue) return From(negative ? -(long)m : (long)m);
            if (negative && m == 1UL << 63) return From(long.MinValue);
        }
        return Wrap(limbs, length, negative);
    }

    // An array of 2 KB or more is allocated uninitialised, in a region of its own size that
    // ends the thread's allocation context; the next small object then takes a fresh context,
    // which the GC zeroes whole (8 KB), and the array after it abandons most of that context.
    // So a long-number loop spent a tenth of its time in memset and filled gen0 half again as
    // fast. The int objects of such results come from a batch allocated together instead.
    private const int BatchedFromLimbs = 2048 / sizeof(ulong);
    private const int WrapperBatch = 16;
    [ThreadStatic] private static PyBigInt?[]? t_wrappers;
    [ThreadStatic] private static int t_nextWrapper;

    private static PyInt Wrap(ulong[] limbs, int length, bool negative)
    {
        if (limbs.Length < BatchedFromLimbs) return new PyBigInt(limbs, length, negative);
        var batch = t_wrappers;
        var next = t_nextWrapper;
        if (batch is null || next == batch.Length)
        {
            batch = t_wrappers ??= new PyBigInt?[WrapperBatch];
            for (var i = 0; i < batch.Length; i++) batch[i] = new PyBigInt([], 0, false);
            next = 0;
        }
        var result = batch[next]!;
        // The slot lets go: the batch holds only objects not yet handed out.
        batch[next] = null;
        t_nextWrapper = next + 1;
        result.Limbs = limbs;
        result._small = negative ? -length : length;
        return result;
    }

    private static PyInt[] CreateSmall()
    {
        var cache = new PyInt[CacheHigh - CacheLow + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheLow);
        return cache;
    }

    // An exact PyInt is always small; only big values and subclass instances look further.
    public bool IsSmall
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => GetType() == typeof(PyInt) || (GetType() != typeof(PyBigInt) && StoredLimbs is null);
    }

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    /// <summary>-1, 0 or 1.</summary>
    public int Sign => Math.Sign(_small);

    /// <summary>The magnitude of a big value (not <see cref="IsSmall"/>).</summary>
    internal ReadOnlySpan<ulong> Magnitude
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => StoredLimbs.AsSpan(0, (int)Math.Abs(_small));
    }

    public BigInteger Big
    {
        get
        {
            if (IsSmall) return _small;
            var magnitude = new BigInteger(MemoryMarshal.AsBytes(Magnitude), isUnsigned: true, isBigEndian: false);
            return _small < 0 ? -magnitude : magnitude;
        }
    }

    public override PyType Type => TypeObject;

    public override string Repr() => IsSmall ? _small.ToString(System.Globalization.CultureInfo.InvariantCulture) : IntFormatting.ToDecimal(this);

    public override bool IsTrue() => _small != 0;

    public override long Hash() => IsSmall ? IntHash.Of(_small) : IntHash.Of(Magnitude, _small < 0);

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        other is PyInt o ? IntArithmetic.Binary(op, this, o) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        other is PyInt o ? IntArithmetic.Binary(op, o, this) : null;

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => IsSmall ? (_small != long.MinValue ? From(-_small) : From(-(BigInteger)_small)) : FromLimbs(StoredLimbs!, (int)Math.Abs(_small), _small > 0),
        UnaryOperator.UAdd => Type == TypeObject ? this : (IsSmall ? From(_small) : Wrap(StoredLimbs!, (int)Math.Abs(_small), _small < 0)),
        // ~x is -x - 1: the negation shares the limbs, the subtraction runs on them.
        _ => IsSmall ? From(~_small) : IntArithmetic.Binary(BinaryOperator.Sub, FromLimbs(StoredLimbs!, (int)Math.Abs(_small), _small > 0), One),
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyInt o) return PyBool.From(op.Holds(CompareTo(o)));
        if (other is PyFloat f) return PyBool.From(FloatComparison.Compare(this, f.Value, op));
        return null;
    }

    public int CompareTo(PyInt other)
    {
        if (IsSmall && other.IsSmall) return _small.CompareTo(other._small);
        // A big value lies beyond every small one on its side of zero.
        if (IsSmall) return other._small < 0 ? 1 : -1;
        if (other.IsSmall) return _small < 0 ? -1 : 1;
        if ((_small < 0) != (other._small < 0)) return _small < 0 ? -1 : 1;
        var order = Limbs.Compare(Magnitude, other.Magnitude);
        return _small < 0 ? -order : order;
    }

    /// <summary>The order of this int and <paramref name="other"/>: -1, 0 or 1.</summary>
    public int CompareTo(long other)
    {
        if (IsSmall) return _small.CompareTo(other);
        return _small < 0 ? -1 : 1;
    }

    /// <summary>The value as a double, raising OverflowError as CPython's int.__float__ does.</summary>
    public double ToDouble()
    {
        if (IsSmall) return _small;
        var d = RoundToDouble(Big);
        if (double.IsInfinity(d)) throw Errors.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>
    /// The nearest double, ties to even (CPython's int.__float__); .NET's BigInteger conversion
    /// truncates. The top 62 bits plus a sticky bit for the rest round once, in ulong -> double.
    /// </summary>
    private static double RoundToDouble(System.Numerics.BigInteger value)
    {
        var magnitude = System.Numerics.BigInteger.Abs(value);
        var bits = (int)magnitude.GetBitLength();
        double result;
        if (bits <= 62)
        {
            result = (ulong)magnitude;
        }
        else
        {
            var shift = bits - 62;
            var top = (ulong)(magnitude >> shift);
            if (!(magnitude & ((System.Numerics.BigInteger.One << shift) - 1)).IsZero) top |= 1;
            result = Math.ScaleB((double)top, shift);
        }
        return value.Sign < 0 ? -result : result;
    }
}
