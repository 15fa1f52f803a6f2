using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Mathematics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Cmath;

/// <summary>
/// The <c>cmath</c> module: complex functions with the branch cuts and special values of C99's
/// Annex G, as CPython documents them. Finite arguments use Kahan-style formulas that stay accurate
/// near the cuts and avoid overflow for huge arguments; infinities and NaNs go through
/// <see cref="SpecialValues"/>. Errors are CPython's: a domain error is ValueError("math domain
/// error"), an overflow OverflowError("math range error").
/// </summary>
[PythonModule("cmath")]
[PythonExport("pi")] [PythonExport("e")] [PythonExport("tau")] [PythonExport("inf")] [PythonExport("infj")]
[PythonExport("nan")] [PythonExport("nanj")]
[PythonExport("sqrt")] [PythonExport("exp")] [PythonExport("log")] [PythonExport("log10")]
[PythonExport("acos")] [PythonExport("asin")] [PythonExport("atan")] [PythonExport("cos")] [PythonExport("sin")] [PythonExport("tan")]
[PythonExport("acosh")] [PythonExport("asinh")] [PythonExport("atanh")] [PythonExport("cosh")] [PythonExport("sinh")] [PythonExport("tanh")]
[PythonExport("phase")] [PythonExport("polar")] [PythonExport("rect")]
[PythonExport("isfinite")] [PythonExport("isinf")] [PythonExport("isnan")] [PythonExport("isclose")]
public static partial class CmathModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("pi", new PyFloat(System.Math.PI));
        g.Set("e", new PyFloat(System.Math.E));
        g.Set("tau", new PyFloat(System.Math.Tau));
        g.Set("inf", new PyFloat(double.PositiveInfinity));
        g.Set("infj", new PyComplex(0, double.PositiveInfinity));
        g.Set("nan", new PyFloat(SpecialValues.NaN));
        g.Set("nanj", new PyComplex(0, SpecialValues.NaN));

        Function(g, "sqrt", Sqrt);
        Function(g, "exp", Exp);
        Function(g, "log10", Log10);
        Function(g, "acos", Acos);
        Function(g, "asin", Asin);
        Function(g, "atan", Atan);
        Function(g, "cos", Cos);
        Function(g, "sin", Sin);
        Function(g, "tan", Tan);
        Function(g, "acosh", Acosh);
        Function(g, "asinh", Asinh);
        Function(g, "atanh", Atanh);
        Function(g, "cosh", Cosh);
        Function(g, "sinh", Sinh);
        Function(g, "tanh", Tanh);
        g.Set("log", new PyBuiltinFunction("log", LogCall));

        One(g, "phase", static x =>
        {
            var z = ToComplex(x);
            var phi = Phase(z);
            // The C library reports an angle that underflows to 0 (a tiny y over a huge x) as a
            // range error, and CPython's phase (not polar) turns it into OverflowError.
            if (phi == 0 && z.Im != 0 && double.IsFinite(z.Im) && double.IsFinite(z.Re)) throw Errors.OverflowError("math range error");
            return new PyFloat(phi);
        });
        One(g, "polar", static x =>
        {
            var z = ToComplex(x);
            var r = Abs(z);
            return PyTuple.Of(new PyFloat(r), new PyFloat(Phase(z)));
        });
        g.Set("rect", new PyBuiltinFunction("rect", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("rect() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"rect expected 2 arguments, got {args.Length}");
            return Result(Rect(MathModule.ToDouble(args[0]), MathModule.ToDouble(args[1])));
        }));
        One(g, "isfinite", static x =>
        {
            var z = ToComplex(x);
            return PyBool.From(double.IsFinite(z.Re) && double.IsFinite(z.Im));
        });
        One(g, "isinf", static x =>
        {
            var z = ToComplex(x);
            return PyBool.From(double.IsInfinity(z.Re) || double.IsInfinity(z.Im));
        });
        One(g, "isnan", static x =>
        {
            var z = ToComplex(x);
            return PyBool.From(double.IsNaN(z.Re) || double.IsNaN(z.Im));
        });
        g.Set("isclose", new PyBuiltinFunction("isclose", IsClose));
    }

    /// <summary>A complex argument as CPython's "D" format reads it: a complex (subclasses too),
    /// else the object's __complex__, else its float value (float, int, __float__, __index__).</summary>
    public static ComplexValue ToComplex(PyObject o)
    {
        if (o is PyComplex c) return new ComplexValue(c.Real, c.Imag);
        if (o.Type.IsHeapType && o.Type.Lookup("__complex__") is { } toComplex and not PyNone)
        {
            var r = SpecialMethods.Call0(o, toComplex);
            return r is PyComplex c2 ? new ComplexValue(c2.Real, c2.Imag)
                : throw Errors.TypeError($"__complex__ returned non-complex (type {r.Type.TpName})");
        }
        return new ComplexValue(MathModule.ToDouble(o), 0);
    }

    private static PyComplex Result((ComplexValue Value, MathError Error) r) => r.Error switch
    {
        MathError.Domain => throw Errors.ValueError("math domain error"),
        MathError.Range => throw Errors.OverflowError("math range error"),
        _ => new PyComplex(r.Value.Re, r.Value.Im),
    };

    private static void Function(ModuleGlobals g, string name, Func<ComplexValue, (ComplexValue, MathError)> f) =>
        One(g, name, x => Result(f(ToComplex(x))));

    /// <summary>A one-argument function with the messages of CPython's METH_O functions.</summary>
    private static void One(ModuleGlobals g, string name, Func<PyObject, PyObject> body) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            Args.ExactlyOne($"cmath.{name}", args, kw);
            return body(args[0]);
        }, body));

    private static PyObject LogCall(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("log() takes no keyword arguments");
        if (args.Length < 1) throw Errors.TypeError($"log expected at least 1 argument, got {args.Length}");
        if (args.Length > 2) throw Errors.TypeError($"log expected at most 2 arguments, got {args.Length}");
        var (value, error) = Log(ToComplex(args[0]));
        if (args.Length == 2)
        {
            // As in CPython, the base's logarithm replaces the first one's error (log(0j, 2) is
            // (-inf+nanj)), and the quotient's division by zero is a domain error.
            (var b, error) = Log(ToComplex(args[1]));
            var (q, ok) = Quotient(value, b);
            if (!ok) error = MathError.Domain;
            value = q;
        }
        return Result((value, error));
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        if (positional > 2) throw Errors.TypeError($"isclose() takes exactly 2 positional arguments ({positional} given)");
        if (kwnames is not null)
        {
            foreach (var k in kwnames)
            {
                if (k is not ("a" or "b" or "rel_tol" or "abs_tol")) throw Errors.TypeError($"'{k}' is an invalid keyword argument for isclose()");
            }
        }
        var a = positional > 0 ? args[0] : Args.Keyword(args, kwnames, "a") ?? throw Errors.TypeError("isclose() missing required argument 'a' (pos 1)");
        var b = positional > 1 ? args[1] : Args.Keyword(args, kwnames, "b") ?? throw Errors.TypeError("isclose() missing required argument 'b' (pos 2)");
        var x = ToComplex(a);
        var y = ToComplex(b);
        var rel = Args.Keyword(args, kwnames, "rel_tol") is { } r ? MathModule.ToDouble(r) : 1e-09;
        var abs = Args.Keyword(args, kwnames, "abs_tol") is { } t ? MathModule.ToDouble(t) : 0.0;
        if (rel < 0 || abs < 0) throw Errors.ValueError("tolerances must be non-negative");
        if (x.Re == y.Re && x.Im == y.Im) return PyBool.True;
        if (double.IsInfinity(x.Re) || double.IsInfinity(x.Im) || double.IsInfinity(y.Re) || double.IsInfinity(y.Im)) return PyBool.False;
        var diff = Libm.Hypot(x.Re - y.Re, x.Im - y.Im);
        return PyBool.From(diff <= rel * Libm.Hypot(y.Re, y.Im) || diff <= rel * Libm.Hypot(x.Re, x.Im) || diff <= abs);
    }

    /// <summary>|z| as complex.__abs__ computes it: overflow from finite parts is an error.</summary>
    private static double Abs(ComplexValue z)
    {
        if (double.IsInfinity(z.Re) || double.IsInfinity(z.Im)) return double.PositiveInfinity;
        if (double.IsNaN(z.Re) || double.IsNaN(z.Im)) return SpecialValues.NaN;
        var r = Libm.Hypot(z.Re, z.Im);
        if (double.IsInfinity(r)) throw Errors.OverflowError("math range error");
        return r;
    }

    private static double Phase(ComplexValue z) =>
        double.IsNaN(z.Re) || double.IsNaN(z.Im) ? SpecialValues.NaN : System.Math.Atan2(z.Im, z.Re);
}
