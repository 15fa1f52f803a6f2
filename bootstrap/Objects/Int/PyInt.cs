using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's int: one type, arbitrary precision. Values that fit in 64 bits are kept in a long
/// (the fast path); larger ones in a BigInteger. Every constructor normalises, so a value has
/// exactly one representation and <see cref="IsSmall"/> tells which.
/// </summary>
public class PyInt : PyObject
{
    public static readonly PyType TypeObject = IntMethods.CreateType();

    private const int CacheLow = -5, CacheHigh = 256;
    private static readonly PyInt[] s_small = CreateSmall();

    private readonly long _small;
    private readonly BigInteger[]? _big; // a one-element box keeps PyInt at two words

    protected PyInt(long value)
    {
        _small = value;
    }

    private PyInt(BigInteger value)
    {
        _big = [value];
    }

    /// <summary>The same value, for an instance of a subclass of int.</summary>
    protected PyInt(PyInt value)
    {
        _small = value._small;
        _big = value._big;
    }

    public static readonly PyInt Zero = From(0);
    public static readonly PyInt One = From(1);

    public static PyInt From(long value) =>
        value is >= CacheLow and <= CacheHigh ? s_small[value - CacheLow] : new PyInt(value);

    public static PyInt From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(value);

    private static PyInt[] CreateSmall()
    {
        var cache = new PyInt[CacheHigh - CacheLow + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheLow);
        return cache;
    }

    public bool IsSmall => _big is null;

    /// <summary>The value when <see cref="IsSmall"/>.</summary>
    public long Small => _small;

    public BigInteger Big => _big is null ? _small : _big[0];

    public override PyType Type => TypeObject;

    public override string Repr() => IsSmall ? _small.ToString(System.Globalization.CultureInfo.InvariantCulture) : IntFormatting.ToDecimal(Big);

    public override bool IsTrue() => _big is not null || _small != 0;

    public override long Hash() => IsSmall ? IntHash.Of(_small) : IntHash.Of(Big);

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        other is PyInt o ? IntArithmetic.Binary(op, this, o) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        other is PyInt o ? IntArithmetic.Binary(op, o, this) : null;

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => IsSmall && _small != long.MinValue ? From(-_small) : From(-Big),
        UnaryOperator.UAdd => Type == TypeObject ? this : (IsSmall ? From(_small) : From(Big)),
        _ => IsSmall ? From(~_small) : From(-Big - 1),
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyInt o) return PyBool.From(op.Holds(CompareTo(o)));
        if (other is PyFloat f) return PyBool.From(FloatComparison.Compare(this, f.Value, op));
        return null;
    }

    public int CompareTo(PyInt other) =>
        IsSmall && other.IsSmall ? _small.CompareTo(other._small) : Big.CompareTo(other.Big);

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
