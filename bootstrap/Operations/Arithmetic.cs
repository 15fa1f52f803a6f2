using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// The numeric operators. Each entry point tries small ints first, then the general protocol:
/// the left operand's method, then the right operand's reflected method (the right one first
/// when its type is a subclass of the left's), then TypeError.
/// </summary>
public static class Arithmetic
{
    // The fast paths test the exact C# types: that excludes bool and subclasses of int and
    // float (whose operators may be overridden) with one compare each.

    private static bool SmallInts(PyObject a, PyObject b, out long x, out long y)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var p = Unsafe.As<PyInt>(a);
            var q = Unsafe.As<PyInt>(b);
            if (p.IsSmall && q.IsSmall)
            {
                x = p.Small;
                y = q.Small;
                return true;
            }
        }
        x = y = 0;
        return false;
    }

    private static bool Floats(PyObject a, PyObject b) => a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat);

    public static PyObject Add(PyObject a, PyObject b)
    {
        if (SmallInts(a, b, out var x, out var y))
        {
            var r = unchecked(x + y);
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r);
        }
        else if (Floats(a, b)) return new PyFloat(Unsafe.As<PyFloat>(a).Value + Unsafe.As<PyFloat>(b).Value);
        return Binary(BinaryOperator.Add, a, b);
    }

    public static PyObject Subtract(PyObject a, PyObject b)
    {
        if (SmallInts(a, b, out var x, out var y))
        {
            var r = unchecked(x - y);
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r);
        }
        else if (Floats(a, b)) return new PyFloat(Unsafe.As<PyFloat>(a).Value - Unsafe.As<PyFloat>(b).Value);
        return Binary(BinaryOperator.Sub, a, b);
    }

    public static PyObject Multiply(PyObject a, PyObject b)
    {
        if (SmallInts(a, b, out var x, out var y))
        {
            if (IntArithmetic.TryMultiply(x, y, out var product)) return PyInt.From(product);
        }
        else if (Floats(a, b)) return new PyFloat(Unsafe.As<PyFloat>(a).Value * Unsafe.As<PyFloat>(b).Value);
        return Binary(BinaryOperator.Mult, a, b);
    }

    // x += y and friends: int and float have no in-place methods, so their fast paths are the
    // binary ones; anything else takes the in-place protocol.
    public static PyObject InPlaceAdd(PyObject a, PyObject b) =>
        SmallInts(a, b, out _, out _) || Floats(a, b) ? Add(a, b) : InPlace(BinaryOperator.Add, a, b);

    public static PyObject InPlaceSubtract(PyObject a, PyObject b) =>
        SmallInts(a, b, out _, out _) || Floats(a, b) ? Subtract(a, b) : InPlace(BinaryOperator.Sub, a, b);

    public static PyObject InPlaceMultiply(PyObject a, PyObject b) =>
        SmallInts(a, b, out _, out _) || Floats(a, b) ? Multiply(a, b) : InPlace(BinaryOperator.Mult, a, b);

    public static PyObject Binary(BinaryOperator op, PyObject a, PyObject b)
    {
        // Exact ints and floats first: `a is PyInt` is a runtime call that walks the class chain,
        // and the tests below took four of them (a fifth of a bit-mask search's time).
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            return IntArithmetic.Binary(op, Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b)) ?? throw Unsupported(op, a, b, "");
        }
        if (Floats(a, b)) return FloatArithmetic.Binary(op, Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value) ?? throw Unsupported(op, a, b, "");
        return BinaryOther(op, a, b);
    }

    private static PyObject BinaryOther(BinaryOperator op, PyObject a, PyObject b)
    {
        // An instance of a class (Vec - Vec, v * 2.0): neither int nor float, so straight to the
        // dunder protocol; PyInstance is sealed, so this is one compare where `a is PyInt` and
        // `a is PyFloat` walk the class chain.
        if (a.GetType() == typeof(PyInstance)) return BinaryGeneral(op, a, b, "");
        // Exact ints past 64 bits (PyBigInt): one more compare each, before the class-chain walks.
        if (PyInt.IsExact(a) && PyInt.IsExact(b)) return IntArithmetic.Binary(op, Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b)) ?? throw Unsupported(op, a, b, "");
        if (a is PyInt x && b is PyInt y && a is not PyIntSubclass && b is not PyIntSubclass)
        {
            if (a is PyBool && b is PyBool) return a.BinaryOp(op, b) ?? IntArithmetic.Binary(op, x, y) ?? throw Unsupported(op, a, b, "");
            return IntArithmetic.Binary(op, x, y) ?? throw Unsupported(op, a, b, "");
        }
        if (a is PyFloat f && b is PyFloat g && a is not PyFloatSubclass && b is not PyFloatSubclass) return FloatArithmetic.Binary(op, f.Value, g.Value) ?? throw Unsupported(op, a, b, "");
        return BinaryGeneral(op, a, b, "");
    }

    public static PyObject InPlace(BinaryOperator op, PyObject a, PyObject b)
    {
        // As in Binary: int and float have no in-place methods.
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            return IntArithmetic.Binary(op, Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b)) ?? throw Unsupported(op, a, b, "=");
        }
        if (PyInt.IsExact(a) && PyInt.IsExact(b)) return IntArithmetic.Binary(op, Unsafe.As<PyInt>(a), Unsafe.As<PyInt>(b)) ?? throw Unsupported(op, a, b, "=");
        if (a is PyInt x && b is PyInt y && a is not PyIntSubclass && b is not PyIntSubclass)
        {
            if (a is PyBool && b is PyBool) return a.BinaryOp(op, b) ?? IntArithmetic.Binary(op, x, y) ?? throw Unsupported(op, a, b, "=");
            return IntArithmetic.Binary(op, x, y) ?? throw Unsupported(op, a, b, "=");
        }
        return a.InPlaceOp(op, b) ?? BinaryGeneral(op, a, b, "=");
    }

    private static PyObject BinaryGeneral(BinaryOperator op, PyObject a, PyObject b, string inPlace)
    {
        var ta = a.Type;
        var tb = b.Type;
        // A subclass's reflected method goes first when the subclass overrides it, and is then not
        // tried again (CPython's binary_op1 and slot functions); one it inherits runs after a's.
        var reflectedTried = !ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && ReflectedOverridden(ta, tb, op);
        if (reflectedTried)
        {
            var reflectedFirst = b.ReflectedBinaryOp(op, a);
            if (reflectedFirst is not null) return reflectedFirst;
        }
        var result = a.BinaryOp(op, b);
        if (result is not null) return result;
        if (!ReferenceEquals(ta, tb) && !reflectedTried)
        {
            result = b.ReflectedBinaryOp(op, a);
            if (result is not null) return result;
        }
        if (op == BinaryOperator.Mult && RepeatByIndex(a, b, inPlace.Length > 0) is { } repeated) return repeated;
        throw Unsupported(op, a, b, inPlace);
    }

    // Whether the right operand's class defines the reflected method differently from the left's
    // (CPython's method_is_overloaded): inherited unchanged, it is not worth trying first.
    private static bool ReflectedOverridden(PyType left, PyType right, BinaryOperator op)
    {
        var name = SpecialMethods.ReflectedName(op);
        if (right.Lookup(name) is not { } reflected) return false;
        return left.Lookup(name) is not { } leftReflected || !ReferenceEquals(leftReflected, reflected);
    }

    // CPython's last resort for *: a builtin sequence's repeat with the other operand's __index__,
    // reached only after both operands' multiply methods declined.
    private static PyObject? RepeatByIndex(PyObject a, PyObject b, bool inPlace)
    {
        if (IsRepeatable(a) && HasIndex(b))
        {
            var n = Conversions.Index(b);
            return (inPlace ? a.InPlaceOp(BinaryOperator.Mult, n) : null) ?? a.BinaryOp(BinaryOperator.Mult, n);
        }
        if (IsRepeatable(b) && HasIndex(a)) return b.ReflectedBinaryOp(BinaryOperator.Mult, Conversions.Index(a));
        return null;
    }

    private static bool IsRepeatable(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes;

    private static bool HasIndex(PyObject o) =>
        o is not PyInt && o.Type.IsHeapType && o.Type.Lookup("__index__") is { } m && m is not PyNone;

    internal static Exceptions.PyException Unsupported(BinaryOperator op, PyObject a, PyObject b, string inPlace = "")
    {
        // Sequences report their own messages for + and *, as CPython's sq_concat/sq_repeat do.
        if (op == BinaryOperator.Add && a is PyBytes && b is not PyBytes)
        {
            return Errors.TypeError($"can't concat {b.Type.TpName} to {a.Type.TpName}");
        }
        if (op == BinaryOperator.Add && a is PyStr or PyList or PyTuple)
        {
            return Errors.TypeError($"can only concatenate {a.Type.TpName} (not \"{b.Type.TpName}\") to {a.Type.TpName}");
        }
        if (op == BinaryOperator.Mult && (a is PyStr or PyList or PyTuple or PyBytes || b is PyStr or PyList or PyTuple or PyBytes))
        {
            var other = a is PyStr or PyList or PyTuple or PyBytes ? b : a;
            return Errors.TypeError($"can't multiply sequence by non-int of type '{other.Type.TpName}'");
        }
        var symbol = op == BinaryOperator.Pow && inPlace.Length > 0 ? "**" : op.Symbol();
        return Errors.TypeError($"unsupported operand type(s) for {symbol}{inPlace}: '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    public static PyObject Unary(UnaryOperator op, PyObject a) =>
        a.UnaryOp(op) ?? throw Errors.TypeError($"bad operand type for unary {op.Symbol()}: '{a.Type.TpName}'");

    public static PyObject Negate(PyObject a) => Unary(UnaryOperator.USub, a);
}
