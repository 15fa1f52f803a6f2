using System.Buffers.Binary;
using System.Numerics;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Structs;

/// <summary>
/// A parsed struct format: its codes with offsets, the packed size and the item count, and the
/// packing and unpacking of each code with CPython's errors (x86-64 Linux native sizes).
/// </summary>
internal sealed class StructFormat
{
    /// <summary>One format code: the character, where it starts, its byte size and, for s/p, one item; else <see cref="Repeat"/> items.</summary>
    private readonly record struct Code(char Char, long Offset, long Size, long Repeat);

    private const string NativeChars = "xcbB?hHiIlLqQnNefdspP";
    private const string StandardChars = "xcbB?hHiIlLqQefdsp";

    private readonly Code[] _codes;

    public StructFormat(string format)
    {
        Format = format;
        var i = 0;
        Mode = '@';
        if (format.Length > 0 && format[0] is '@' or '=' or '<' or '>' or '!')
        {
            Mode = format[0] == '!' ? '>' : format[0];
            i = 1;
        }
        var codes = new List<Code>();
        long size = 0, items = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }
            long count = 1;
            if (c is >= '0' and <= '9')
            {
                count = 0;
                while (i < format.Length && format[i] is >= '0' and <= '9')
                {
                    var digit = format[i] - '0';
                    if (count > (long.MaxValue - digit) / 10) throw Error("total struct size too long");
                    count = count * 10 + digit;
                    i++;
                }
                if (i == format.Length) throw Error("repeat count given without format specifier");
                c = format[i];
            }
            if ((Mode == '@' ? NativeChars : StandardChars).IndexOf(c) < 0) throw Error("bad char in struct format");
            var itemSize = SizeOf(c);
            if (Mode == '@' && c is not ('s' or 'p'))
            {
                // Native mode aligns each code to its own size, as a C compiler lays out a struct.
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            var bytes = c is 's' or 'p' ? count : Multiply(count, itemSize);
            if (size > long.MaxValue - bytes) throw Error("total struct size too long");
            if (c is 's' or 'p')
            {
                codes.Add(new Code(c, size, count, 1));
                items++;
            }
            else if (c == 'x')
            {
                codes.Add(new Code(c, size, count, 0));
            }
            else if (count > 0)
            {
                codes.Add(new Code(c, size, itemSize, count));
                items += count;
            }
            size += bytes;
            i++;
        }
        _codes = [.. codes];
        Size = size;
        ItemCount = items;
    }

    public string Format { get; }
    public char Mode { get; }
    public long Size { get; }
    public long ItemCount { get; }

    private static long Multiply(long count, long size) =>
        size != 0 && count > long.MaxValue / size ? throw Error("total struct size too long") : count * size;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';

    private long SizeOf(char c) => c switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => Mode == '@' ? 8 : 4,
        _ => 8,
    };

    public static PyException Error(string message) => Errors.Raise(StructModule.Error, message);

    private bool BigEndian => Mode == '>';

    public void Pack(Span<byte> target, ReadOnlySpan<PyObject> values)
    {
        var v = 0;
        foreach (var code in _codes)
        {
            if (code.Char == 'x')
            {
                target.Slice((int)code.Offset, (int)code.Size).Clear();
                continue;
            }
            for (long r = 0; r < code.Repeat; r++)
            {
                var slot = target.Slice((int)(code.Offset + r * code.Size), (int)code.Size);
                PackOne(code.Char, slot, values[v++]);
            }
        }
    }

    private void PackOne(char c, Span<byte> slot, PyObject value)
    {
        switch (c)
        {
            case 'c':
                if (value is not PyBytes { IsByteArray: false, Count: 1 } ch) throw Error("char format requires a bytes object of length 1");
                slot[0] = ch.Data[0];
                return;
            case 's':
            case 'p':
                {
                    if (value is not PyBytes b) throw Error($"argument for '{c}' must be a bytes object");
                    slot.Clear();
                    if (c == 's')
                    {
                        b.Data[..System.Math.Min(b.Count, slot.Length)].CopyTo(slot);
                        return;
                    }
                    if (slot.Length == 0) return;
                    var n = System.Math.Min(b.Count, slot.Length - 1);
                    b.Data[..n].CopyTo(slot[1..]);
                    slot[0] = (byte)System.Math.Min(n, 255);
                    return;
                }
            case '?':
                slot[0] = Operations.Truth.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'e':
                PackHalf(slot, Float(value));
                return;
            case 'f':
                {
                    var d = Float(value);
                    var f = (float)d;
                    if (Mode != '@' && float.IsInfinity(f) && !double.IsInfinity(d)) throw Errors.OverflowError("float too large to pack with f format");
                    var bits = BitConverter.SingleToInt32Bits(f);
                    if (BigEndian) BinaryPrimitives.WriteInt32BigEndian(slot, bits);
                    else BinaryPrimitives.WriteInt32LittleEndian(slot, bits);
                    return;
                }
            case 'd':
                {
                    var bits = BitConverter.DoubleToInt64Bits(Float(value));
                    if (BigEndian) BinaryPrimitives.WriteInt64BigEndian(slot, bits);
                    else BinaryPrimitives.WriteInt64LittleEndian(slot, bits);
                    return;
                }
            default:
                WriteInteger(slot, CheckInteger(c, value));
                return;
        }
    }

    private void WriteInteger(Span<byte> slot, BigInteger value)
    {
        var unsigned = value < 0 ? value + (BigInteger.One << (8 * slot.Length)) : value;
        for (var k = 0; k < slot.Length; k++)
        {
            var b = (byte)(unsigned & 0xFF);
            unsigned >>= 8;
            slot[BigEndian ? slot.Length - 1 - k : k] = b;
        }
    }

    private static readonly BigInteger LongMin = long.MinValue, LongMax = long.MaxValue, ULongMax = ulong.MaxValue;

    /// <summary>
    /// The integer to pack, or struct.error worded as CPython 3.11 words it on a little-endian
    /// machine: the native routines (also used for '&lt;' and '=' codes of the native size) and the
    /// big-endian ones report ranges differently.
    /// </summary>
    private BigInteger CheckInteger(char c, PyObject value)
    {
        if (value is not PyInt i) throw Error("required argument is not an integer");
        var v = i.Big;
        var size = SizeOf(c);
        var signed = char.IsLower(c);
        var min = signed ? -(BigInteger.One << (int)(8 * size - 1)) : BigInteger.Zero;
        var max = signed ? (BigInteger.One << (int)(8 * size - 1)) - 1 : (BigInteger.One << (int)(8 * size)) - 1;
        if (c == 'P')
        {
            if (v < LongMin || v > ULongMax) throw Error("int too large to convert");
            return v;
        }
        if (size == 8)
        {
            if (v >= min && v <= max) return v;
            throw Error(BigEndian ? "int too large to convert" : "argument out of range");
        }
        // The C conversion to long (or unsigned long, which refuses negatives) fails first.
        var unsignedRoutine = !signed && (c is 'I' or 'L' || (BigEndian && c == 'H'));
        if (v < (unsignedRoutine ? BigInteger.Zero : LongMin) || v > (unsignedRoutine ? ULongMax : LongMax)) throw Error("argument out of range");
        if (v >= min && v <= max) return v;
        var named = c switch
        {
            'b' => "byte",
            'B' => "ubyte",
            'h' when !BigEndian => "short",
            'H' when !BigEndian => "ushort",
            _ => $"'{c}'",
        };
        throw Error($"{named} format requires {min} <= number <= {max}");
    }

    private static double Float(PyObject value) => value switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        _ => throw Error("required argument is not a float"),
    };

    private void PackHalf(Span<byte> slot, double d)
    {
        ushort bits;
        if (double.IsNaN(d))
        {
            bits = (ushort)(double.IsNegative(d) ? 0xFE00 : 0x7E00);
        }
        else
        {
            var h = (Half)d;
            if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw Errors.OverflowError("float too large to pack with e format");
            bits = BitConverter.HalfToUInt16Bits(h);
        }
        if (BigEndian) BinaryPrimitives.WriteUInt16BigEndian(slot, bits);
        else BinaryPrimitives.WriteUInt16LittleEndian(slot, bits);
    }

    public PyTuple Unpack(ReadOnlySpan<byte> source)
    {
        var result = new PyObject[ItemCount];
        var v = 0;
        foreach (var code in _codes)
        {
            for (long r = 0; r < code.Repeat; r++)
            {
                var slot = source.Slice((int)(code.Offset + r * code.Size), (int)code.Size);
                result[v++] = UnpackOne(code.Char, slot);
            }
        }
        return PyTuple.FromArray(result);
    }

    private PyObject UnpackOne(char c, ReadOnlySpan<byte> slot)
    {
        switch (c)
        {
            case 'c':
            case 's':
                return PyBytes.Of(slot.ToArray());
            case 'p':
                {
                    if (slot.Length == 0) return PyBytes.Empty;
                    var n = System.Math.Min(slot[0], slot.Length - 1);
                    return PyBytes.Of(slot.Slice(1, n).ToArray());
                }
            case '?':
                return PyBool.From(slot[0] != 0);
            case 'e':
                {
                    var bits = BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(slot) : BinaryPrimitives.ReadUInt16LittleEndian(slot);
                    return new PyFloat((double)BitConverter.UInt16BitsToHalf(bits));
                }
            case 'f':
                {
                    var bits = BigEndian ? BinaryPrimitives.ReadInt32BigEndian(slot) : BinaryPrimitives.ReadInt32LittleEndian(slot);
                    return new PyFloat(BitConverter.Int32BitsToSingle(bits));
                }
            case 'd':
                {
                    var bits = BigEndian ? BinaryPrimitives.ReadInt64BigEndian(slot) : BinaryPrimitives.ReadInt64LittleEndian(slot);
                    return new PyFloat(BitConverter.Int64BitsToDouble(bits));
                }
            default:
                {
                    var value = new BigInteger(slot, isUnsigned: char.IsUpper(c), isBigEndian: BigEndian);
                    return PyInt.From(value);
                }
        }
    }
}
