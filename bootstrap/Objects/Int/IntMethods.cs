namespace PyPack.Runtime.Objects;

/// <summary>The <c>int</c> type object: constructor and methods.</summary>
internal static partial class IntMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("int", null) { PlainInstances = true };
        type.Constructor = Construct;
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddAllMethods);
        return type;
    }

    private static void AddAllMethods(PyType type)
    {
        AddMethods(type);
        type.Method("bit_length", self =>
        {
            var v = (PyInt)self;
            if (!v.IsSmall) return PyInt.From(Limbs.BitLength(v.Magnitude));
            // The magnitude as unsigned: Math.Abs throws on long.MinValue (2**63 has 64 bits).
            var x = v.Small;
            var magnitude = x < 0 ? 0UL - (ulong)x : (ulong)x;
            return PyInt.From(64 - System.Numerics.BitOperations.LeadingZeroCount(magnitude));
        });
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 })
        {
            // Only base= may be named; int(x, base=b) and int(base=b) (which lacks its string).
            if (kwnames is not ["base"]) throw Errors.TypeError($"'{Array.Find(kwnames, static k => k != "base")}' is an invalid keyword argument for int()");
            if (args.Length == 1) throw Errors.TypeError("int() missing string argument");
            if (args.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        }
        if (args.Length == 0) return PyInt.Zero;
        if (args.Length > 2) throw Errors.TypeError($"int() takes at most 2 arguments ({args.Length} given)");
        var x = args[0];
        if (args.Length == 2)
        {
            var radix = (int)Operations.Conversions.ToIndex(args[1]);
            if (x is PyBytes or PyMemoryView) return ParseBytes(x, radix);
            if (x is not PyStr s2) throw Errors.TypeError("int() can't convert non-string with explicit base");
            return IntParsing.Parse(s2.Value, radix);
        }
        if (x is PyInt exact && x is not PyIntSubclass) return x is PyBool b ? PyInt.From(b.Small) : exact;
        // An exact str has no __int__, __index__ or __trunc__: parse it without looking them up.
        if (PyStr.IsExact(x))
        {
            var text = (PyStr)x;
            return IntParsing.ShortDecimal(text.Chars) is var small and >= 0 ? PyInt.From(small) : IntParsing.Parse(text.Value, 10);
        }
        if (Converted(x, "__int__") is { } viaInt) return viaInt;
        if (Converted(x, "__index__") is { } viaIndex) return viaIndex;
        if (x.Type.Lookup("__trunc__") is { } trunc and not PyBuiltinMethod)
        {
            var r = SpecialMethods.Call0(x, trunc);
            return r is PyInt ri ? PyInt.From(ri.Big) : Converted(r, "__index__") ?? throw Errors.TypeError($"__trunc__ returned non-Integral (type {r.Type.TpName})");
        }
        return x switch
        {
            PyInt i => PyInt.From(i.Big),
            PyFloat f => FloatToInt(f.Value),
            PyStr s => IntParsing.Parse(s.Value, 10),
            PyBytes or PyMemoryView => ParseBytes(x, 10),
            _ => throw Errors.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.TpName}'"),
        };
    }

    /// <summary>int() of bytes, bytearray or memoryview: their ASCII text, the error showing the bytes.</summary>
    private static PyInt ParseBytes(PyObject x, int radix)
    {
        var data = x is PyMemoryView m ? m.ToArray() : ((PyBytes)x).Data.ToArray();
        try
        {
            return IntParsing.Parse(System.Text.Encoding.Latin1.GetString(data), radix);
        }
        catch (Exceptions.PyException e) when (e.Value.Type == Exceptions.ExceptionTypes.ValueError && e.Value.Str().StartsWith("invalid literal", StringComparison.Ordinal))
        {
            throw Errors.ValueError($"invalid literal for int() with base {radix}: {PyBytes.Of(data).Repr()}");
        }
    }

    /// <summary>A class's <c>__int__</c> or <c>__index__</c> applied for int(), its result checked as CPython does.</summary>
    private static PyInt? Converted(PyObject x, string dunder)
    {
        if (x.Type.Lookup(dunder) is not { } m || m is PyBuiltinMethod || !x.Type.IsHeapType) return null;
        var r = SpecialMethods.Call0(x, m);
        return r is PyInt i ? PyInt.From(i.Big) : throw Errors.TypeError($"{dunder} returned non-int (type {r.Type.TpName})");
    }

    public static PyInt FloatToInt(double value)
    {
        if (double.IsNaN(value)) throw Errors.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(value)) throw Errors.OverflowError("cannot convert float infinity to integer");
        var t = Math.Truncate(value);
        return t is >= -9.2e18 and <= 9.2e18 ? PyInt.From((long)t) : PyInt.From(new System.Numerics.BigInteger(t));
    }
}
