using System.Numerics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Mathematics;

/// <summary>The math functions with more than one line of logic.</summary>
public static partial class MathModule
{
    private static PyObject Log(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("log() takes no keyword arguments");
        if (args.Length is < 1 or > 2) throw Errors.TypeError("math.log requires 1 to 2 arguments");
        var num = LogOf(args[0], System.Math.Log);
        if (args.Length == 1) return new PyFloat(num);
        var den = LogOf(args[1], System.Math.Log);
        if (den == 0) throw Errors.ZeroDivisionError("float division by zero");
        return new PyFloat(num / den);
    }

    /// <summary>CPython's loghelper: positive ints of any size, then the C function's domain.</summary>
    private static double LogOf(PyObject x, Func<double, double> f)
    {
        if (x is PyInt i)
        {
            if (i.Big.Sign <= 0) throw DomainError();
            if (i.IsSmall || (double)i.Big is var d && !double.IsInfinity(d))
            {
                return f(i.IsSmall ? i.Small : (double)i.Big);
            }
            // Too large for a double: log(m * 2**e) = log(m) + log(2) * e.
            var bits = (long)i.Big.GetBitLength();
            var top = (double)(i.Big >> (int)(bits - 63));
            var m = System.Math.ScaleB(top, -63);
            return f(m) + f(2.0) * bits;
        }
        var v = ToDouble(x);
        if (double.IsNaN(v) || double.IsPositiveInfinity(v)) return v;
        if (v <= 0) throw DomainError();
        return f(v);
    }

    private static (double Mantissa, int Exponent) Frexp(double x)
    {
        if (x == 0 || !double.IsFinite(x)) return (x, 0);
        var e = System.Math.ILogB(x) + 1;
        return (System.Math.ScaleB(x, -e), e);
    }

