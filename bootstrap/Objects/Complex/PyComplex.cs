using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>Python's complex: two doubles, with CPython's arithmetic algorithms (Smith's division, integer powers by squaring).</summary>
public class PyComplex(double real, double imag) : PyObject
{
    public static readonly PyType TypeObject = ComplexMethods.CreateType();

    public double Real { get; } = real;
    public double Imag { get; } = imag;

    public override PyType Type => TypeObject;
    public override bool IsTrue() => Real != 0 || Imag != 0;

    public override long Hash()
    {
        var h = (ulong)FloatHash.Of(Real, this) + 1000003UL * (ulong)FloatHash.Of(Imag, this);
        var r = (long)h;
        return r == -1 ? -2 : r;
    }

    /// <summary>A component as CPython's repr writes it: shortest digits, no ".0" added.</summary>
    private static string Component(double v)
    {
        var s = FloatRepr.Of(v);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    public override string Repr()
    {
        if (Real == 0 && !double.IsNegative(Real)) return Component(Imag) + "j";
        var im = Component(Imag);
        if (!im.StartsWith('-')) im = "+" + im;
        return $"({Component(Real)}{im}j)";
    }

    public static bool TryOperand(PyObject o, out double re, out double im)
    {
        switch (o)
        {
            case PyComplex c: re = c.Real; im = c.Imag; return true;
            case PyFloat f: re = f.Value; im = 0; return true;
            case PyInt i: re = i.ToDouble(); im = 0; return true;
            default: re = im = 0; return false;
        }
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        TryOperand(other, out var re, out var im) ? Binary(op, Real, Imag, re, im) : null;

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        TryOperand(other, out var re, out var im) ? Binary(op, re, im, Real, Imag) : null;

    public static PyObject? Binary(BinaryOperator op, double ar, double ai, double br, double bi)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(ar + br, ai + bi);
            case BinaryOperator.Sub: return new PyComplex(ar - br, ai - bi);
            case BinaryOperator.Mult: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinaryOperator.Div:
                var (qr, qi, ok) = Quotient(ar, ai, br, bi);
                if (!ok) throw Errors.ZeroDivisionError("complex division by zero");
                return new PyComplex(qr, qi);
            case BinaryOperator.Pow:
                return Power(ar, ai, br, bi);
            default:
                return null;
        }
    }

    internal static (double, double, bool) Quotient(double ar, double ai, double br, double bi)
    {
        var absBr = Math.Abs(br);
        var absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0) return (0, 0, false);
            var ratio = bi / br;
            var denom = br + bi * ratio;
            return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom, true);
        }
        if (absBi >= absBr)
        {
            var ratio = br / bi;
            var denom = br * ratio + bi;
            return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom, true);
        }
        return (PyFloat.NaN, PyFloat.NaN, true);
    }

    public static PyComplex Power(double ar, double ai, double br, double bi)
    {
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
        {
            var n = (long)br;
            if (ar == 0 && ai == 0 && n < 0) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
            var (pr, pi) = PowU(ar, ai, Math.Abs(n));
            if (n >= 0) return new PyComplex(pr, pi);
            var (qr, qi, _) = Quotient(1, 0, pr, pi);
            return new PyComplex(qr, qi);
        }
        if (br == 0 && bi == 0) return new PyComplex(1, 0);
        if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) throw Errors.ZeroDivisionError("0.0 to a negative or complex power");
            return new PyComplex(0, 0);
        }
        var vabs = Libm.Hypot(ar, ai);
        var len = Math.Pow(vabs, br);
        var at = Math.Atan2(ai, ar);
        var phase = at * br;
        if (bi != 0)
        {
            len /= Math.Exp(at * bi);
            phase += bi * Math.Log(vabs);
        }
        var r = new PyComplex(len * Math.Cos(phase), len * Math.Sin(phase));
        if (double.IsInfinity(r.Real) || double.IsInfinity(r.Imag)) throw Errors.OverflowError("complex exponentiation");
        return r;
    }

    private static (double, double) PowU(double xr, double xi, long n)
    {
        double rr = 1, ri = 0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) (rr, ri) = (rr * pr - ri * pi, rr * pi + ri * pr);
            mask <<= 1;
            (pr, pi) = (pr * pr - pi * pi, pr * pi + pi * pr);
        }
        return (rr, ri);
    }

    public override PyObject? UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => new PyComplex(-Real, -Imag),
        UnaryOperator.UAdd => this,
        _ => null,
    };

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool equal;
        switch (other)
        {
            case PyComplex c: equal = Real == c.Real && Imag == c.Imag; break;
            case PyFloat f: equal = Imag == 0 && Real == f.Value; break;
            case PyInt i: equal = Imag == 0 && FloatComparison.Compare(i, Real, CompareOp.Eq); break;
            default: return null;
        }
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    /// <summary>format(c, spec), as CPython's format_complex_internal: each part formatted as a float, then padded together.</summary>
    public static string Format(PyComplex c, string specText)
    {
        if (specText.Length == 0) return c.Str();
        var spec = Formatting.FormatSpec.Parse(specText, "complex");
        if (spec.Fill == '0') throw Errors.ValueError("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=') throw Errors.ValueError("'=' alignment flag is not allowed in complex format specifier");
        var type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
        {
            throw Errors.ValueError($"Unknown format code '{type}' for object of type 'complex'");
        }
        // No type: like str(c) (shortest digits, the real part left out when it is +0, else parentheses).
        var skipReal = false;
        var parens = false;
        if (type == '\0')
        {
            type = 'r';
            if (c.Real == 0 && !double.IsNegative(c.Real)) skipReal = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (spec.Precision >= 0 && type == 'r') type = 'g';
        var realPart = skipReal ? "" : Part(c.Real, spec.Sign, type, spec);
        var imagPart = Part(c.Imag, skipReal ? spec.Sign : '+', type, spec);
        var body = realPart + imagPart + "j";
        if (parens) body = "(" + body + ")";
        return spec.Pad("", body, '>');
    }

    private static string Part(double value, char sign, char type, Formatting.FormatSpec spec)
    {
        if (type == 'r')
        {
            var text = FloatRepr.Of(Math.Abs(value));
            if (text.EndsWith(".0", StringComparison.Ordinal)) text = text[..^2];
            var signText = double.IsNegative(value) && !double.IsNaN(value) ? "-" : sign is '+' or ' ' ? sign.ToString() : "";
            return signText + text;
        }
        var partSpec = (sign is '+' or ' ' ? sign.ToString() : "") + (spec.NoNegativeZero ? "z" : "") + (spec.Alternate ? "#" : "")
            + (spec.Grouping != '\0' ? spec.Grouping.ToString() : "") + (spec.Precision >= 0 ? "." + spec.Precision.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") + type;
        return Formatting.ValueFormatter.FormatFloat(value, partSpec);
    }
}
