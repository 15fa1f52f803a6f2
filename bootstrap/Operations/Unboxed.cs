using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// A number kept out of the heap by compiled code: an int that fits in a long, a float as a
/// double, or (the fallback that keeps full semantics) any other object. Locals the compiler
/// infers to be numbers and intermediate arithmetic results have this representation; a value
/// becomes a PyInt or PyFloat only where it escapes (<see cref="Box"/>).
/// </summary>
/// <remarks>
/// The fast paths cover exact int and float operands where the result is plain; everything else
/// (64-bit overflow, a zero divisor, a subclass, a str, an int past 2**53 meeting a float) boxes
/// the operands and takes the ordinary operator, so results and error messages are the runtime's.
/// </remarks>
public readonly partial struct Unboxed
{
    private sealed class Tag : PyObject
    {
        public override PyType Type => throw new InvalidOperationException("an unboxed number's tag is not a Python object");
    }

    private static readonly PyObject s_int = new Tag();
    private static readonly PyObject s_float = new Tag();

    // 2**53: ints up to this size convert to float exactly, so mixed int/float operations match CPython's.
    private const long ExactInFloat = 1L << 53;

    private readonly long _bits;
    private readonly PyObject? _object; // s_int, s_float, the boxed value, or null while unbound

    private Unboxed(long bits, PyObject? obj)
    {
        _bits = bits;
        _object = obj;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Int(long value) => new(value, s_int);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Float(double value) => new(BitConverter.DoubleToInt64Bits(value), s_float);

    /// <summary>An exact int that fits in a long or an exact float unboxed; anything else kept as is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Of(PyObject value)
    {
        if (value.GetType() == typeof(PyFloat)) return Float(Unsafe.As<PyFloat>(value).Value);
        if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall) return Int(Unsafe.As<PyInt>(value).Small);
        return new(0, value);
    }

    private bool IsInt => ReferenceEquals(_object, s_int);
    private bool IsFloat => ReferenceEquals(_object, s_float);
    private double Double => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The value of a local, raising UnboundLocalError while it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // Returns the value whole: rebuilding it field by field (which spared generators a failed
    // store-to-load forward on their state machine's fields) kept plain functions' float locals
    // out of registers, mandelbrot 0.6 -> 0.85 s.
    public Unboxed Load(string name) => _object is null ? throw Errors.UnboundLocal(name) : this;

    /// <summary>The value as an object (null while unbound).</summary>
    public PyObject? BoxOrNull() => _object is null ? null : Box();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Box()
    {
        if (IsInt) return PyInt.From(_bits);
        if (IsFloat) return new PyFloat(Double);
        return _object!;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsTrue()
    {
        if (IsInt) return _bits != 0;
        if (IsFloat) return Double != 0.0;
        return Truth.IsTrue(_object!);
    }

    /// <summary>Both as doubles when each is a float or an int that converts exactly, one at least a float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Doubles(in Unboxed a, in Unboxed b, out double x, out double y)
    {
        x = y = 0;
        if (a.IsFloat) x = a.Double;
        else if (a.IsInt && a._bits is >= -ExactInFloat and <= ExactInFloat) x = a._bits;
        else return false;
        if (b.IsFloat) y = b.Double;
        else if (b.IsInt && b._bits is >= -ExactInFloat and <= ExactInFloat) y = b._bits;
        else return false;
        return true;
    }

    public static Unboxed Add(in Unboxed a, in Unboxed b) => Add(a, b, false);
    public static Unboxed AddInPlace(in Unboxed a, in Unboxed b) => Add(a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed Add(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt)
        {
            var r = unchecked(a._bits + b._bits);
            if (((a._bits ^ r) & (b._bits ^ r)) >= 0) return Int(r);
        }
        else if (Doubles(a, b, out var x, out var y)) return Float(x + y);
        return Slow(BinaryOperator.Add, a, b, inPlace);
    }

    public static Unboxed Subtract(in Unboxed a, in Unboxed b) => Subtract(a, b, false);
    public static Unboxed SubtractInPlace(in Unboxed a, in Unboxed b) => Subtract(a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed Subtract(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt)
        {
            var r = unchecked(a._bits - b._bits);
            if (((a._bits ^ b._bits) & (a._bits ^ r)) >= 0) return Int(r);
        }
        else if (Doubles(a, b, out var x, out var y)) return Float(x - y);
        return Slow(BinaryOperator.Sub, a, b, inPlace);
    }

    public static Unboxed Multiply(in Unboxed a, in Unboxed b) => Multiply(a, b, false);
    public static Unboxed MultiplyInPlace(in Unboxed a, in Unboxed b) => Multiply(a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed Multiply(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt)
        {
            if (IntArithmetic.TryMultiply(a._bits, b._bits, out var product)) return Int(product);
        }
        else if (Doubles(a, b, out var x, out var y)) return Float(x * y);
        return Slow(BinaryOperator.Mult, a, b, inPlace);
    }

    public static Unboxed TrueDivide(in Unboxed a, in Unboxed b) => TrueDivide(a, b, false);
    public static Unboxed TrueDivideInPlace(in Unboxed a, in Unboxed b) => TrueDivide(a, b, true);

    // int / int: both exact as doubles, one correctly rounded division, as CPython's fast path.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed TrueDivide(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if ((a.IsInt || a.IsFloat || b.IsFloat) && Doubles(a, b, out var x, out var y) && y != 0.0) return Float(x / y);
        return Slow(BinaryOperator.Div, a, b, inPlace);
    }

    public static Unboxed FloorDivide(in Unboxed a, in Unboxed b) => FloorDivide(a, b, false);
    public static Unboxed FloorDivideInPlace(in Unboxed a, in Unboxed b) => FloorDivide(a, b, true);

    // Only int // int natively (rounded toward minus infinity); float floor division has corner cases the runtime knows.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed FloorDivide(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt && b._bits != 0 && !(a._bits == long.MinValue && b._bits == -1))
        {
            var q = a._bits / b._bits;
            if ((a._bits % b._bits != 0) && ((a._bits ^ b._bits) < 0)) q--;
            return Int(q);
        }
        return Slow(BinaryOperator.FloorDiv, a, b, inPlace);
    }

    public static Unboxed Modulo(in Unboxed a, in Unboxed b) => Modulo(a, b, false);
    public static Unboxed ModuloInPlace(in Unboxed a, in Unboxed b) => Modulo(a, b, true);

    // int % int takes the divisor's sign, as Python's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed Modulo(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt && b._bits != 0 && b._bits != -1)
        {
            var r = a._bits % b._bits;
            if (r != 0 && ((r ^ b._bits) < 0)) r += b._bits;
            return Int(r);
        }
        return Slow(BinaryOperator.Mod, a, b, inPlace);
    }

    public static Unboxed Power(in Unboxed a, in Unboxed b) => Power(a, b, false);
    public static Unboxed PowerInPlace(in Unboxed a, in Unboxed b) => Power(a, b, true);

    // A float power with a positive base and a finite result is C's pow, as CPython computes it;
    // int ** int, negative bases (complex results), zeros and overflow are the runtime's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Unboxed Power(in Unboxed a, in Unboxed b, bool inPlace)
    {
        if ((a.IsFloat || b.IsFloat) && Doubles(a, b, out var x, out var y) && x > 0 && double.IsFinite(x) && double.IsFinite(y))
        {
            var r = Math.Pow(x, y);
            if (double.IsFinite(r)) return Float(r);
        }
        return Slow(BinaryOperator.Pow, a, b, inPlace);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Negate(in Unboxed a)
    {
        if (a.IsInt && a._bits != long.MinValue) return Int(-a._bits);
        if (a.IsFloat) return Float(-a.Double);
        return Of(Arithmetic.Negate(a.Box()));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed Slow(BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        var x = a.Box();
        var y = b.Box();
        return Of(inPlace ? Arithmetic.InPlace(op, x, y) : Arithmetic.Binary(op, x, y));
    }

    /// <summary>A comparison as a condition: native for ints and floats, the rich comparison otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(in Unboxed a, in Unboxed b, CompareOp op)
    {
        if (a.IsInt && b.IsInt) return Holds(op, a._bits.CompareTo(b._bits), a._bits == b._bits);
        // NaN is unordered: every comparison but != is false.
        if (Doubles(a, b, out var x, out var y)) return FloatComparison.Compare(x, y, op);
        return CompareSlow(a, b, op);
    }

    private static bool Holds(CompareOp op, int order, bool equal) => op switch
    {
        CompareOp.Lt => order < 0,
        CompareOp.Le => order <= 0,
        CompareOp.Eq => equal,
        CompareOp.Ne => !equal,
        CompareOp.Gt => order > 0,
        _ => order >= 0,
    };

    /// <summary><c>item in container</c> with an unboxed item: an int is looked up in an exact set without making it an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool In(in Unboxed item, PyObject container)
    {
        if (item.IsInt && container.GetType() == typeof(PySet)) return Unsafe.As<PySet>(container).ContainsInt(item._bits);
        return Comparison.In(item.Box(), container);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompareSlow(in Unboxed a, in Unboxed b, CompareOp op) => Comparison.CompareBool(a.Box(), b.Box(), op);
}
