using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Cmath;

/// <summary>
/// cmath's results for arguments with an infinite or NaN part: the special values of C99's
/// Annex G (G.6), which CPython's documentation adopts, with CPython's errors: an infinite
/// imaginary part where the function has no limit is a domain error (exp, cosh, sinh, tanh, rect).
/// Each function is written for the signs its symmetry reduces to, then the signs are put back.
/// </summary>
internal static class SpecialValues
{
    private const double Pi = System.Math.PI;
    private const double Inf = double.PositiveInfinity;
    internal static readonly double NaN = PyFloat.NaN;

    private static (ComplexValue, MathError) Value(double re, double im, MathError error = MathError.None) =>
        (new ComplexValue(re, im), error);

    private static double Sign(double magnitude, double signOf) => System.Math.CopySign(magnitude, signOf);

    public static (ComplexValue, MathError) Sqrt(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y)) return Value(Inf, y);
        if (double.IsNegativeInfinity(x)) return double.IsNaN(y) ? Value(NaN, Inf) : Value(0, Sign(Inf, y));
        if (double.IsPositiveInfinity(x)) return double.IsNaN(y) ? Value(Inf, NaN) : Value(Inf, Sign(0, y));
        return Value(NaN, NaN);
    }

    public static (ComplexValue, MathError) Exp(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
        {
            return x > 0
                ? Value(Sign(Inf, System.Math.Cos(y)), Sign(Inf, System.Math.Sin(y)))
                : Value(Sign(0, System.Math.Cos(y)), Sign(0, System.Math.Sin(y)));
        }
        if (double.IsNaN(x)) return y == 0 ? Value(NaN, y) : Value(NaN, NaN);
        if (double.IsFinite(x)) return Value(NaN, NaN, double.IsInfinity(y) ? MathError.Domain : MathError.None);
        if (x > 0)
        {
            if (y == 0) return Value(Inf, y);
            return Value(Inf, NaN, double.IsInfinity(y) ? MathError.Domain : MathError.None);
        }
        // exp(-inf + iy) tends to 0 whatever y does.
        return y == 0 ? Value(0, y) : Value(0, 0);
    }

    public static (ComplexValue, MathError) Log(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y))
        {
            if (double.IsNegativeInfinity(x)) return Value(Inf, Sign(0.75 * Pi, y));
            if (double.IsPositiveInfinity(x)) return Value(Inf, Sign(0.25 * Pi, y));
            if (double.IsNaN(x)) return Value(Inf, NaN);
            return Value(Inf, Sign(Pi / 2, y));
        }
        if (double.IsInfinity(x))
        {
            if (double.IsNaN(y)) return Value(Inf, NaN);
            return Value(Inf, x < 0 ? Sign(Pi, y) : Sign(0, y));
        }
        return Value(NaN, NaN);
    }

    public static (ComplexValue, MathError) Acos(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y))
        {
            var im = Sign(Inf, -y);
            if (double.IsNegativeInfinity(x)) return Value(0.75 * Pi, im);
            if (double.IsPositiveInfinity(x)) return Value(0.25 * Pi, im);
            if (double.IsNaN(x)) return Value(NaN, im);
            return Value(Pi / 2, im);
        }
        if (double.IsInfinity(x))
        {
            if (double.IsNaN(y)) return Value(NaN, Inf);
            return Value(x < 0 ? Pi : 0, Sign(Inf, -y));
        }
        if (x == 0 && double.IsNaN(y)) return Value(Pi / 2, NaN);
        return Value(NaN, NaN);
    }

    // Annex G gives acosh the same values as log wherever a part is infinite or NaN.
    public static (ComplexValue, MathError) Acosh(ComplexValue z) => Log(z);

    public static (ComplexValue, MathError) Asinh(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y))
        {
            if (double.IsNaN(x)) return Value(Inf, NaN);
            return Value(Sign(Inf, x), Sign(double.IsInfinity(x) ? 0.25 * Pi : Pi / 2, y));
        }
        if (double.IsInfinity(x)) return Value(x, double.IsNaN(y) ? NaN : Sign(0, y));
        if (double.IsNaN(x) && y == 0) return Value(NaN, y);
        return Value(NaN, NaN);
    }

    public static (ComplexValue, MathError) Atanh(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(y)) return Value(double.IsNaN(x) ? 0 : Sign(0, x), Sign(Pi / 2, y));
        if (double.IsInfinity(x)) return Value(Sign(0, x), double.IsNaN(y) ? NaN : Sign(Pi / 2, y));
        if (x == 0 && double.IsNaN(y)) return Value(x, NaN);
        return Value(NaN, NaN);
    }

    public static (ComplexValue, MathError) Cosh(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
        {
            return Value(Sign(Inf, System.Math.Cos(y)), Sign(Inf, System.Math.Sin(y)) * Sign(1, x));
        }
        var error = double.IsInfinity(y) && !double.IsNaN(x) ? MathError.Domain : MathError.None;
        if (double.IsInfinity(x))
        {
            if (y == 0) return Value(Inf, Sign(0, x) * y);
            return Value(Inf, NaN, error);
        }
        if (x == 0 && !double.IsFinite(y)) return Value(NaN, 0, error);
        if (double.IsNaN(x) && y == 0) return Value(NaN, 0);
        return Value(NaN, NaN, error);
    }

    public static (ComplexValue, MathError) Sinh(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(x) && double.IsFinite(y) && y != 0)
        {
            return Value(Sign(Inf, System.Math.Cos(y)) * Sign(1, x), Sign(Inf, System.Math.Sin(y)));
        }
        var error = double.IsInfinity(y) && !double.IsNaN(x) ? MathError.Domain : MathError.None;
        // Where the sign is unspecified (the limit's direction depends on y), CPython's is +.
        if (double.IsInfinity(x))
        {
            if (y == 0) return Value(x, y);
            return Value(double.IsNaN(y) ? Inf : x, NaN, error);
        }
        if (x == 0 && !double.IsFinite(y)) return Value(double.IsNaN(y) ? 0 : x, NaN, error);
        if (double.IsNaN(x) && y == 0) return Value(NaN, y);
        return Value(NaN, NaN, error);
    }

    public static (ComplexValue, MathError) Tanh(ComplexValue z)
    {
        double x = z.Re, y = z.Im;
        if (double.IsInfinity(x))
        {
            if (double.IsFinite(y) && y != 0) return Value(Sign(1, x), Sign(0, 2 * System.Math.Sin(y) * System.Math.Cos(y)));
            return Value(Sign(1, x), y == 0 ? y : 0);
        }
        if (double.IsNaN(x) && y == 0) return Value(NaN, y);
        return Value(NaN, NaN, double.IsInfinity(y) && double.IsFinite(x) ? MathError.Domain : MathError.None);
    }

    public static (ComplexValue, MathError) Rect(double r, double phi)
    {
        if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0)
        {
            return Value(Sign(Inf, System.Math.Cos(phi)) * Sign(1, r), Sign(Inf, System.Math.Sin(phi)) * Sign(1, r));
        }
        var error = r != 0 && !double.IsNaN(r) && double.IsInfinity(phi) ? MathError.Domain : MathError.None;
        if (double.IsInfinity(r))
        {
            if (phi == 0) return Value(r, r > 0 ? phi : -phi);
            return Value(double.IsNaN(phi) ? Inf : r, NaN, error);
        }
        if (r == 0) return Value(0, 0);
        if (double.IsNaN(r) && phi == 0) return Value(NaN, 0);
        return Value(NaN, NaN, error);
    }
}
