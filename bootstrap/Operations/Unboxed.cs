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

    // In their own class: a static of Unboxed that reads another type's static (None below)
    // keeps Unboxed's statics from being built at compile time, and every tag test then calls
    // the static-base helper.
    private static class Tags
    {
        public static readonly PyObject Int = new Tag();
        public static readonly PyObject Float = new Tag();
    }

    // 2**53: ints up to this size convert to float exactly, so mixed int/float operations match CPython's.
    private const long ExactInFloat = 1L << 53;

    private readonly long _bits;
    private readonly PyObject? _object; // Tags.Int, Tags.Float, the boxed value, or null while unbound

    private Unboxed(long bits, PyObject? obj)
    {
        _bits = bits;
        _object = obj;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Int(long value) => new(value, Tags.Int);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Float(double value) => new(BitConverter.DoubleToInt64Bits(value), Tags.Float);

    /// <summary>An exact int that fits in a long or an exact float unboxed; anything else kept as is.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Of(PyObject value)
    {
        if (value.GetType() == typeof(PyFloat)) return Float(Unsafe.As<PyFloat>(value).Value);
        if (value.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(value).IsSmall) return Int(Unsafe.As<PyInt>(value).Small);
        return new(0, value);
    }

    /// <summary>
    /// <paramref name="value"/> kept as that object (an exact int or float is not unboxed): for an
    /// argument that is read back as the same object.
    /// </summary>
    public static Unboxed Hold(PyObject value) => new(0, value);

    private bool IsInt => ReferenceEquals(_object, Tags.Int);

    /// <summary>The value of an unboxed int.</summary>
    internal bool TryGetInt(out long value)
    {
        value = _bits;
        return IsInt;
    }
    private bool IsFloat => ReferenceEquals(_object, Tags.Float);
    private double Double => BitConverter.Int64BitsToDouble(_bits);

    /// <summary>The value as a C double when it is an unboxed float or int (an int rounds as float(n) does).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryDouble(out double value)
    {
        if (IsFloat)
        {
            value = Double;
            return true;
        }
        value = _bits;
        return IsInt;
    }

    /// <summary>The value as a C double when it is an unboxed float (not an int, not an object).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryFloat(out double value)
    {
        value = Double;
        return IsFloat;
    }

    /// <summary>The value of a local, raising UnboundLocalError while it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // Returns the value whole: rebuilding it field by field (which spared generators a failed
    // store-to-load forward on their state machine's fields) kept plain functions' float locals
    // out of registers, mandelbrot 0.6 -> 0.85 s.
    public Unboxed Load(string name) => _object is null ? throw Errors.UnboundLocal(name) : this;

    /// <summary><see cref="Load(string)"/>, where the error is reported at <paramref name="at"/> (the frame's place moves there only then).</summary>
    public Unboxed Load(string name, ref int place, int at) => _object is null ? throw Place.UnboundLocal(ref place, at, name) : this;

    /// <summary><see cref="LoadFields(string)"/>, reported at <paramref name="at"/>.</summary>
    public Unboxed LoadFields(string name, ref int place, int at) => _object is { } o ? new(_bits, o) : throw Place.UnboundLocal(ref place, at, name);

    /// <summary>
    /// <see cref="Load"/> for a generator body, whose locals are fields of its state machine: read
    /// field by field, since a value just stored there in two 8-byte halves and read back whole
    /// stalls the CPU (a failed store-to-load forward; counter-style loops spent a third of their
    /// time there). Plain functions keep <see cref="Load"/>, which leaves their locals in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Unboxed LoadFields(string name) => _object is { } o ? new(_bits, o) : throw Errors.UnboundLocal(name);

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

    /// <summary>Both as doubles when each is a float or an int that converts exactly.</summary>
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

    // Each operation inlines only its two common cases (int with int, float with float) and calls
    // out for the rest: the JIT stops inlining in a method once it holds 512 locals, and the
    // nested helpers this replaced (Add -> Add(inPlace) -> Doubles with two out doubles) spent
    // that budget within a few statements of a large function (nbody's advance kept 60 calls).

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Add(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double + b.Double);
        if (a.IsInt && b.IsInt && AddFits(a._bits, b._bits)) return Int(a._bits + b._bits);
        return Mixed(BinaryOperator.Add, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed AddInPlace(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double + b.Double);
        if (a.IsInt && b.IsInt && AddFits(a._bits, b._bits)) return Int(a._bits + b._bits);
        return Mixed(BinaryOperator.Add, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AddFits(long x, long y) => ((x ^ unchecked(x + y)) & (y ^ unchecked(x + y))) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Subtract(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double - b.Double);
        if (a.IsInt && b.IsInt && SubtractFits(a._bits, b._bits)) return Int(a._bits - b._bits);
        return Mixed(BinaryOperator.Sub, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed SubtractInPlace(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double - b.Double);
        if (a.IsInt && b.IsInt && SubtractFits(a._bits, b._bits)) return Int(a._bits - b._bits);
        return Mixed(BinaryOperator.Sub, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SubtractFits(long x, long y) => ((x ^ y) & (x ^ unchecked(x - y))) >= 0;

    // Factors within 32 signed bits cannot overflow: one imul; larger ones are checked out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SmallFactors(long x, long y) =>
        (ulong)(x + 0x80000000L) <= uint.MaxValue && (ulong)(y + 0x80000000L) <= uint.MaxValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Multiply(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double * b.Double);
        if (a.IsInt && b.IsInt && SmallFactors(a._bits, b._bits)) return Int(a._bits * b._bits);
        return Mixed(BinaryOperator.Mult, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed MultiplyInPlace(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat) return Float(a.Double * b.Double);
        if (a.IsInt && b.IsInt && SmallFactors(a._bits, b._bits)) return Int(a._bits * b._bits);
        return Mixed(BinaryOperator.Mult, a, b, true);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivide(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat && b.Double != 0.0) return Float(a.Double / b.Double);
        return Mixed(BinaryOperator.Div, a, b, false);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed TrueDivideInPlace(in Unboxed a, in Unboxed b)
    {
        if (a.IsFloat && b.IsFloat && b.Double != 0.0) return Float(a.Double / b.Double);
        return Mixed(BinaryOperator.Div, a, b, true);
    }

    // Only int // int natively (rounded toward minus infinity); float floor division has corner cases the runtime knows.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivide(in Unboxed a, in Unboxed b) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : Mixed(BinaryOperator.FloorDiv, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed FloorDivideInPlace(in Unboxed a, in Unboxed b) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(FloorDivPositive(a._bits, b._bits)) : Mixed(BinaryOperator.FloorDiv, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long FloorDivPositive(long x, long y)
    {
        var q = x / y;
        return q * y > x ? q - 1 : q;
    }

    // int % int takes the divisor's sign, as Python's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Modulo(in Unboxed a, in Unboxed b) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : Mixed(BinaryOperator.Mod, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed ModuloInPlace(in Unboxed a, in Unboxed b) =>
        a.IsInt && b.IsInt && b._bits > 0 ? Int(ModPositive(a._bits, b._bits)) : Mixed(BinaryOperator.Mod, a, b, true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long ModPositive(long x, long y)
    {
        var r = x % y;
        return r < 0 ? r + y : r;
    }

    // A float power with a positive base and a finite result is C's pow, as CPython computes it;
    // int ** int, negative bases (complex results), zeros and overflow are the runtime's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed Power(in Unboxed a, in Unboxed b) => Mixed(BinaryOperator.Pow, a, b, false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Unboxed PowerInPlace(in Unboxed a, in Unboxed b) => Mixed(BinaryOperator.Pow, a, b, true);

    /// <summary>
    /// The cases the inlined parts leave. The common ones, an int meeting a float (<c>x * 2</c>,
    /// <c>1 - t</c>) and a float power (<c>d ** 0.5</c>), are computed here in a small frame; objects (a class with <c>__sub__</c>) go
    /// straight to the operator protocol; the rest (64-bit overflow, negative divisors, powers,
    /// int / int) is <see cref="Rare"/>'s.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed Mixed(BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        double x, y;
        if (a.IsFloat)
        {
            x = a.Double;
            if (b.IsFloat) y = b.Double;
            else if (b.IsInt && b._bits is >= -ExactInFloat and <= ExactInFloat) y = b._bits;
            else return Slow(op, a, b, inPlace);
        }
        else if (a.IsInt)
        {
            if (b.IsFloat && a._bits is >= -ExactInFloat and <= ExactInFloat)
            {
                x = a._bits;
                y = b.Double;
            }
            else return b.IsInt || b.IsFloat ? Rare(op, a, b, inPlace) : Slow(op, a, b, inPlace);
        }
        else return Slow(op, a, b, inPlace);
        switch (op)
        {
            case BinaryOperator.Add: return Float(x + y);
            case BinaryOperator.Sub: return Float(x - y);
            case BinaryOperator.Mult: return Float(x * y);
            case BinaryOperator.Div when y != 0.0: return Float(x / y);
            case BinaryOperator.Pow when x > 0 && double.IsFinite(x) && double.IsFinite(y):
                var p = Math.Pow(x, y);
                if (double.IsFinite(p)) return Float(p);
                break;
        }
        return Rare(op, a, b, inPlace);
    }

    /// <summary>Two unboxed numbers the inlined parts and <see cref="Mixed"/> leave: int overflow, floor division and modulo, int / int, powers, zero divisors.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Unboxed Rare(BinaryOperator op, in Unboxed a, in Unboxed b, bool inPlace)
    {
        if (a.IsInt && b.IsInt)
        {
            long x = a._bits, y = b._bits;
            switch (op)
            {
                case BinaryOperator.Mult:
                    if (IntArithmetic.TryMultiply(x, y, out var product)) return Int(product);
                    break;
                case BinaryOperator.FloorDiv when y != 0 && !(x == long.MinValue && y == -1):
                    var q = x / y;
                    if ((x % y != 0) && ((x ^ y) < 0)) q--;
                    return Int(q);
                case BinaryOperator.Mod when y != 0 && y != -1:
                    var r = x % y;
                    if (r != 0 && ((r ^ y) < 0)) r += y;
                    return Int(r);
                case BinaryOperator.Div when Doubles(a, b, out var n, out var d) && d != 0.0:
                    // int / int: both exact as doubles, one correctly rounded division, as CPython's fast path.
                    return Float(n / d);
            }
        }
        else if (Doubles(a, b, out var x, out var y))
        {
            switch (op)
            {
                case BinaryOperator.Add: return Float(x + y);
                case BinaryOperator.Sub: return Float(x - y);
                case BinaryOperator.Mult: return Float(x * y);
                case BinaryOperator.Div when y != 0.0: return Float(x / y);
                case BinaryOperator.Pow when x > 0 && double.IsFinite(x) && double.IsFinite(y):
                    var p = Math.Pow(x, y);
                    if (double.IsFinite(p)) return Float(p);
                    break;
            }
        }
        return Slow(op, a, b, inPlace);
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
        // Two int objects (past 64 bits): int's own operation, as the protocol would reach it after
        // boxing, the float tests and the class-chain walks. Null for an operator int lacks.
        if (a._object is { } ao && b._object is { } bo && PyInt.IsExact(ao) && PyInt.IsExact(bo)
            && IntArithmetic.Binary(op, Unsafe.As<PyInt>(ao), Unsafe.As<PyInt>(bo)) is { } result) return Of(result);
        // An int past 64 bits with an unboxed one (q * k, 10 * q): the long is not boxed for it.
        // Exact int has no in-place methods and cannot be patched, so this is what the operator does.
        if (a.IsInt && PyInt.IsExact(b._object!)) return Of(IntArithmetic.Binary(op, a._bits, Unsafe.As<PyInt>(b._object!))!);
        if (b.IsInt && PyInt.IsExact(a._object!)) return Of(IntArithmetic.Binary(op, Unsafe.As<PyInt>(a._object!), b._bits)!);
        var x = a.Box();
        var y = b.Box();
        return Of(inPlace ? Arithmetic.InPlace(op, x, y) : Arithmetic.Binary(op, x, y));
    }

    /// <summary>A comparison as a condition: native for ints and floats, the rich comparison otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Compare(in Unboxed a, in Unboxed b, CompareOp op)
    {
        // NaN is unordered: every comparison but != is false.
        if (a.IsFloat && b.IsFloat) return FloatComparison.Compare(a.Double, b.Double, op);
        if (a.IsInt && b.IsInt) return Holds(op, a._bits.CompareTo(b._bits), a._bits == b._bits);
        return CompareMixed(a, b, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompareMixed(in Unboxed a, in Unboxed b, CompareOp op)
    {
        // Two int objects (past 64 bits): their order by the limbs, without boxing or the protocol.
        if (a._object is { } ao && b._object is { } bo && PyInt.IsExact(ao) && PyInt.IsExact(bo)) return op.Holds(Unsafe.As<PyInt>(ao).CompareTo(Unsafe.As<PyInt>(bo)));
        if (Doubles(a, b, out var x, out var y)) return FloatComparison.Compare(x, y, op);
        // An int object with an unboxed int (a number past 64 bits against a small one): no boxing.
        if (a.IsInt && PyInt.IsExact(b._object!)) return op.Holds(-Unsafe.As<PyInt>(b._object!).CompareTo(a._bits));
        if (b.IsInt && PyInt.IsExact(a._object!)) return op.Holds(Unsafe.As<PyInt>(a._object!).CompareTo(b._bits));
        return Comparison.CompareBool(a.Box(), b.Box(), op);
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

    /// <summary>A set comprehension's step with an unboxed item: an int goes in without becoming an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddTo(PySet set, in Unboxed item)
    {
        if (item.IsInt) set.AddInt(item._bits);
        else set.Add(item.Box());
    }

    /// <summary><c>item in container</c> with an unboxed item: an int is looked up in an exact set without making it an object.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool In(in Unboxed item, PyObject container)
    {
        if (item.IsInt && container.GetType() == typeof(PySet)) return Unsafe.As<PySet>(container).ContainsInt(item._bits);
        return Comparison.In(item.Box(), container);
    }

}
