using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Modules.Binascii;

/// <summary>
/// b2a_base64 and a2b_base64. Decoding skips characters outside the alphabet and stops at a
/// completed padding group unless <c>strict_mode</c> asks for CPython's strict checks.
/// </summary>
internal static class Base64Codec
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static byte[] Encode(ReadOnlySpan<byte> data, bool newline)
    {
        var result = new List<byte>((data.Length + 2) / 3 * 4 + 1);
        var i = 0;
        for (; i + 2 < data.Length; i += 3)
        {
            var n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            for (var k = 18; k >= 0; k -= 6) result.Add((byte)Alphabet[(n >> k) & 63]);
        }
        if (data.Length - i == 1)
        {
            result.Add((byte)Alphabet[data[i] >> 2]);
            result.Add((byte)Alphabet[(data[i] & 3) << 4]);
            result.Add((byte)'=');
            result.Add((byte)'=');
        }
        else if (data.Length - i == 2)
        {
            var n = (data[i] << 8) | data[i + 1];
            result.Add((byte)Alphabet[n >> 10]);
            result.Add((byte)Alphabet[(n >> 4) & 63]);
            result.Add((byte)Alphabet[(n << 2) & 63]);
            result.Add((byte)'=');
        }
        if (newline) result.Add((byte)'\n');
        return [.. result];
    }

    private static int Value(byte c) => c switch
    {
        >= (byte)'A' and <= (byte)'Z' => c - 'A',
        >= (byte)'a' and <= (byte)'z' => c - 'a' + 26,
        >= (byte)'0' and <= (byte)'9' => c - '0' + 52,
        (byte)'+' => 62,
        (byte)'/' => 63,
        _ => -1,
    };

    private static PyException Error(string message) => Errors.Raise(BinasciiModule.Error, message);

    public static byte[] Decode(ReadOnlySpan<byte> text, bool strict)
    {
        var result = new List<byte>(text.Length / 4 * 3);
        int quadPosition = 0, pads = 0, left = 0;
        long dataCharacters = 0;
        var paddingStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && i == 0) throw Error("Leading padding not allowed");
                if (quadPosition >= 2 && quadPosition + ++pads >= 4)
                {
                    // A complete padding group ends the data.
                    if (strict && i + 1 < text.Length) throw Error("Excess data after padding");
                    return [.. result];
                }
                continue;
            }
            var value = Value(c);
            if (value < 0)
            {
                if (strict) throw Error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw Error("Discontinuous padding not allowed");
            pads = 0;
            dataCharacters++;
            switch (quadPosition)
            {
                case 0:
                    left = value;
                    quadPosition = 1;
                    break;
                case 1:
                    result.Add((byte)((left << 2) | (value >> 4)));
                    left = value & 0x0F;
                    quadPosition = 2;
                    break;
                case 2:
                    result.Add((byte)((left << 4) | (value >> 2)));
                    left = value & 0x03;
                    quadPosition = 3;
                    break;
                default:
                    result.Add((byte)((left << 6) | value));
                    left = 0;
                    quadPosition = 0;
                    break;
            }
        }
        if (quadPosition == 1)
        {
            throw Error($"Invalid base64-encoded string: number of data characters ({dataCharacters}) cannot be 1 more than a multiple of 4");
        }
        if (quadPosition != 0) throw Error("Incorrect padding");
        return [.. result];
    }
}
