using System.Globalization;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>float</c> type object: constructor and methods.</summary>
internal static partial class FloatMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("float", null) { PlainInstances = true };
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("float() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"float expected at most 1 argument, got {args.Length}");
            if (args.Length == 0) return new PyFloat(0.0);
            var x = args[0];
            if (x.Type.IsHeapType && x.Type.Lookup("__float__") is { } toFloat and not PyBuiltinMethod)
            {
                var r = SpecialMethods.Call0(x, toFloat);
                return r is PyFloat rf ? new PyFloat(rf.Value) : throw Errors.TypeError($"{x.Type.TpName}.__float__ returned non-float (type {r.Type.TpName})");
            }
            if (x.Type.IsHeapType && x is not PyInt && x.Type.Lookup("__index__") is { } toIndex and not PyBuiltinMethod)
            {
                var r = SpecialMethods.Call0(x, toIndex);
                return r is PyInt ri ? new PyFloat(ri.ToDouble()) : throw Errors.TypeError($"__index__ returned non-int (type {r.Type.TpName})");
            }
            return x switch
            {
                PyFloat f when x is not PyFloatSubclass => f,
                PyFloat f => new PyFloat(f.Value),
                PyInt i => new PyFloat(i.ToDouble()),
                PyStr s => new PyFloat(Parse(s.Value)),
                var o => throw Errors.TypeError($"float() argument must be a string or a real number, not '{o.Type.TpName}'"),
            };
        };
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddAllMethods);
        return type;
    }

    private static void AddAllMethods(PyType type)
    {
        AddMethods(type);
        type.Method("is_integer", static self => PyBool.From(((PyFloat)self).Value is var v && double.IsFinite(v) && v == Math.Floor(v)));
    }

    /// <summary><c>float(text)</c>: decimal and exponent forms, inf/nan words, underscores between digits.</summary>
    public static double Parse(string text) => TryParse(text, out var value) ? value : throw InvalidText(text);

    /// <summary>The ValueError of <c>float(text)</c> for text <see cref="TryParse"/> refuses.</summary>
    public static Exceptions.PyException InvalidText(string text) => Errors.ValueError($"could not convert string to float: {StrRepr.Of(text)}");

    /// <summary><see cref="Parse"/> without the exception: false for text float() refuses.</summary>
    public static bool TryParse(string text, out double value)
    {
        var s = IntParsing.AsciiDigitsAndSpaces(text).Trim();
        var body = s.StartsWith('+') || s.StartsWith('-') ? s[1..] : s;
        var negative = s.StartsWith('-');
        switch (body.ToLowerInvariant())
        {
            case "inf" or "infinity":
                value = negative ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            case "nan":
                value = negative ? -PyFloat.NaN : PyFloat.NaN;
                return true;
        }
        value = 0;
        return IsWellFormed(body) && double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>digits [. digits] [e [sign] digits], underscores only between digits.</summary>
    private static bool IsWellFormed(string s)
    {
        var i = 0;
        var digitsBefore = Digits(s, ref i);
        var digitsAfter = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            digitsAfter = Digits(s, ref i);
        }
        if (digitsBefore + digitsAfter == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            if (Digits(s, ref i) == 0) return false;
        }
        return i == s.Length;
    }

    private static int Digits(string s, ref int i)
    {
        var count = 0;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i])) { count++; i++; }
            else if (s[i] == '_' && count > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) i++;
            else break;
        }
        return count;
    }
}
