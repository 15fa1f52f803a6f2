using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Mathematics;

/// <summary>
/// The <c>math</c> module. Floating-point functions call the C library through System.Math, so
/// results equal CPython's bit for bit; errors follow CPython's math_1 rules (NaN from a non-NaN
/// argument is a domain error, infinity from a finite argument a range or domain error).
/// </summary>
[PythonModule("math")]
[PythonExport("pi")] [PythonExport("e")] [PythonExport("tau")] [PythonExport("inf")] [PythonExport("nan")]
[PythonExport("sqrt")] [PythonExport("exp")] [PythonExport("exp2")] [PythonExport("cbrt")]
[PythonExport("sin")] [PythonExport("cos")] [PythonExport("tan")] [PythonExport("asin")] [PythonExport("acos")] [PythonExport("atan")]
[PythonExport("sinh")] [PythonExport("cosh")] [PythonExport("tanh")] [PythonExport("asinh")] [PythonExport("acosh")] [PythonExport("atanh")]
[PythonExport("fabs")] [PythonExport("floor")] [PythonExport("ceil")] [PythonExport("trunc")]
[PythonExport("log")] [PythonExport("log2")] [PythonExport("log10")] [PythonExport("log1p")] [PythonExport("expm1")]
[PythonExport("erf")] [PythonExport("erfc")] [PythonExport("gamma")] [PythonExport("lgamma")]
[PythonExport("pow")] [PythonExport("atan2")] [PythonExport("fmod")] [PythonExport("copysign")] [PythonExport("hypot")] [PythonExport("dist")]
[PythonExport("degrees")] [PythonExport("radians")] [PythonExport("isfinite")] [PythonExport("isinf")] [PythonExport("isnan")] [PythonExport("isclose")]
[PythonExport("modf")] [PythonExport("frexp")] [PythonExport("ldexp")] [PythonExport("fsum")] [PythonExport("prod")]
[PythonExport("gcd")] [PythonExport("lcm")] [PythonExport("factorial")] [PythonExport("comb")] [PythonExport("perm")] [PythonExport("isqrt")]
[PythonExport("nextafter")] [PythonExport("ulp")] [PythonExport("remainder")]
public static partial class MathModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("pi", new PyFloat(System.Math.PI));
        g.Set("e", new PyFloat(System.Math.E));
        g.Set("tau", new PyFloat(System.Math.Tau));
        g.Set("inf", new PyFloat(double.PositiveInfinity));
        g.Set("nan", new PyFloat(PyFloat.NaN));

        MathCalls.SqrtFunction = Unary(g, "sqrt", System.Math.Sqrt, false);
        MathCalls.ExpFunction = Unary(g, "exp", System.Math.Exp, true);
        MathCalls.Exp2Function = Unary(g, "exp2", static x => System.Math.Pow(2, x), true);
        MathCalls.CbrtFunction = Unary(g, "cbrt", System.Math.Cbrt, false);
        MathCalls.SinFunction = Unary(g, "sin", System.Math.Sin, false);
        MathCalls.CosFunction = Unary(g, "cos", System.Math.Cos, false);
        MathCalls.TanFunction = Unary(g, "tan", System.Math.Tan, false);
        MathCalls.AsinFunction = Unary(g, "asin", System.Math.Asin, false);
        MathCalls.AcosFunction = Unary(g, "acos", System.Math.Acos, false);
        MathCalls.AtanFunction = Unary(g, "atan", System.Math.Atan, false);
        MathCalls.SinhFunction = Unary(g, "sinh", System.Math.Sinh, true);
        MathCalls.CoshFunction = Unary(g, "cosh", System.Math.Cosh, true);
        MathCalls.TanhFunction = Unary(g, "tanh", System.Math.Tanh, false);
        MathCalls.AsinhFunction = Unary(g, "asinh", System.Math.Asinh, false);
        MathCalls.AcoshFunction = Unary(g, "acosh", System.Math.Acosh, false);
        MathCalls.AtanhFunction = Unary(g, "atanh", System.Math.Atanh, false);
        MathCalls.FabsFunction = Unary(g, "fabs", System.Math.Abs, false);
        // The C library's, as CPython calls them (log1p(-1) is a domain error, expm1 can overflow).
        Unary(g, "log1p", Libm.Log1p, false);
        Unary(g, "expm1", Libm.Expm1, true);
        Unary(g, "erf", Libm.Erf, false);
        Unary(g, "erfc", Libm.Erfc, false);
        // The C library's gamma functions, with CPython's errors: a pole (zero, a negative integer)
        // and -inf are domain errors, a finite argument with an infinite result a range error.
        One(g, "gamma", static x =>
        {
            var v = ToDouble(x);
            if (double.IsNaN(v) || double.IsPositiveInfinity(v)) return new PyFloat(v);
            if (v == 0 || double.IsNegativeInfinity(v) || (v < 0 && v == Math.Floor(v))) throw DomainError();
            // CPython gives the correctly rounded factorial for the integers 1..23 (libm's tgamma is
            // off in the last place from 13 on).
            if (v is >= 1 and <= 23 && v == Math.Floor(v))
            {
                var factorial = System.Numerics.BigInteger.One;
                for (var k = 2; k < (int)v; k++) factorial *= k;
                return new PyFloat(PyInt.From(factorial).ToDouble());
            }
            return new PyFloat(Checked(Libm.Tgamma(v), v, canOverflow: true));
        });
        One(g, "lgamma", static x =>
        {
            var v = ToDouble(x);
            if (double.IsNaN(v)) return new PyFloat(v);
            if (double.IsInfinity(v)) return new PyFloat(double.PositiveInfinity);
            if (v <= 0 && v == Math.Floor(v)) throw DomainError();
            return new PyFloat(Checked(Libm.LgammaR(v, out _), v, canOverflow: true));
        });
        One(g, "degrees", static x => new PyFloat(ToDouble(x) * (180.0 / System.Math.PI)));
        One(g, "radians", static x => new PyFloat(ToDouble(x) * (System.Math.PI / 180.0)));

        One(g, "floor", static x => BuiltinSubclass.CallOwn(x, "__floor__", []) ?? x switch
        {
            PyBool b => PyInt.From(b.Small),
            PyInt i => i,
            PyFloat => IntMethods.FloatToInt(System.Math.Floor(ToDouble(x))),
            // A class's own __floor__ (Fraction's), else its float value.
            _ when x.Type.IsHeapType && SpecialMethods.TryCall0(x, "__floor__") is { } r => r,
            _ => IntMethods.FloatToInt(System.Math.Floor(ToDouble(x))),
        });
        One(g, "ceil", static x => BuiltinSubclass.CallOwn(x, "__ceil__", []) ?? x switch
        {
            PyBool b => PyInt.From(b.Small),
            PyInt i => i,
            PyFloat => IntMethods.FloatToInt(System.Math.Ceiling(ToDouble(x))),
            // A class's own __ceil__ (Fraction's), else its float value.
            _ when x.Type.IsHeapType && SpecialMethods.TryCall0(x, "__ceil__") is { } r => r,
            _ => IntMethods.FloatToInt(System.Math.Ceiling(ToDouble(x))),
        });
        One(g, "trunc", static x => BuiltinSubclass.CallOwn(x, "__trunc__", []) ?? x switch
        {
            PyBool b => PyInt.From(b.Small),
            PyInt i => i,
            PyFloat f => IntMethods.FloatToInt(f.Value),
            _ when x.Type.IsHeapType && SpecialMethods.TryCall0(x, "__trunc__") is { } r => r,
            _ => throw Errors.TypeError($"type {x.Type.TpName} doesn't define __trunc__ method"),
        });
        One(g, "isfinite", static x => PyBool.From(double.IsFinite(ToDouble(x))));
        One(g, "isinf", static x => PyBool.From(double.IsInfinity(ToDouble(x))));
        One(g, "isnan", static x => PyBool.From(double.IsNaN(ToDouble(x))));
        One(g, "log2", static x => new PyFloat(LogOf(x, System.Math.Log2)));
        One(g, "log10", static x => new PyFloat(LogOf(x, System.Math.Log10)));
        g.Set("log", new PyBuiltinFunction("log", Log));
        One(g, "modf", static x =>
        {
            var v = ToDouble(x);
            if (double.IsInfinity(v)) return Pair(new PyFloat(System.Math.CopySign(0.0, v)), new PyFloat(v));
            var whole = System.Math.Truncate(v);
            return Pair(new PyFloat(System.Math.CopySign(v - whole, v)), new PyFloat(whole));
        });
        One(g, "frexp", static x =>
        {
            var (m, e) = Frexp(ToDouble(x));
            return Pair(new PyFloat(m), PyInt.From(e));
        });
        One(g, "ulp", static x =>
        {
            var v = System.Math.Abs(ToDouble(x));
            if (double.IsNaN(v) || double.IsInfinity(v)) return new PyFloat(v);
            var next = System.Math.BitIncrement(v);
            if (double.IsInfinity(next)) return new PyFloat(v - System.Math.BitDecrement(v));
            return new PyFloat(next - v);
        });
        One(g, "factorial", static x => Factorial(x));
        One(g, "isqrt", static x =>
        {
            var n = Conversions.Index(x);
            if (n.Sign < 0) throw Errors.ValueError("isqrt() argument must be nonnegative");
            return IntegerFunctions.Isqrt(n);
        });

        Binary(g, "pow", Pow);
        Binary(g, "atan2", static (y, x) => new PyFloat(System.Math.Atan2(ToDouble(y), ToDouble(x))));
        Binary(g, "copysign", static (x, y) => new PyFloat(System.Math.CopySign(ToDouble(x), ToDouble(y))));
        Binary(g, "fmod", static (a, b) =>
        {
            double x = ToDouble(a), y = ToDouble(b);
            if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
            var r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            return new PyFloat(r);
        });
        Binary(g, "remainder", static (a, b) =>
        {
            double x = ToDouble(a), y = ToDouble(b);
            if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
            if (double.IsInfinity(x) || y == 0) throw DomainError();
            if (double.IsInfinity(y)) return new PyFloat(x);
            return new PyFloat(System.Math.IEEERemainder(x, y));
        });
        Binary(g, "nextafter", static (a, b) =>
        {
            double x = ToDouble(a), y = ToDouble(b);
            if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
            if (x == y) return new PyFloat(y);
            return new PyFloat(y > x ? System.Math.BitIncrement(x) : System.Math.BitDecrement(x));
        });
        Binary(g, "ldexp", static (a, b) =>
        {
            var x = ToDouble(a);
            if (b is not PyInt i) throw Errors.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
            var e = i.Big;
            if (e > 100000) throw Errors.OverflowError("math range error");
            if (e < -100000) return new PyFloat(System.Math.CopySign(0.0, x));
            var r = System.Math.ScaleB(x, (int)e);
            if (double.IsInfinity(r)) throw Errors.OverflowError("math range error");
            return new PyFloat(r);
        });
        Binary(g, "dist", Dist);
        Binary(g, "comb", static (n, k) => Comb(n, k));
        g.Set("perm", new PyBuiltinFunction("perm", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("perm() takes no keyword arguments");
            Args.Count("perm", args.Length, 1, 2);
            return Perm(args[0], args.Length == 2 ? args[1] : PyNone.Instance);
        }));
        g.Set("hypot", new PyBuiltinFunction("hypot", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("hypot() takes no keyword arguments");
            var values = new double[args.Length];
            for (var i = 0; i < args.Length; i++) values[i] = ToDouble(args[i]);
            return new PyFloat(Hypot(values));
        }));
        g.Set("gcd", new PyBuiltinFunction("gcd", static (args, kw) => GcdOrLcm("gcd", args, kw, lcm: false)));
        g.Set("lcm", new PyBuiltinFunction("lcm", static (args, kw) => GcdOrLcm("lcm", args, kw, lcm: true)));
        g.Set("isclose", new PyBuiltinFunction("isclose", IsClose));
        g.Set("fsum", new PyBuiltinFunction("fsum", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("math.fsum() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"math.fsum() takes exactly one argument ({args.Length} given)");
            return new PyFloat(FSum(args[0]));
        }));
        g.Set("prod", new PyBuiltinFunction("prod", Prod));
    }

    /// <summary>A float argument: float, int (bool included), else CPython's TypeError.</summary>
    public static double ToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        // As CPython's PyFloat_AsDouble: a class's __float__ (Fraction's), else its __index__.
        _ when o.Type.IsHeapType && o.Type.Lookup("__float__") is { } toFloat and not PyNone =>
            SpecialMethods.Call0(o, toFloat) is PyFloat r ? r.Value : throw Errors.TypeError($"{o.Type.TpName}.__float__ returned non-float"),
        _ when o.Type.IsHeapType && o.Type.Lookup("__index__") is { } toIndex and not PyNone =>
            SpecialMethods.Call0(o, toIndex) is PyInt r ? r.ToDouble() : throw Errors.TypeError("__index__ returned non-int"),
        _ => throw Errors.TypeError($"must be real number, not {o.Type.TpName}"),
    };

    internal static PyException DomainError() => Errors.ValueError("math domain error");

    private static PyTuple Pair(PyObject a, PyObject b) => PyTuple.Of(a, b);

    private static void One(ModuleGlobals g, string name, Func<PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            Args.ExactlyOne($"math.{name}", args, kw);
            return body(args[0]);
        }, body));

    private static void Binary(ModuleGlobals g, string name, Func<PyObject, PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
            Args.Count(name, args.Length, 2, 2);
            return body(args[0], args[1]);
        }));

    /// <summary>CPython's math_1: NaN out of a non-NaN is a domain error; infinity out of a finite
    /// argument is a range error when the function can overflow, else a domain error.</summary>
    private static PyObject Unary(ModuleGlobals g, string name, Func<double, double> f, bool canOverflow)
    {
        One(g, name, x =>
        {
            var v = ToDouble(x);
            return new PyFloat(Checked(f(v), v, canOverflow));
        });
        return g.Cell(name).Value!;
    }

    /// <summary>The result <paramref name="r"/> of a math_1 function of <paramref name="v"/>, or its error.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static double Checked(double r, double v, bool canOverflow)
    {
        if (double.IsFinite(r)) return r;
        if (double.IsNaN(r) && !double.IsNaN(v)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(v))
        {
            throw canOverflow ? Errors.OverflowError("math range error") : DomainError();
        }
        return r;
    }
}
