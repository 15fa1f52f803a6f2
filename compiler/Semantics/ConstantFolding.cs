using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Tuple = PyPack.Compiler.Syntax.Ast.Tuple;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// The constant an expression folds to under CPython 3.11's AST optimiser, which is observable:
/// a set display of more than two constants is built from a frozenset constant (another table
/// order than adding the items one by one), and a folded tuple or number is one shared object.
/// CPython folds unary and binary operators on constants and tuples of constants, with limits on
/// the size of what it makes (ints of 128 bits, strs and bytes of 4096 items, tuples of 256
/// items and 1024 nested items), and never an operation that raises: those stay run-time operations.
/// Folded values: null (None), bool, BigInteger, double, Complex, string, byte[], Ellipsis and
/// <see cref="FoldedTuple"/>. Where this does not fold what CPython would (float <c>//</c>, <c>%</c>,
/// <c>**</c>; ints past 2**53 mixed with floats), the value is still right, computed at run time.
/// </summary>
public static class ConstantFolding
{
    private const int MaxIntBits = 128;
    private const int MaxCollectionSize = 256;
    private const int MaxStrSize = 4096;
    private const int MaxTotalItems = 1024;

    // Floats and ints mix exactly (int -> double without rounding) up to this size.
    private static readonly BigInteger MaxExactDouble = BigInteger.One << 53;

    /// <summary>Whether <paramref name="e"/> folds to a constant, and to which.</summary>
    public static bool TryFold(Expr e, out object? value)
    {
        value = Fold(e, out var ok);
        return ok;
    }

    /// <summary>The int <paramref name="e"/> folds to (not a bool), or null.</summary>
    public static BigInteger? FoldedInt(Expr e) => TryFold(e, out var v) && v is BigInteger i ? i : null;

    private static object? Fold(Expr e, out bool ok)
    {
        ok = true;
        switch (e)
        {
            case Constant c:
                return c.Value;
            case UnaryOp u:
                var operand = Fold(u.Operand, out ok);
                return ok ? Unary(u.Op, operand, out ok) : null;
            case BinOp b:
                var left = Fold(b.Left, out ok);
                if (!ok) return null;
                var right = Fold(b.Right, out ok);
                return ok ? Binary(b.Op, left, right, out ok) : null;
            case Tuple t when !t.Elts.Any(x => x is Starred):
                var items = new object?[t.Elts.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Fold(t.Elts[i], out ok);
                    if (!ok) return null;
                }
                return new FoldedTuple(items);
        }
        ok = false;
        return null;
    }

    private static object? Unary(UnaryOperator op, object? v, out bool ok)
    {
        ok = true;
        if (op == UnaryOperator.Not) return !IsTrue(v);
        if (v is bool flag) v = flag ? BigInteger.One : BigInteger.Zero;
        switch (op, v)
        {
            case (UnaryOperator.USub, BigInteger i): return -i;
            case (UnaryOperator.USub, double d): return -d;
            case (UnaryOperator.USub, Complex c): return new Complex(-c.Real, -c.Imaginary);
            case (UnaryOperator.UAdd, BigInteger or double or Complex): return v;
            case (UnaryOperator.Invert, BigInteger i): return -i - 1;
        }
        ok = false;
        return null;
    }

    private static bool IsTrue(object? v) => v switch
    {
        null => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0,
        Complex c => c != Complex.Zero,
        string s => s.Length > 0,
        byte[] b => b.Length > 0,
        FoldedTuple t => t.Items.Count > 0,
        _ => true,
    };

    private static object? Binary(BinaryOperator op, object? x, object? y, out bool ok)
    {
        ok = true;
        // bool & | ^ bool stays a bool; any other arithmetic on a bool is on the int.
        if (x is bool a && y is bool b)
        {
            switch (op)
            {
                case BinaryOperator.BitAnd: return a & b;
                case BinaryOperator.BitOr: return a | b;
                case BinaryOperator.BitXor: return a ^ b;
            }
        }
        if (x is bool bx) x = bx ? BigInteger.One : BigInteger.Zero;
        if (y is bool by) y = by ? BigInteger.One : BigInteger.Zero;
        object? result = (x, y) switch
        {
            (BigInteger i, BigInteger j) => IntBinary(op, i, j),
            (BigInteger or double, BigInteger or double) => FloatBinary(op, x, y),
            (BigInteger or double or Complex, BigInteger or double or Complex) => ComplexBinary(op, x, y),
            (string s, string t) when op == BinaryOperator.Add => (object)(s + t),
            (byte[] s, byte[] t) when op == BinaryOperator.Add => (byte[])[.. s, .. t],
            (FoldedTuple s, FoldedTuple t) when op == BinaryOperator.Add => new FoldedTuple([.. s.Items, .. t.Items]),
            (BigInteger n, string or byte[] or FoldedTuple) when op == BinaryOperator.Mult => Repeat(y!, n),
            (string or byte[] or FoldedTuple, BigInteger n) when op == BinaryOperator.Mult => Repeat(x!, n),
            _ => null,
        };
        ok = result is not null;
        return result;
    }

