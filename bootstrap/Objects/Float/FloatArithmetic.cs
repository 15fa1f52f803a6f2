namespace PyPack.Runtime.Objects;

/// <summary>float (op) float with Python's semantics for division, modulo and powers.</summary>
public static class FloatArithmetic
{
    /// <summary>Reads an int or float operand as a double (int -> float may overflow).</summary>
    public static bool TryOperand(PyObject o, out double value)
    {
        switch (o)
        {
            case PyFloat f: value = f.Value; return true;
            case PyInt i: value = i.ToDouble(); return true;
            default: value = 0; return false;
        }
    }

    public static PyObject? Binary(BinaryOperator op, double x, double y)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(x + y);
            case BinaryOperator.Sub: return new PyFloat(x - y);
            case BinaryOperator.Mult: return new PyFloat(x * y);
            case BinaryOperator.Div:
                if (y == 0) throw Errors.ZeroDivisionError("float division by zero");
                return new PyFloat(x / y);
            case BinaryOperator.FloorDiv:
                if (y == 0) throw Errors.ZeroDivisionError("float floor division by zero");
                return new PyFloat(FloorDiv(x, y));
            case BinaryOperator.Mod:
                if (y == 0) throw Errors.ZeroDivisionError("float modulo");
                return new PyFloat(Mod(x, y));
            case BinaryOperator.Pow:
                if (x < 0 && y != Math.Floor(y) && !double.IsInfinity(y)) return PyComplex.Power(x, 0, y, 0);
                return new PyFloat(Power(x, y));
            default: return null;
        }
    }

    /// <summary>Python's float %: the result takes the divisor's sign.</summary>
    public static double Mod(double x, double y)
    {
        var m = x % y;
        if (m != 0)
        {
            if ((y < 0) != (m < 0)) m += y;
        }
        else
        {
            m = Math.CopySign(0.0, y);
        }
        return m;
    }

    public static double FloorDiv(double x, double y)
    {
        var mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) div -= 1.0;
        if (div == 0) return Math.CopySign(0.0, x / y);
        var floor = Math.Floor(div);
        if (div - floor > 0.5) floor += 1.0;
        return floor;
    }

    public static double Power(double x, double y)
    {
        if (x == 0 && y < 0) throw Errors.ZeroDivisionError("0.0 cannot be raised to a negative power");
        var r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
        {
            throw Errors.OverflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }
}
