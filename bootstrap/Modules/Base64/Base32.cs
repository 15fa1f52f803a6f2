using System.Numerics;
using PyPack.Runtime.Modules.Binascii;

namespace PyPack.Runtime.Modules.Base64;

/// <summary>Base32 (RFC 4648) in its standard and extended-hex alphabets, with the padding rules of CPython's base64.</summary>
internal static class Base32
{
    public const string Standard = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const string ExtendedHex = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    public static byte[] Encode(byte[] data, string alphabet)
    {
        var result = new List<byte>((data.Length + 4) / 5 * 8);
        for (var i = 0; i < data.Length; i += 5)
        {
            var chunk = new byte[5];
            var n = System.Math.Min(5, data.Length - i);
            Array.Copy(data, i, chunk, 0, n);
            ulong acc = 0;
            foreach (var b in chunk) acc = (acc << 8) | b;
            for (var k = 35; k >= 0; k -= 5) result.Add((byte)alphabet[(int)((acc >> k) & 31)]);
            // 1, 2, 3 or 4 trailing bytes leave 6, 4, 3 or 1 padding characters.
            var pad = n switch { 1 => 6, 2 => 4, 3 => 3, 4 => 1, _ => 0 };
            for (var k = 0; k < pad; k++) result[^(k + 1)] = (byte)'=';
        }
        return [.. result];
    }

    public static byte[] Decode(byte[] data, string alphabet)
    {
        var length = data.Length;
        var end = length;
        while (end > 0 && data[end - 1] == '=') end--;
        var padChars = length - end;
        var decoded = new List<byte>();
        for (var i = 0; i < end; i += 8)
        {
            BigInteger acc = 0;
            for (var k = i; k < System.Math.Min(i + 8, end); k++)
            {
                var value = alphabet.IndexOf((char)data[k]);
                if (value < 0 || data[k] == '=') throw Errors.Raise(BinasciiModule.Error, "Non-base32 digit found");
                acc = (acc << 5) + value;
            }
            var chunk = acc.ToByteArray(isUnsigned: true, isBigEndian: true);
            for (var k = chunk.Length; k < 5; k++) decoded.Add(0);
            decoded.AddRange(chunk.Length > 5 ? chunk[^5..] : chunk);
        }
        if (length % 8 != 0 || padChars is not (0 or 1 or 3 or 4 or 6)) throw Errors.Raise(BinasciiModule.Error, "Incorrect padding");
        if (padChars > 0 && decoded.Count > 0)
        {
            // The last quantum was decoded from fewer characters: shift it as if padded with zeros.
            var last = decoded.GetRange(decoded.Count - 5, 5);
            BigInteger acc = 0;
            foreach (var b in last) acc = (acc << 8) | b;
            acc <<= 5 * padChars;
            var bytes = acc.ToByteArray(isUnsigned: true, isBigEndian: true);
            var full = new byte[5];
            if (bytes.Length <= 5) Array.Copy(bytes, 0, full, 5 - bytes.Length, bytes.Length);
            else Array.Copy(bytes, bytes.Length - 5, full, 0, 5);
            var leftover = (43 - 5 * padChars) / 8;
            decoded.RemoveRange(decoded.Count - 5, 5);
            decoded.AddRange(full[..leftover]);
        }
        return [.. decoded];
    }
}
