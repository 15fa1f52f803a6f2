using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Structs;

/// <summary>struct.Struct: a compiled format with pack/unpack/pack_into/unpack_from/iter_unpack, format and size.</summary>
internal sealed class PyStruct(StructFormat format) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public StructFormat Format { get; } = format;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "format" => new PyStr(Format.Format),
        "size" => PyInt.From(Format.Size),
        _ => null,
    };

    /// <summary>Struct(format): str or bytes (bytes are read as ASCII, as CPython decodes them).</summary>
    public static StructFormat Compile(PyObject format) => format switch
    {
        PyStr s => new StructFormat(s.Value),
        PyBytes { IsByteArray: false } b => new StructFormat(b.ToLatin1()),
        _ => throw Errors.TypeError($"Struct() argument 1 must be a str or bytes object, not {format.Type.TpName}"),
    };

    public PyBytes Pack(ReadOnlySpan<PyObject> values)
    {
        if (values.Length != Format.ItemCount) throw StructFormat.Error($"pack expected {Format.ItemCount} items for packing (got {values.Length})");
        var data = new byte[Format.Size];
        Format.Pack(data, values);
        return PyBytes.Of(data);
    }

    /// <summary>pack_into(buffer, offset, *values) with CPython's checks, in CPython's order.</summary>
    public PyObject PackInto(ReadOnlySpan<PyObject> args)
    {
        if (args.Length != Format.ItemCount + 2)
        {
            throw StructFormat.Error(args.Length switch
            {
                0 => "pack_into expected buffer argument",
                1 => "pack_into expected offset argument",
                _ => $"pack_into expected {Format.ItemCount} items for packing (got {args.Length - 2})",
            });
        }
        if (args[0] is not PyBytes { IsByteArray: true } buffer)
        {
            throw Errors.TypeError(args[0] is PyBytes or PyStr
                ? $"argument must be read-write bytes-like object, not {args[0].Type.TpName}"
                : $"a bytes-like object is required, not '{args[0].Type.TpName}'");
        }
        var offset = Operations.Conversions.ToIndex(args[1]);
        long length = buffer.Count, size = Format.Size;
        if (offset < 0)
        {
            if (offset + length < 0) throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            if (-offset < size) throw StructFormat.Error($"no space to pack {size} bytes at offset {offset}");
            offset += length;
        }
        else if (length - offset < size)
        {
            throw StructFormat.Error($"pack_into requires a buffer of at least {size + offset} bytes for packing {size} bytes at offset {offset} (actual buffer size is {length})");
        }
        var data = buffer.Data.ToArray();
        Format.Pack(data.AsSpan((int)offset, (int)size), args[2..]);
        buffer.Replace(data);
        return PyNone.Instance;
    }

    public PyTuple Unpack(PyObject buffer)
    {
        var data = Buffer(buffer);
        if (data.Length != Format.Size) throw StructFormat.Error($"unpack requires a buffer of {Format.Size} bytes");
        return Format.Unpack(data);
    }

    public PyTuple UnpackFrom(PyObject buffer, PyObject? offsetArgument)
    {
        var data = Buffer(buffer);
        var offset = offsetArgument is null ? 0 : Operations.Conversions.ToIndex(offsetArgument);
        long length = data.Length, size = Format.Size;
        if (offset < 0)
        {
            if (offset + length < 0) throw StructFormat.Error($"offset {offset} out of range for {length}-byte buffer");
            if (-offset < size) throw StructFormat.Error($"not enough data to unpack {size} bytes at offset {offset}");
            offset += length;
        }
        else if (length - offset < size)
        {
            throw StructFormat.Error($"unpack_from requires a buffer of at least {size + offset} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {length})");
        }
        return Format.Unpack(data.AsSpan((int)offset, (int)size));
    }

    public PyObject IterUnpack(PyObject buffer)
    {
        var data = Buffer(buffer);
        if (Format.Size == 0) throw StructFormat.Error("cannot iteratively unpack with a struct of length 0");
        if (data.Length % Format.Size != 0) throw StructFormat.Error($"iterative unpacking requires a buffer of a multiple of {Format.Size} bytes");
        return new UnpackIterator(Format, data);
    }

    private static byte[] Buffer(PyObject o) => BytesMethods.TryBytesLike(o)
        ?? throw Errors.TypeError($"a bytes-like object is required, not '{o.Type.TpName}'");

    private static PyStruct Self(PyObject o) => (PyStruct)o;

    private static PyType CreateType()
    {
        var type = new PyType("Struct", null) { Module = "_struct", TpName = "_struct.Struct" };
        type.Constructor = static (args, kw) =>
        {
            var a = ModuleArgs.Bind("Struct", args, kw, ["format"], 1);
            return new PyStruct(Compile(a[0]!));
        };
        type.Method("pack", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("Struct.pack() takes no keyword arguments");
            return Self(self).Pack(args);
        });
        type.Method("pack_into", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("Struct.pack_into() takes no keyword arguments");
            return Self(self).PackInto(args);
        });
        type.Method("unpack", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("Struct.unpack() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"Struct.unpack() takes exactly one argument ({args.Length} given)");
            return Self(self).Unpack(args[0]);
        });
        type.Method("unpack_from", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("unpack_from", args, kw, ["buffer", "offset"], 1);
            return Self(self).UnpackFrom(a[0]!, a[1]);
        });
        type.Method("iter_unpack", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("Struct.iter_unpack() takes no keyword arguments");
            if (args.Length != 1) throw Errors.TypeError($"Struct.iter_unpack() takes exactly one argument ({args.Length} given)");
            return Self(self).IterUnpack(args[0]);
        });
        return type;
    }
}
