using System.Numerics;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Uuid;

/// <summary>
/// uuid.UUID: an immutable 128-bit value built from hex, bytes, bytes_le, fields or int, with the
/// RFC 4122 views (fields, time, clock_seq, node, variant, version) and comparison by value.
/// </summary>
internal sealed class PyUuid(BigInteger value, PyObject isSafe) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private static readonly NativeSignature InitSignature =
        new("UUID.__init__", ["self", "hex", "bytes", "bytes_le", "fields", "int", "version"], 6, ["is_safe"]);

    private static readonly BigInteger Max = BigInteger.One << 128;

    public BigInteger Value { get; } = value;

    public override PyType Type => TypeObject;

    public byte[] Bytes
    {
        get
        {
            var raw = Value.ToByteArray(isUnsigned: true, isBigEndian: true);
            var result = new byte[16];
            raw.CopyTo(result, 16 - raw.Length);
            return result;
        }
    }

    private long Bits(int shift, int width) => (long)((Value >> shift) & ((BigInteger.One << width) - 1));

    public override string Str()
    {
        var hex = Hex;
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private string Hex => Convert.ToHexStringLower(Bytes);

    public override string Repr() => $"UUID('{Str()}')";

    public override long Hash() => PyInt.From(Value).Hash();

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyUuid u) return null;
        var c = Value.CompareTo(u.Value);
        return PyBool.From(op switch
        {
            CompareOp.Lt => c < 0,
            CompareOp.Le => c <= 0,
            CompareOp.Eq => c == 0,
            CompareOp.Ne => c != 0,
            CompareOp.Gt => c > 0,
            _ => c >= 0,
        });
    }

    private string Variant =>
        (Value & (new BigInteger(0x8000) << 48)).IsZero ? UuidModule.ReservedNcs
        : (Value & (new BigInteger(0x4000) << 48)).IsZero ? UuidModule.Rfc4122
        : (Value & (new BigInteger(0x2000) << 48)).IsZero ? UuidModule.ReservedMicrosoft
        : UuidModule.ReservedFuture;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "int" => PyInt.From(Value),
        "is_safe" => isSafe,
        "bytes" => PyBytes.Of(Bytes),
        "bytes_le" => PyBytes.Of(BytesLe(Bytes)),
        "fields" => PyTuple.Of(Field(96, 32), Field(80, 16), Field(64, 16), Field(56, 8), Field(48, 8), Field(0, 48)),
        "time_low" => Field(96, 32),
        "time_mid" => Field(80, 16),
        "time_hi_version" => Field(64, 16),
        "clock_seq_hi_variant" => Field(56, 8),
        "clock_seq_low" => Field(48, 8),
        "node" => Field(0, 48),
        "time" => PyInt.From(((Bits(64, 16) & 0x0FFF) << 48) | (Bits(80, 16) << 32) | Bits(96, 32)),
        "clock_seq" => PyInt.From(((Bits(56, 8) & 0x3F) << 8) | Bits(48, 8)),
        "hex" => new PyStr(Hex),
        "urn" => new PyStr("urn:uuid:" + Str()),
        "variant" => new PyStr(Variant),
        "version" => Variant == UuidModule.Rfc4122 ? PyInt.From(Bits(76, 4)) : PyNone.Instance,
        _ => null,
    };

    public override bool SetOwnAttribute(string name, PyObject value) => throw Errors.TypeError("UUID objects are immutable");

    public override bool DelOwnAttribute(string name) => throw Errors.TypeError("UUID objects are immutable");

    private PyInt Field(int shift, int width) => PyInt.From(Bits(shift, width));

    /// <summary>The first three fields little-endian, as Windows GUIDs store them (the reordering is its own inverse).</summary>
    public static byte[] BytesLe(byte[] b) =>
        [b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], .. b[8..]];

    public static PyUuid Create(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = new PyObject?[InitSignature.Slots];
        InitSignature.Bind(PyNone.Instance, args, kw, a);
        PyObject? hex = a[1], bytes = a[2], bytesLe = a[3], fields = a[4], integer = a[5], version = a[6];
        static bool Given(PyObject? o) => o is not null and not PyNone;
        var count = (Given(hex) ? 1 : 0) + (Given(bytes) ? 1 : 0) + (Given(bytesLe) ? 1 : 0) + (Given(fields) ? 1 : 0) + (Given(integer) ? 1 : 0);
        if (count != 1) throw Errors.TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
        BigInteger value;
        if (Given(hex))
        {
            if (hex is not PyStr s) throw Errors.AttributeError($"'{hex!.Type.TpName}' object has no attribute 'replace'");
            var text = s.Value.Replace("urn:", "", StringComparison.Ordinal).Replace("uuid:", "", StringComparison.Ordinal)
                .Trim('{', '}').Replace("-", "", StringComparison.Ordinal);
            if (new PyStr(text).CodePointCount != 32) throw Errors.ValueError("badly formed hexadecimal UUID string");
            value = ((PyInt)PyInt.TypeObject.Call2(new PyStr(text), PyInt.From(16))).Big;
        }
        else if (Given(bytesLe) || Given(bytes))
        {
            var name = Given(bytesLe) ? "bytes_le" : "bytes";
            var o = Given(bytesLe) ? bytesLe! : bytes!;
            if (o.Length() < 0) throw Errors.TypeError($"object of type '{o.Type.TpName}' has no len()");
            if (o.Length() != 16) throw Errors.ValueError($"{name} is not a 16-char string");
            if (o is not PyBytes { IsByteArray: false } b) throw Errors.Raise(ExceptionTypes.AssertionError, o.Repr());
            var data = b.Data.ToArray();
            if (Given(bytesLe)) data = BytesLe(data);
            value = new BigInteger(data, isUnsigned: true, isBigEndian: true);
        }
        else if (Given(fields))
        {
            if (fields!.Length() != 6) throw Errors.ValueError("fields is not a 6-tuple");
            var items = Operations.Iteration.ToArray(fields);
            int[] widths = [32, 16, 16, 8, 8, 48];
            var f = new BigInteger[6];
            for (var i = 0; i < 6; i++)
            {
                f[i] = InRange(items[i], BigInteger.One << widths[i], $"field {i + 1} out of range (need {(widths[i] == 8 ? "an" : "a")} {widths[i]}-bit value)");
            }
            var clockSeq = (f[3] << 8) | f[4];
            value = (f[0] << 96) | (f[1] << 80) | (f[2] << 64) | (clockSeq << 48) | f[5];
        }
        else
        {
            value = InRange(integer!, Max, "int is out of range (need a 128-bit value)");
        }
        if (Given(version))
        {
            if (version is not PyInt v || v.Big < 1 || v.Big > 5) throw Errors.ValueError("illegal version number");
            // Set the variant to RFC 4122 and the version number.
            value &= ~(new BigInteger(0xC000) << 48);
            value |= new BigInteger(0x8000) << 48;
            value &= ~(new BigInteger(0xF000) << 64);
            value |= v.Big << 76;
        }
        return new PyUuid(value, a[7] ?? UuidModule.SafeUnknown);
    }

    private static BigInteger InRange(PyObject o, BigInteger limit, string message)
    {
        if (o is not PyInt i) throw Errors.TypeError($"'<=' not supported between instances of 'int' and '{o.Type.TpName}'");
        if (i.Big < 0 || i.Big >= limit) throw Errors.ValueError(message);
        return i.Big;
    }

    private static PyType CreateType()
    {
        var type = new PyType("UUID", null) { Module = "uuid" };
        type.Constructor = static (args, kw) => Create(args, kw);
        SlotWrappers.Add(type, "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
        type.Method("__int__", static self => PyInt.From(((PyUuid)self).Value));
        return type;
    }
}