    private static PyObject Pow(PyObject a, PyObject b)
    {
        double x = ToDouble(a), y = ToDouble(b);
        if (double.IsNaN(x)) return new PyFloat(y == 0 ? 1.0 : double.NaN);
        if (double.IsNaN(y)) return new PyFloat(x == 1 ? 1.0 : double.NaN);
        var r = System.Math.Pow(x, y);
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (double.IsNaN(r)) throw DomainError();
            if (double.IsInfinity(r))
            {
                if (x == 0) throw DomainError();
                throw Errors.OverflowError("math range error");
            }
        }
        return new PyFloat(r);
    }

    /// <summary>An integer argument through __index__, as gcd's.</summary>
    private static BigInteger ToBigIndex(PyObject o) => Conversions.Index(o).Big;

    private static PyObject Factorial(PyObject x)
    {
        var n = ToBigIndex(x);
        if (n.Sign < 0) throw Errors.ValueError("factorial() not defined for negative values");
        if (n > 1_000_000) throw Errors.OverflowError("factorial() argument should not exceed 9223372036854775807");
        return IntegerFunctions.Factorial((long)n);
    }

    private static PyObject Comb(PyObject nObj, PyObject kObj)
    {
        var n = ToBigIndex(nObj);
        var k = ToBigIndex(kObj);
        if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Zero;
        if (n <= long.MaxValue) return IntegerFunctions.Comb((long)n, (long)k);
        if (n - k < k) k = n - k;
        BigInteger r = BigInteger.One;
        for (BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
        return PyInt.From(r);
    }

    private static PyObject Perm(PyObject nObj, PyObject kObj)
    {
        var n = ToBigIndex(nObj);
        if (kObj is PyNone) return Factorial(nObj);
        var k = ToBigIndex(kObj);
        if (n.Sign < 0) throw Errors.ValueError("n must be a non-negative integer");
        if (k.Sign < 0) throw Errors.ValueError("k must be a non-negative integer");
        if (k > n) return PyInt.Zero;
        if (n <= long.MaxValue) return IntegerFunctions.RangeProduct((long)(n - k + 1), (long)n);
        BigInteger r = BigInteger.One;
        for (var i = n - k + 1; i <= n; i++) r *= i;
        return PyInt.From(r);
    }

    private static PyObject GcdOrLcm(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, bool lcm)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"math.{name}() takes no keyword arguments");
        if (args.Length == 1)
        {
            // abs() of the index as an exact int (gcd with zero), not the operand's own __abs__.
            return IntGcd.Of(Conversions.Index(args[0]), PyInt.Zero);
        }
        if (!lcm)
        {
            // Pairwise on the ints themselves: IntGcd keeps operands within 64 bits off BigInteger.
            var g = PyInt.Zero;
            foreach (var a in args) g = IntGcd.Of(g, Conversions.Index(a));
            return g;
        }
        BigInteger acc = BigInteger.One;
        foreach (var a in args)
        {
            var v = Conversions.Index(a).Big;
            if (acc.IsZero || v.IsZero) acc = 0;
            else acc = BigInteger.Abs(acc / BigInteger.GreatestCommonDivisor(acc, v) * v);
        }
        return PyInt.From(acc);
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        if (positional > 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({args.Length} given)");
        InvalidKeyword("isclose", kwnames, "a", "b", "rel_tol", "abs_tol");
        var a = positional > 0 ? args[0] : Args.Keyword(args, kwnames, "a") ?? throw Errors.TypeError("isclose() missing required argument 'a' (pos 1)");
        var b = positional > 1 ? args[1] : Args.Keyword(args, kwnames, "b") ?? throw Errors.TypeError("isclose() missing required argument 'b' (pos 2)");
        double x = ToDouble(a), y = ToDouble(b);
        var rel = Args.Keyword(args, kwnames, "rel_tol") is { } r ? ToDouble(r) : 1e-09;
        var abs = Args.Keyword(args, kwnames, "abs_tol") is { } t ? ToDouble(t) : 0.0;
        if (rel < 0 || abs < 0) throw Errors.ValueError("tolerances must be non-negative");
        if (x == y) return PyBool.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
        var diff = System.Math.Abs(y - x);
        return PyBool.From(diff <= System.Math.Abs(rel * y) || diff <= System.Math.Abs(rel * x) || diff <= abs);
    }

    /// <summary>The message of C functions parsed by Argument Clinic for an unknown keyword.</summary>
    private static void InvalidKeyword(string function, string[]? kwnames, params string[] allowed)
    {
        if (kwnames is null) return;
        foreach (var k in kwnames)
        {
            if (Array.IndexOf(allowed, k) < 0) throw Errors.TypeError($"'{k}' is an invalid keyword argument for {function}()");
        }
    }

    private static PyObject Prod(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        InvalidKeyword("prod", kwnames, "start");
        if (positional != 1) throw Errors.TypeError($"prod() takes exactly 1 positional argument ({positional} given)");
        PyObject acc = Args.Keyword(args, kwnames, "start") ?? PyInt.One;
        var it = Iteration.GetIter(args[0]);
        for (var v = it.Next(); v is not null; v = it.Next()) acc = Arithmetic.Multiply(acc, v);
        return acc;
    }

    private static PyObject Dist(PyObject p, PyObject q)
    {
        var a = Iteration.ToArray(p);
        var b = Iteration.ToArray(q);
        if (a.Length != b.Length) throw Errors.ValueError("both points must have the same number of dimensions");
        var diffs = new double[a.Length];
        for (var i = 0; i < a.Length; i++) diffs[i] = System.Math.Abs(ToDouble(a[i]) - ToDouble(b[i]));
        return new PyFloat(Hypot(diffs));
    }

    /// <summary>The Euclidean norm, scaled by the largest value and summed in double-double
    /// precision so the result is correctly rounded as CPython's vector_norm is.</summary>
    private static double Hypot(double[] values)
    {
        double max = 0;
        var foundNan = false;
        for (var i = 0; i < values.Length; i++)
        {
            var v = System.Math.Abs(values[i]);
            values[i] = v;
            foundNan |= double.IsNaN(v);
            if (v > max) max = v;
        }
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || values.Length <= 1) return max;
        var (_, maxE) = Frexp(max);
        if (maxE < -1023)
        {
            // Subnormal: scale up first so squares do not underflow.
            for (var i = 0; i < values.Length; i++) values[i] = System.Math.ScaleB(values[i], 1074);
            return System.Math.ScaleB(Hypot(values), -1074);
        }
        double hi = 0, lo = 0;
        foreach (var raw in values)
        {
            var x = System.Math.ScaleB(raw, -maxE);
            var sq = x * x;
            var sqLo = System.Math.FusedMultiplyAdd(x, x, -sq);
            var s = hi + sq;
            var err = (hi - (s - (s - hi))) + (sq - (s - hi));
            hi = s;
            lo += err + sqLo;
        }
        var total = hi + lo;
        lo -= total - hi;
        hi = total;
        var h = System.Math.Sqrt(hi);
        // One Newton correction with the exact residual (hi + lo) - h*h.
        var hSq = h * h;
        var hSqLo = System.Math.FusedMultiplyAdd(h, h, -hSq);
        var residual = (hi - hSq) - hSqLo + lo;
        h += residual / (2 * h);
        return System.Math.ScaleB(h, maxE);
    }

    /// <summary>Exact summation with Shewchuk's partials, rounded half-even like CPython's fsum.</summary>
    private static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = Iteration.GetIter(iterable);
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            var x = ToDouble(item);
            var saved = x;
            var n = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (System.Math.Abs(x) < System.Math.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0) partials[n++] = lo;
                x = hi;
            }
            partials.RemoveRange(n, partials.Count - n);
            if (x != 0 && !double.IsFinite(x))
            {
                if (double.IsFinite(saved)) throw Errors.OverflowError("intermediate overflow in fsum");
                if (double.IsInfinity(saved)) infSum += saved;
                specialSum += saved;
                partials.Clear();
            }
            else partials.Add(x);
        }
        if (specialSum != 0)
        {
            if (double.IsNaN(infSum)) throw Errors.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        var k = partials.Count;
        double total = 0;
        if (k > 0)
        {
            total = partials[--k];
            double low = 0;
            while (k > 0)
            {
                var x = total;
                var y = partials[--k];
                total = x + y;
                var yr = total - x;
                low = y - yr;
                if (low != 0) break;
            }
            if (k > 0 && ((low < 0 && partials[k - 1] < 0) || (low > 0 && partials[k - 1] > 0)))
            {
                var y = low * 2;
                var x = total + y;
                var yr = x - total;
                if (y == yr) total = x;
            }
        }
        return total;
    }
}
