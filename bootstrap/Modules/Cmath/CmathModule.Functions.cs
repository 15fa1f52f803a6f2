using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Cmath;

/// <summary>
/// The algorithms for finite arguments. The inverse functions follow Kahan's "Branch cuts for
/// complex elementary functions" (square roots of 1 +- z), which keeps them accurate next to the
/// cuts; each function switches to an asymptotic form where the direct one would overflow.
/// </summary>
public static partial class CmathModule
{
    private const double Ln2 = 0.6931471805599453;
    private const double Ln10 = 2.302585092994046;
    private const double MinNormal = 2.2250738585072014e-308;
    private const int MantissaBits = 53;
    // Past these magnitudes the direct formulas overflow; the asymptotic ones take over.
    private static readonly double LargeDouble = double.MaxValue / 4;
    private static readonly double SqrtLargeDouble = System.Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = System.Math.Log(LargeDouble);
    private static readonly double SqrtMinNormal = System.Math.Sqrt(MinNormal);

    private static bool IsFinite(ComplexValue z) => double.IsFinite(z.Re) && double.IsFinite(z.Im);

    private static (ComplexValue, MathError) Ok(double re, double im) => (new ComplexValue(re, im), MathError.None);

    public static (ComplexValue, MathError) Sqrt(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Sqrt(z);
        if (z.Re == 0 && z.Im == 0) return Ok(0, z.Im);
        var ax = System.Math.Abs(z.Re);
        var ay = System.Math.Abs(z.Im);
        double s;
        if (ax < MinNormal && ay < MinNormal)
        {
            // Subnormal parts: scale up so hypot keeps its precision, then scale the root back.
            ax = System.Math.ScaleB(ax, MantissaBits);
            s = System.Math.ScaleB(System.Math.Sqrt(ax + Libm.Hypot(ax, System.Math.ScaleB(ay, MantissaBits))), -(MantissaBits + 1) / 2);
        }
        else
        {
            ax /= 8;
            s = 2 * System.Math.Sqrt(ax + Libm.Hypot(ax, ay / 8));
        }
        var d = ay / (2 * s);
        return z.Re >= 0 ? Ok(s, System.Math.CopySign(d, z.Im)) : Ok(d, System.Math.CopySign(s, z.Im));
    }

    public static (ComplexValue, MathError) Exp(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Exp(z);
        double re, im;
        if (z.Re > LogLargeDouble)
        {
            var l = System.Math.Exp(z.Re - 1);
            re = l * System.Math.Cos(z.Im) * System.Math.E;
            im = l * System.Math.Sin(z.Im) * System.Math.E;
        }
        else
        {
            var l = System.Math.Exp(z.Re);
            re = l * System.Math.Cos(z.Im);
            im = l * System.Math.Sin(z.Im);
        }
        return (new ComplexValue(re, im), Overflowed(re, im));
    }

    public static (ComplexValue, MathError) Log(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Log(z);
        var ax = System.Math.Abs(z.Re);
        var ay = System.Math.Abs(z.Im);
        double re;
        if (ax > LargeDouble || ay > LargeDouble)
        {
            re = System.Math.Log(Libm.Hypot(ax / 2, ay / 2)) + Ln2;
        }
        else if (ax < MinNormal && ay < MinNormal)
        {
            if (ax == 0 && ay == 0) return (new ComplexValue(double.NegativeInfinity, System.Math.Atan2(z.Im, z.Re)), MathError.Domain);
            re = System.Math.Log(Libm.Hypot(System.Math.ScaleB(ax, MantissaBits), System.Math.ScaleB(ay, MantissaBits))) - MantissaBits * Ln2;
        }
        else
        {
            var h = Libm.Hypot(ax, ay);
            if (h >= 0.71 && h <= 1.73)
            {
                // Near the unit circle log|z| is tiny: compute |z|^2 - 1 without cancellation.
                var am = System.Math.Max(ax, ay);
                var an = System.Math.Min(ax, ay);
                re = Libm.Log1p((am - 1) * (am + 1) + an * an) / 2;
            }
            else
            {
                re = System.Math.Log(h);
            }
        }
        return Ok(re, System.Math.Atan2(z.Im, z.Re));
    }

