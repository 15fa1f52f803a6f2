using System.Globalization;
using System.Numerics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>The numeric builtins: hash, chr/ord, bin/oct/hex, divmod, pow, round.</summary>
public static partial class BuiltinsModule
{
    /// <summary>The builtin hex (the latest made), which compiled code calls without boxing an unboxed argument (Unboxed.CallHex).</summary>
    internal static PyObject? HexFunction { get; private set; }

    private static void InitializeNumbers(ModuleGlobals g)
    {
        g.Set("hash", Function1("hash", static o => PyInt.From(Hashing.Hash(o))));
        g.Set("chr", Function1("chr", static o =>
        {
            if (o is not PyInt i) throw Errors.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
            if (!i.IsSmall) throw Errors.OverflowError("Python int too large to convert to C int");
            if (i.Small is < 0 or > 0x10FFFF) throw Errors.ValueError("chr() arg not in range(0x110000)");
            return i.Small < 0x10000 ? StrCache.OfChar((char)i.Small) : new PyStr(char.ConvertFromUtf32((int)i.Small));
        }));
        g.Set("ord", Function1("ord", static o =>
        {
            if (o is not PyStr s) throw Errors.TypeError($"ord() expected string of length 1, but {o.Type.TpName} found");
            if (s.CodePointCount != 1) throw Errors.TypeError($"ord() expected a character, but string of length {s.CodePointCount} found");
            return PyInt.From(char.IsHighSurrogate(s.Value[0]) && s.Value.Length == 2 ? char.ConvertToUtf32(s.Value[0], s.Value[1]) : s.Value[0]);
        }));
        g.Set("bin", Function1("bin", static o => PyStr.Unpaired(IntFormat.WithPrefix(ToInt(o), 2, "0b"))));
        g.Set("oct", Function1("oct", static o => PyStr.Unpaired(IntFormat.WithPrefix(ToInt(o), 8, "0o"))));
        g.Set("hex", HexFunction = Function1("hex", static o => ToInt(o) is var n && n.IsSmall ? IntFormat.StrWithPrefix(n.Small, 16, "0x") : PyStr.Unpaired(IntFormat.WithPrefix(n, 16, "0x"))));
        g.Set("divmod", new PyBuiltinFunction("divmod", static (args, kw) =>
        {
            NoKeywords("divmod", kw);
            Args.Count("divmod", args.Length, 2, 2);
            return DivMod(args[0], args[1]);
        }));
        g.Set("pow", new PyBuiltinFunction("pow", Pow));
        g.Set("round", new PyBuiltinFunction("round", Round));
    }

    private static PyInt ToInt(PyObject o) => Conversions.Index(o);

