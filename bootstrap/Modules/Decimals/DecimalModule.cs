using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Decimals;

/// <summary>
/// <c>_pypack_decimal</c>: the finite hot path under decimal.py (CPython has its C _decimal).
/// decimal.py hands its Decimal and Context classes to <c>setup</c>; then each function takes
/// Decimals (or ints) and a context, and either returns the result, with the context's flags
/// recorded as decimal.py would, or None when the operation is not one it does: a subclass,
/// a special value, a long coefficient, a subnormal, overflowing or clamped result, a trapped
/// condition. decimal.py then does the whole operation in Python, so every rare case, raised
/// signal and message stays in one place.
/// </summary>
[PythonModule("_pypack_decimal")]
[PythonExport("setup")]
[PythonExport("convert")]
[PythonExport("add")]
[PythonExport("multiply")]
[PythonExport("divide")]
[PythonExport("quantize")]
[PythonExport("compare")]
[PythonExport("hash")]
[PythonExport("plain_text")]
public static class DecimalModule
{
    public static void Initialize(PyModule module)
    {
        // The classes of this module's decimal.py; one per imported module, so programs run one
        // after another in one process never see another's classes.
        DecimalShapes? shapes = null;
        DecimalShapes Shapes() => shapes ?? throw Errors.RuntimeError("_pypack_decimal.setup() was not called");
        var g = module.Globals;
        g.Set("setup", new PyBuiltinFunction("setup", (args, kw) =>
        {
            ModuleArgs.Exactly("setup", args, kw, 2);
            if (args[0] is not PyType decimalType || args[1] is not PyType contextType) throw Errors.TypeError("setup() takes two classes");
            shapes = new DecimalShapes(decimalType, contextType);
            return PyNone.Instance;
        }));
        g.Set("convert", new PyBuiltinFunction("convert", (args, kw) => Convert(Shapes(), ModuleArgs.Single("convert", args, kw)), value => Convert(Shapes(), value)));
        g.Set("add", new PyBuiltinFunction("add", (args, kw) =>
        {
            ModuleArgs.Exactly("add", args, kw, 4);
            var s = Shapes();
            if (!s.TryOperand(args[0], out var a) || !s.TryOperand(args[1], out var b) || !s.TryContext(args[2], out var ctx)) return PyNone.Instance;
            return DecimalArithmetic.Add(s, ctx, a, b, args[3] is PyInt { IsSmall: true, Small: not 0 }) ?? PyNone.Instance;
        }));
        g.Set("multiply", new PyBuiltinFunction("multiply", (args, kw) =>
        {
            ModuleArgs.Exactly("multiply", args, kw, 3);
            var s = Shapes();
            if (!s.TryOperand(args[0], out var a) || !s.TryOperand(args[1], out var b) || !s.TryContext(args[2], out var ctx)) return PyNone.Instance;
            return DecimalArithmetic.Multiply(s, ctx, a, b) ?? PyNone.Instance;
        }));
        g.Set("divide", new PyBuiltinFunction("divide", (args, kw) =>
        {
            ModuleArgs.Exactly("divide", args, kw, 3);
            var s = Shapes();
            if (!s.TryOperand(args[0], out var a) || !s.TryOperand(args[1], out var b) || !s.TryContext(args[2], out var ctx)) return PyNone.Instance;
            return DecimalArithmetic.Divide(s, ctx, a, b) ?? PyNone.Instance;
        }));
        g.Set("quantize", new PyBuiltinFunction("quantize", (args, kw) =>
        {
            ModuleArgs.Exactly("quantize", args, kw, 4);
            var s = Shapes();
            if (!s.TryFinite(args[0], out var a) || !s.TryOperand(args[1], out var exp) || !s.TryContext(args[2], out var ctx)) return PyNone.Instance;
            // None: the context's rounding; anything but one of the eight names is decimal.py's to refuse.
            var rounding = ctx.Rounding;
            if (args[3] is not PyNone && !s.TryMode(args[3], out rounding)) return PyNone.Instance;
            return DecimalArithmetic.Quantize(s, ctx, a, exp.Exponent, rounding) ?? PyNone.Instance;
        }));
        g.Set("compare", new PyBuiltinFunction("compare", (args, kw) =>
        {
            ModuleArgs.Exactly("compare", args, kw, 2);
            var s = Shapes();
            if (!s.TryFinite(args[0], out var a) || !s.TryOperand(args[1], out var b)) return PyNone.Instance;
            return PyInt.From(DecimalArithmetic.Compare(a, b));
        }));
        g.Set("hash", new PyBuiltinFunction("hash", (args, kw) => Hash(Shapes(), ModuleArgs.Single("hash", args, kw)), value => Hash(Shapes(), value)));
        g.Set("plain_text", new PyBuiltinFunction("plain_text", (args, kw) => PlainText(Shapes(), ModuleArgs.Single("plain_text", args, kw)),
            value => PlainText(Shapes(), value)));
    }

    /// <summary>Decimal(value) for a plain numeric str or an int that fits a long; None for anything else.</summary>
    private static PyObject Convert(DecimalShapes shapes, PyObject value)
    {
        if (value is PyStr s && PyStr.IsExact(s))
        {
            return DecimalText.TryParse(s.Value, out var parsed) ? shapes.Make(parsed.Negative, parsed.Coefficient, parsed.Exponent) : PyNone.Instance;
        }
        return shapes.TryOperand(value, out var d) && value is PyInt ? shapes.Make(d.Negative, d.Coefficient, d.Exponent) : PyNone.Instance;
    }

    /// <summary>hash(d) for a finite Decimal (the hash of the int, float or Fraction of equal value); None otherwise.</summary>
    private static PyObject Hash(DecimalShapes shapes, PyObject value)
    {
        if (!shapes.TryFinite(value, out var d)) return PyNone.Instance;
        const ulong modulus = (1UL << 61) - 1;
        // 10**e modulo 2**61 - 1, with 10's inverse for negative exponents.
        const ulong tenInverse = 2075258708292324556;
        var factor = ModPow(d.Exponent >= 0 ? 10 : tenInverse, (ulong)Math.Abs(d.Exponent), modulus);
        var h = (long)(ulong)((UInt128)(d.Coefficient % modulus) * factor % modulus);
        if (d.Negative) h = -h;
        return PyInt.From(h == -1 ? -2 : h);
    }

    private static ulong ModPow(ulong b, ulong e, ulong m)
    {
        ulong result = 1;
        b %= m;
        while (e != 0)
        {
            if ((e & 1) != 0) result = (ulong)((UInt128)result * b % m);
            b = (ulong)((UInt128)b * b % m);
            e >>= 1;
        }
        return result;
    }

    /// <summary>str(d) for a finite Decimal that prints without an exponent; None otherwise.</summary>
    private static PyObject PlainText(DecimalShapes shapes, PyObject value) =>
        shapes.TryFinite(value, out var d) && DecimalText.TryPlain(d) is { } text ? new PyStr(text) : PyNone.Instance;
}
