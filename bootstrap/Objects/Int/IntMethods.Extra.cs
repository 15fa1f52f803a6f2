using System.Numerics;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>int: byte conversion, ratios and the numbers-tower attributes.</summary>
internal static partial class IntMethods
{
    private static void AddMethods(PyType type)
    {
        type.Method("bit_count", static self => PyInt.From(CountBits((PyInt)self)));
        type.Method("as_integer_ratio", static self => PyTuple.Of(Plain((PyInt)self), PyInt.One));
        type.Method("conjugate", static self => Plain((PyInt)self));
        type.Method("__index__", static self => Plain((PyInt)self));
        type.Method("__int__", static self => Plain((PyInt)self));
        type.Method("__float__", static self => new PyFloat(((PyInt)self).ToDouble()));
        type.Method("__abs__", static self => Builtins.BuiltinsModule.Abs(self));
        type.Method("__trunc__", static self => Plain((PyInt)self));
        type.Method("__floor__", static self => Plain((PyInt)self));
        type.Method("__ceil__", static self => Plain((PyInt)self));
        type.Method("__round__", static (self, args, kw) => Builtins.BuiltinsModule.RoundDunder("int", Plain((PyInt)self), args, kw));
        type.Method("__getnewargs__", static self => PyTuple.Of(Plain((PyInt)self)));
        // int.__format__ called directly (IntEnum's __format__ does): the value formatted by the spec,
        // str(self) for an empty one, as format() gives.
        type.Method("__format__", static (self, spec) =>
        {
            if (spec is not PyStr s) throw Errors.TypeError($"__format__() argument must be str, not {spec.Type.TpName}");
            return new PyStr(s.Value.Length == 0 ? BuiltinSubclass.Dispatching(() => Text.Str(self)) : Formatting.ValueFormatter.FormatInt((PyInt)self, s.Value));
        });
        type.Property("real", static self => Plain((PyInt)self));
        type.Property("imag", static _ => PyInt.Zero);
        type.Property("numerator", static self => Plain((PyInt)self));
        type.Property("denominator", static _ => PyInt.One);
        type.Method("to_bytes", static (self, args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("to_bytes", kw, "length", "byteorder", "signed");
            if (n > 2) throw Errors.TypeError($"to_bytes() takes at most 2 positional arguments ({n} given)");
            var lengthArg = n > 0 ? args[0] : Args.Keyword(args, kw, "length");
            var orderArg = n > 1 ? args[1] : Args.Keyword(args, kw, "byteorder");
            var signedArg = Args.Keyword(args, kw, "signed");
            var length = lengthArg is null ? 1 : Conversions.ToIndex(lengthArg);
            if (length < 0) throw Errors.ValueError("length argument must be non-negative");
            var little = ByteOrder(orderArg, "to_bytes");
            var signed = signedArg is not null && Truth.IsTrue(signedArg);
            return PyBytes.Of(IntBytes.ToBytes((PyInt)self, length, little, signed));
        });
        // A class method: a subclass's from_bytes returns cls(value), as CPython does.
        type.SetAttribute("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", static (allArgs, kw) =>
        {
            var cls = allArgs[0];
            var args = allArgs[1..];
            var n = Args.PositionalCount(args, kw);
            Args.OnlyKeywords("from_bytes", kw, "bytes", "byteorder", "signed");
            if (n > 2) throw Errors.TypeError($"from_bytes() takes at most 2 positional arguments ({n} given)");
            var bytesArg = n > 0 ? args[0] : Args.Keyword(args, kw, "bytes") ?? throw Errors.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
            var orderArg = n > 1 ? args[1] : Args.Keyword(args, kw, "byteorder");
            var signedArg = Args.Keyword(args, kw, "signed");
            var little = ByteOrder(orderArg, "from_bytes");
            var signed = signedArg is not null && Truth.IsTrue(signedArg);
            var data = bytesArg is PyBytes b ? b.Data : BytesMethods.ToByteArray(bytesArg, forBytesConstructor: false);
            var value = IntBytes.FromBytes(data, little, signed);
            return ReferenceEquals(cls, PyInt.TypeObject) ? value : cls.Call1(value);
        })));
    }

    private static bool ByteOrder(PyObject? order, string function)
    {
        if (order is null) return false;
        if (order is not PyStr s) throw Errors.TypeError($"{function}() argument 'byteorder' must be str, not {order.Type.TpName}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw Errors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    private static PyInt Plain(PyInt i) => i is PyBool or PyIntSubclass ? PyInt.From(i.Big) : i;

    private static long CountBits(PyInt v)
    {
        if (v.IsSmall) return System.Numerics.BitOperations.PopCount(v.Small < 0 ? 0UL - (ulong)v.Small : (ulong)v.Small);
        long count = 0;
        foreach (var limb in v.Magnitude) count += System.Numerics.BitOperations.PopCount(limb);
        return count;
    }
}
