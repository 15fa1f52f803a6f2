using System.Globalization;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>complex</c> type object: constructor (numbers or a string) and methods.</summary>
internal static class ComplexMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("complex", null);
        type.Constructor = Construct;
        type.Property("real", static self => new PyFloat(((PyComplex)self).Real));
        type.Property("imag", static self => new PyFloat(((PyComplex)self).Imag));
        type.Method("__abs__", static self => Builtins.BuiltinsModule.Abs(self));
        type.Method("__complex__", static self => self.GetType() == typeof(PyComplex) ? self : new PyComplex(((PyComplex)self).Real, ((PyComplex)self).Imag));
        type.Method("__getnewargs__", static self => PyTuple.Of(new PyFloat(((PyComplex)self).Real), new PyFloat(((PyComplex)self).Imag)));
        type.Method("conjugate", static self => new PyComplex(((PyComplex)self).Real, -((PyComplex)self).Imag));
        return type;
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var n = Args.PositionalCount(args, kw);
        Args.OnlyKeywords("complex", kw, "real", "imag");
        if (n > 2) throw Errors.TypeError($"complex() takes at most 2 arguments ({n} given)");
        var real = n > 0 ? args[0] : Args.Keyword(args, kw, "real");
        var imag = n > 1 ? args[1] : Args.Keyword(args, kw, "imag");
        if (real is PyStr s)
        {
            if (imag is not null) throw Errors.TypeError("complex() can't take second arg if first is a string");
            return Parse(s.Value);
        }
        if (imag is PyStr) throw Errors.TypeError("complex() second arg can't be a string");
        double re = 0, im = 0, ir = 0, ii = 0;
        if (real is not null && real is not PyComplex && real.Type.IsHeapType && real.Type.Lookup("__complex__") is { } toComplex)
        {
            real = SpecialMethods.Call0(real, toComplex) is PyComplex converted ? converted
                : throw Errors.TypeError($"__complex__ returned non-complex (type {real.Type.TpName})");
        }
        real = OwnFloat(real);
        imag = OwnFloat(imag);
        if (real is not null && !PyComplex.TryOperand(real, out re, out im))
        {
            throw Errors.TypeError($"complex() first argument must be a string or a number, not '{real.Type.TpName}'");
        }
        if (imag is not null && !PyComplex.TryOperand(imag, out ir, out ii))
        {
            throw Errors.TypeError($"complex() second argument must be a number, not '{imag.Type.TpName}'");
        }
        // CPython: (re - ii) + (ir + im)j, each correction only when that argument is complex.
        if (imag is PyComplex) re -= ii;
        if (real is PyComplex && imag is not null) ir += im;
        if (imag is null) ir = im;
        if (real is PyComplex c && imag is null) return c;
        return new PyComplex(re, ir);
    }

    private static PyComplex Parse(string text)
    {
        var s = text.Trim();
        var malformed = Errors.ValueError("complex() arg is a malformed string");
        if (s.StartsWith('(') && s.EndsWith(')')) s = s[1..^1].Trim();
        if (s.Length == 0) throw malformed;
        if (s[^1] is 'j' or 'J')
        {
            var body = s[..^1];
            // Split at the last sign that is not part of an exponent.
            var split = -1;
            for (var i = body.Length - 1; i > 0; i--)
            {
                if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E'))
                {
                    split = i;
                    break;
                }
            }
            if (split < 0) return new PyComplex(0, Number(body.Length == 0 || body is "+" or "-" ? body + "1" : body, malformed));
            var imagText = body[split..];
            if (imagText is "+" or "-") imagText += "1";
            return new PyComplex(Number(body[..split], malformed), Number(imagText, malformed));
        }
        return new PyComplex(Number(s, malformed), 0);
    }

    private static double Number(string s, Exceptions.PyException malformed)
    {
        if (s.Length == 0 || s.Contains(' ')) throw malformed;
        try
        {
            return FloatMethods.Parse(s);
        }
        catch (Exceptions.PyException)
        {
            throw malformed;
        }
    }

    /// <summary>An int or float subclass's own __float__ gives its value to complex(), as CPython's PyNumber_Float.</summary>
    private static PyObject? OwnFloat(PyObject? part) => part is null ? null : BuiltinSubclass.CallOwn(part, "__float__", []) switch
    {
        null => part,
        PyFloat f => f,
        var r => throw Errors.TypeError($"{part.Type.TpName}.__float__ returned non-float (type {r.Type.TpName})"),
    };
}