    private static object? IntBinary(BinaryOperator op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case BinaryOperator.Add: return x + y;
            case BinaryOperator.Sub: return x - y;
            case BinaryOperator.BitAnd: return x & y;
            case BinaryOperator.BitOr: return x | y;
            case BinaryOperator.BitXor: return x ^ y;
            case BinaryOperator.Mult:
                return !x.IsZero && !y.IsZero && x.GetBitLength() + y.GetBitLength() > MaxIntBits ? null : x * y;
            case BinaryOperator.LShift:
                if (y.Sign < 0) return null;
                return !x.IsZero && !y.IsZero && (y > MaxIntBits || x.GetBitLength() > MaxIntBits - y) ? null : x << (int)y;
            case BinaryOperator.RShift:
                if (y.Sign < 0) return null;
                return y >= x.GetBitLength() + 1 ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)y;
            case BinaryOperator.Pow:
                if (y.Sign < 0) return x.IsZero || BigInteger.Abs(x) > MaxExactDouble || -y > 1024 ? null : PowerOfFloat((double)x, (double)y);
                if (!x.IsZero && !y.IsZero && (y > MaxIntBits || x.GetBitLength() > MaxIntBits / (long)y)) return null;
                return BigInteger.Pow(x, (int)y);
            case BinaryOperator.Div:
                if (y.IsZero || BigInteger.Abs(x) > MaxExactDouble || BigInteger.Abs(y) > MaxExactDouble) return null;
                return (double)x / (double)y;
            case BinaryOperator.FloorDiv:
            case BinaryOperator.Mod:
                if (y.IsZero) return null;
                var q = BigInteger.DivRem(x, y, out var r);
                // Python rounds the quotient toward minus infinity: the remainder takes the divisor's sign.
                if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
                {
                    q -= 1;
                    r += y;
                }
                return op == BinaryOperator.FloorDiv ? q : r;
            default:
                return null;
        }
    }

    // An int to a negative power is the float power of the two (exact for the small operands allowed).
    private static object? PowerOfFloat(double x, double y)
    {
        var r = Math.Pow(x, y);
        return double.IsFinite(r) ? r : null;
    }

    private static object? FloatBinary(BinaryOperator op, object x, object y)
    {
        if (AsExactDouble(x) is not { } a || AsExactDouble(y) is not { } b) return null;
        double r;
        switch (op)
        {
            case BinaryOperator.Add: r = a + b; break;
            case BinaryOperator.Sub: r = a - b; break;
            case BinaryOperator.Mult: r = a * b; break;
            case BinaryOperator.Div:
                if (b == 0) return null;
                r = a / b;
                break;
            default: return null;
        }
        // CPython's float + - * / give inf on overflow, as these do.
        return r;
    }

    private static object? ComplexBinary(BinaryOperator op, object x, object y)
    {
        if (AsComplex(x) is not { } a || AsComplex(y) is not { } b) return null;
        // CPython's formulas, so signed zeros come out the same.
        return op switch
        {
            BinaryOperator.Add => new Complex(a.Real + b.Real, a.Imaginary + b.Imaginary),
            BinaryOperator.Sub => new Complex(a.Real - b.Real, a.Imaginary - b.Imaginary),
            BinaryOperator.Mult => new Complex(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real),
            _ => null,
        };
    }

    private static double? AsExactDouble(object v) => v switch
    {
        double d => d,
        BigInteger i when BigInteger.Abs(i) <= MaxExactDouble => (double)i,
        _ => null,
    };

    private static Complex? AsComplex(object v) => v is Complex c ? c : AsExactDouble(v) is { } d ? new Complex(d, 0.0) : null;

    private static object? Repeat(object sequence, BigInteger n)
    {
        var size = sequence switch
        {
            string s => CodePoints(s),
            byte[] b => b.Length,
            _ => ((FoldedTuple)sequence).Items.Count,
        };
        if (size == 0) return sequence;
        var limit = sequence is FoldedTuple ? MaxCollectionSize : MaxStrSize;
        if (n.Sign < 0 || n > limit / size) return null;
        var count = (int)n;
        switch (sequence)
        {
            case string s:
                return string.Concat(Enumerable.Repeat(s, count));
            case byte[] b:
                return Enumerable.Repeat(b, count).SelectMany(x => x).ToArray();
            default:
                var t = (FoldedTuple)sequence;
                if (count > 0 && TotalItems(t, MaxTotalItems / count) < 0) return null;
                return new FoldedTuple(Enumerable.Repeat(t.Items, count).SelectMany(x => x).ToArray());
        }
    }

    // The budget left after counting a tuple's items, nested tuples' included; negative when over it.
    private static int TotalItems(FoldedTuple t, int budget)
    {
        budget -= t.Items.Count;
        foreach (var item in t.Items)
        {
            if (budget < 0) break;
            if (item is FoldedTuple inner) budget = TotalItems(inner, budget);
        }
        return budget;
    }

    private static int CodePoints(string s)
    {
        var n = s.Length;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) n--;
        }
        return n;
    }
}