    public static (ComplexValue, MathError) Log10(ComplexValue z)
    {
        var (v, error) = Log(z);
        return (new ComplexValue(v.Re / Ln10, v.Im / Ln10), error);
    }

    public static (ComplexValue, MathError) Acos(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Acos(z);
        if (System.Math.Abs(z.Re) > LargeDouble || System.Math.Abs(z.Im) > LargeDouble)
        {
            // acos(z) ~ -i log(2z) for huge z: the real part is the argument.
            var re = System.Math.Atan2(System.Math.Abs(z.Im), z.Re);
            var logMagnitude = System.Math.Log(Libm.Hypot(z.Re / 2, z.Im / 2)) + 2 * Ln2;
            var im = z.Re < 0 ? -System.Math.CopySign(logMagnitude, z.Im) : System.Math.CopySign(logMagnitude, -z.Im);
            return Ok(re, im);
        }
        var (s1, _) = Sqrt(new ComplexValue(1 - z.Re, -z.Im));
        var (s2, _) = Sqrt(new ComplexValue(1 + z.Re, z.Im));
        return Ok(2 * System.Math.Atan2(s1.Re, s2.Re), System.Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    public static (ComplexValue, MathError) Acosh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Acosh(z);
        if (System.Math.Abs(z.Re) > LargeDouble || System.Math.Abs(z.Im) > LargeDouble)
        {
            return Ok(System.Math.Log(Libm.Hypot(z.Re / 2, z.Im / 2)) + 2 * Ln2, System.Math.Atan2(z.Im, z.Re));
        }
        var (s1, _) = Sqrt(new ComplexValue(z.Re - 1, z.Im));
        var (s2, _) = Sqrt(new ComplexValue(z.Re + 1, z.Im));
        return Ok(System.Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2 * System.Math.Atan2(s1.Im, s2.Re));
    }

    public static (ComplexValue, MathError) Asinh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Asinh(z);
        if (System.Math.Abs(z.Re) > LargeDouble || System.Math.Abs(z.Im) > LargeDouble)
        {
            var logMagnitude = System.Math.Log(Libm.Hypot(z.Re / 2, z.Im / 2)) + 2 * Ln2;
            var re = z.Im >= 0 ? System.Math.CopySign(logMagnitude, z.Re) : -System.Math.CopySign(logMagnitude, -z.Re);
            return Ok(re, System.Math.Atan2(z.Im, System.Math.Abs(z.Re)));
        }
        var (s1, _) = Sqrt(new ComplexValue(1 + z.Im, -z.Re));
        var (s2, _) = Sqrt(new ComplexValue(1 - z.Im, z.Re));
        return Ok(System.Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), System.Math.Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    public static (ComplexValue, MathError) Atanh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Atanh(z);
        // atanh is odd: work in the right half-plane.
        if (z.Re < 0)
        {
            var (v, error) = Atanh(new ComplexValue(-z.Re, -z.Im));
            return (new ComplexValue(-v.Re, -v.Im), error);
        }
        var ay = System.Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // atanh(z) ~ 1/z + i pi/2 for huge z; 1/z's real part without overflow.
            var h = Libm.Hypot(z.Re / 2, z.Im / 2);
            return Ok(z.Re / 4 / h / h, -System.Math.CopySign(System.Math.PI / 2, -z.Im));
        }
        if (z.Re == 1 && ay < SqrtMinNormal)
        {
            if (ay == 0) return (new ComplexValue(double.PositiveInfinity, z.Im), MathError.Domain);
            return Ok(-System.Math.Log(System.Math.Sqrt(ay) / System.Math.Sqrt(Libm.Hypot(ay, 2))),
                System.Math.CopySign(System.Math.Atan2(2, -ay) / 2, z.Im));
        }
        var oneMinus = 1 - z.Re;
        return Ok(Libm.Log1p(4 * z.Re / (oneMinus * oneMinus + ay * ay)) / 4,
            -System.Math.Atan2(-2 * z.Im, oneMinus * (1 + z.Re) - ay * ay) / 2);
    }

    public static (ComplexValue, MathError) Cosh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Cosh(z);
        double re, im;
        if (System.Math.Abs(z.Re) > LogLargeDouble)
        {
            // cosh(x) = cosh(x - 1) e... up to a negligible term; avoids overflow of the intermediate.
            var xMinusOne = z.Re - System.Math.CopySign(1, z.Re);
            re = System.Math.Cos(z.Im) * System.Math.Cosh(xMinusOne) * System.Math.E;
            im = System.Math.Sin(z.Im) * System.Math.Sinh(xMinusOne) * System.Math.E;
        }
        else
        {
            re = System.Math.Cos(z.Im) * System.Math.Cosh(z.Re);
            im = System.Math.Sin(z.Im) * System.Math.Sinh(z.Re);
        }
        return (new ComplexValue(re, im), Overflowed(re, im));
    }

    public static (ComplexValue, MathError) Sinh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Sinh(z);
        double re, im;
        if (System.Math.Abs(z.Re) > LogLargeDouble)
        {
            var xMinusOne = z.Re - System.Math.CopySign(1, z.Re);
            re = System.Math.Cos(z.Im) * System.Math.Sinh(xMinusOne) * System.Math.E;
            im = System.Math.Sin(z.Im) * System.Math.Cosh(xMinusOne) * System.Math.E;
        }
        else
        {
            re = System.Math.Cos(z.Im) * System.Math.Sinh(z.Re);
            im = System.Math.Sin(z.Im) * System.Math.Cosh(z.Re);
        }
        return (new ComplexValue(re, im), Overflowed(re, im));
    }

    public static (ComplexValue, MathError) Tanh(ComplexValue z)
    {
        if (!IsFinite(z)) return SpecialValues.Tanh(z);
        if (System.Math.Abs(z.Re) > LogLargeDouble)
        {
            return Ok(System.Math.CopySign(1, z.Re),
                4 * System.Math.Sin(z.Im) * System.Math.Cos(z.Im) * System.Math.Exp(-2 * System.Math.Abs(z.Re)));
        }
        var tx = System.Math.Tanh(z.Re);
        var ty = System.Math.Tan(z.Im);
        var cx = 1 / System.Math.Cosh(z.Re);
        var txty = tx * ty;
        var denom = 1 + txty * txty;
        return Ok(tx * (1 + ty * ty) / denom, ty / denom * cx * cx);
    }

    // The circular functions through the hyperbolic ones: f(z) = -i g(iz) (cos(z) = cosh(iz)).
    public static (ComplexValue, MathError) Cos(ComplexValue z) => Cosh(new ComplexValue(-z.Im, z.Re));

    public static (ComplexValue, MathError) Sin(ComplexValue z) => Rotate(Sinh(new ComplexValue(-z.Im, z.Re)));

    public static (ComplexValue, MathError) Tan(ComplexValue z) => Rotate(Tanh(new ComplexValue(-z.Im, z.Re)));

    public static (ComplexValue, MathError) Asin(ComplexValue z) => Rotate(Asinh(new ComplexValue(-z.Im, z.Re)));

    public static (ComplexValue, MathError) Atan(ComplexValue z) => Rotate(Atanh(new ComplexValue(-z.Im, z.Re)));

    /// <summary>Multiplies a result by -i.</summary>
    private static (ComplexValue, MathError) Rotate((ComplexValue Value, MathError Error) r) =>
        (new ComplexValue(r.Value.Im, -r.Value.Re), r.Error);

    public static (ComplexValue, MathError) Rect(double r, double phi)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi)) return SpecialValues.Rect(r, phi);
        // phi == 0 exactly: r*cos and r*sin would still be right, but -0.0 must keep its sign.
        if (phi == 0) return Ok(r, r * phi);
        return Ok(r * System.Math.Cos(phi), r * System.Math.Sin(phi));
    }

    private static MathError Overflowed(double re, double im) =>
        double.IsInfinity(re) || double.IsInfinity(im) ? MathError.Range : MathError.None;

    private static (ComplexValue, bool) Quotient(ComplexValue a, ComplexValue b)
    {
        var (re, im, ok) = Objects.PyComplex.Quotient(a.Re, a.Im, b.Re, b.Im);
        return (new ComplexValue(re, im), ok);
    }
}
