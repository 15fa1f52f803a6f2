using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Binascii;

/// <summary>hexlify with bytes.hex's separators, and unhexlify.</summary>
internal static class Hex
{
    private const string Digits = "0123456789abcdef";

    public static byte[] Encode(ReadOnlySpan<byte> data, PyObject? separator, long perGroup)
    {
        byte? sep = null;
        if (separator is not null and not PyNone)
        {
            var text = separator switch
            {
                PyStr s => s.Value,
                PyBytes b => b.ToLatin1(),
                _ => throw Errors.TypeError($"object of type '{separator.Type.TpName}' has no len()"),
            };
            if (text.Length != 1) throw Errors.ValueError("sep must be length 1.");
            if (text[0] > 255) throw Errors.ValueError("sep must be ASCII.");
            sep = (byte)text[0];
        }
        var result = new List<byte>(data.Length * 3);
        var group = (int)System.Math.Min(System.Math.Abs(perGroup), int.MaxValue);
        for (var i = 0; i < data.Length; i++)
        {
            if (sep is { } s && i > 0 && group > 0)
            {
                // A positive count groups from the right, a negative one from the left.
                var boundary = perGroup > 0 ? (data.Length - i) % group == 0 : i % group == 0;
                if (boundary) result.Add(s);
            }
            result.Add((byte)Digits[data[i] >> 4]);
            result.Add((byte)Digits[data[i] & 15]);
        }
        return [.. result];
    }

    public static byte[] Decode(ReadOnlySpan<byte> text)
    {
        if (text.Length % 2 != 0) throw Errors.Raise(BinasciiModule.Error, "Odd-length string");
        var result = new byte[text.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            int high = Value(text[2 * i]), low = Value(text[2 * i + 1]);
            if (high < 0 || low < 0) throw Errors.Raise(BinasciiModule.Error, "Non-hexadecimal digit found");
            result[i] = (byte)(high * 16 + low);
        }
        return result;
    }

    public static int Value(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