    public static PyObject DivMod(PyObject a, PyObject b)
    {
        // Exact ints (and bools, which do not override arithmetic) divide once for both results.
        if (a is PyInt x && b is PyInt y && (PyInt.IsExact(a) || a is PyBool) && (PyInt.IsExact(b) || b is PyBool))
        {
            return IntArithmetic.DivMod(x, y);
        }
        if (BuiltinSubclass.CallOwn(a, "__divmod__", [b]) is { } own && !ReferenceEquals(own, PyNotImplemented.Instance)) return own;
        if (BuiltinSubclass.CallOwn(b, "__rdivmod__", [a]) is { } reflectedOwn && !ReferenceEquals(reflectedOwn, PyNotImplemented.Instance)) return reflectedOwn;
        if ((a is PyInt or PyFloat) && (b is PyInt or PyFloat))
        {
            if (!Truth.IsTrue(b))
            {
                throw Errors.ZeroDivisionError(a is PyFloat || b is PyFloat ? "float divmod()" : "integer division or modulo by zero");
            }
            return PyTuple.Of(Arithmetic.Binary(BinaryOperator.FloorDiv, a, b), Arithmetic.Binary(BinaryOperator.Mod, a, b));
        }
        // Classes define it with __divmod__ / __rdivmod__ (datetime.timedelta does).
        if (a.Type.IsHeapType && a.Type.Lookup("__divmod__") is { } forward)
        {
            var r = SpecialMethods.Call1(a, forward, b);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        if (b.Type.IsHeapType && b.Type.Lookup("__rdivmod__") is { } reflected)
        {
            var r = SpecialMethods.Call1(b, reflected, a);
            if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
        }
        throw Errors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.OnlyKeywords("pow", kw, "base", "exp", "mod");
        var n = Args.PositionalCount(args, kw);
        var @base = n > 0 ? args[0] : Args.Keyword(args, kw, "base") ?? throw Errors.TypeError("pow() missing required argument 'base' (pos 1)");
        var exp = n > 1 ? args[1] : Args.Keyword(args, kw, "exp") ?? throw Errors.TypeError("pow() missing required argument 'exp' (pos 2)");
        if (n > 3) throw Errors.TypeError($"pow expected at most 3 arguments, got {n}");
        var mod = n > 2 ? args[2] : Args.Keyword(args, kw, "mod");
        if (mod is null or PyNone) return Arithmetic.Binary(BinaryOperator.Pow, @base, exp);
        if (BuiltinSubclass.CallOwn(@base, "__pow__", [exp, mod]) is { } own && !ReferenceEquals(own, PyNotImplemented.Instance)) return own;
        if (@base is not PyInt b || exp is not PyInt e || mod is not PyInt m)
        {
            // A class's own __pow__ takes the modulus (three-argument pow never calls __rpow__).
            if (@base.Type.IsHeapType && @base.Type.Lookup("__pow__") is { } power)
            {
                var r = SpecialMethods.Call2(@base, power, exp, mod);
                if (!ReferenceEquals(r, PyNotImplemented.Instance)) return r;
            }
            // CPython asks each operand's type in turn (int declines): float refuses a modulus,
            // complex too in its own words, and with none of them the operands are unsupported.
            foreach (var operand in (ReadOnlySpan<PyObject>)[@base, exp, mod])
            {
                if (operand is PyFloat) throw Errors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                if (operand is PyComplex) throw Errors.ValueError("complex modulo");
            }
            throw Errors.TypeError($"unsupported operand type(s) for ** or pow(): '{@base.Type.TpName}', '{exp.Type.TpName}', '{mod.Type.TpName}'");
        }
        return IntModPow.Power(b, e, m);
    }

    private static PyObject Round(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.OnlyKeywords("round", kw, "number", "ndigits");
        var n = Args.PositionalCount(args, kw);
        var number = n > 0 ? args[0] : Args.Keyword(args, kw, "number") ?? throw Errors.TypeError("round() missing required argument 'number' (pos 1)");
        if (n > 2) throw Errors.TypeError($"round() takes at most 2 arguments ({n} given)");
        return RoundNumber(number, n > 1 ? args[1] : Args.Keyword(args, kw, "ndigits"));
    }

    /// <summary><c>int.__round__</c> and <c>float.__round__</c> of <paramref name="value"/> (exact): ndigits is positional only.</summary>
    internal static PyObject RoundDunder(string typeName, PyObject value, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{typeName}.__round__() takes no keyword arguments");
        Args.Count("__round__", args.Length, 0, 1);
        return RoundNumber(value, args.Length == 1 ? args[0] : null);
    }

    /// <summary><c>round(number, ndigits)</c> once the arguments are taken apart (also int's and float's <c>__round__</c>).</summary>
    internal static PyObject RoundNumber(PyObject number, PyObject? nd)
    {
        if (nd is PyNone) nd = null;
        if (BuiltinSubclass.CallOwn(number, "__round__", nd is null ? [] : [nd]) is { } own) return own;
        switch (number)
        {
            case PyInt i:
                if (nd is null) return i is PyBool ? PyInt.From(i.Small) : i;
                return RoundInt(i is PyBool ? PyInt.From(i.Small) : i, ToInt(nd));
            case PyFloat f:
                if (nd is null)
                {
                    var r = Math.Round(f.Value, MidpointRounding.ToEven);
                    return IntMethods.FloatToInt(r);
                }
                return new PyFloat(RoundFloat(f.Value, ToInt(nd)));
            default:
                var method = number.Type.Lookup("__round__") ?? throw Errors.TypeError($"type {number.Type.TpName} doesn't define __round__ method");
                return nd is null ? Attributes.CallMethod0(number, "__round__") : Attributes.CallMethod1(number, "__round__", nd);
        }
    }

    private static PyInt RoundInt(PyInt i, PyInt nd)
    {
        if (nd.Big.Sign >= 0) return i;
        if (nd.Big < -4400) return PyInt.Zero;
        var pow = BigInteger.Pow(10, (int)-nd.Big);
        var q = BigInteger.DivRem(BigInteger.Abs(i.Big), pow, out var rem);
        var twice = rem * 2;
        if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
        return PyInt.From(i.Big.Sign < 0 ? -q * pow : q * pow);
    }

    /// <summary>Rounds the exact binary value to <paramref name="ndigits"/> decimals, half to even, as CPython's double_round.</summary>
    public static double RoundFloat(double x, PyInt ndigits)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        if (ndigits.Big > 323) return x;
        if (ndigits.Big < -308) return 0.0 * Math.Sign(x);
        var nd = (int)ndigits.Small;
        // x = mantissa * 2**exp exactly.
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var rawExp = (int)((bits >> 52) & 0x7FF);
        var mantissa = new BigInteger(bits & 0xFFFFFFFFFFFFFL);
        int exp;
        if (rawExp == 0) exp = -1074;
        else { mantissa += BigInteger.One << 52; exp = rawExp - 1075; }
        // value * 10**nd = mantissa * 2**exp * 10**nd as num/den.
        BigInteger num = mantissa, den = BigInteger.One;
        if (exp >= 0) num <<= exp; else den <<= -exp;
        if (nd >= 0) num *= BigInteger.Pow(10, nd); else den *= BigInteger.Pow(10, -nd);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        var text = IntFormatting.Decimal(q) + "e" + (-nd).ToString(CultureInfo.InvariantCulture);
        var result = double.Parse(text, CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) throw Errors.OverflowError("rounded value too large to represent");
        return x < 0 ? -result : result;
    }
}
