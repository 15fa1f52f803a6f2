using System.Linq;
namespace PyPack.Runtime.Modules.Base64;

/// <summary>Ascii85 (with Adobe framing, 'z' and 'y' folding) and base85 (RFC 1924 alphabet) as CPython's base64 does them.</summary>
internal static class Base85
{
    public const string B85Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

    public static byte[] Encode(byte[] data, Func<int, byte> digit, bool pad, bool foldNuls, bool foldSpaces)
    {
        var padding = (4 - data.Length % 4) % 4;
        var padded = new byte[data.Length + padding];
        data.CopyTo(padded, 0);
        var chunks = new List<byte[]>();
        for (var i = 0; i < padded.Length; i += 4)
        {
            var word = ((uint)padded[i] << 24) | ((uint)padded[i + 1] << 16) | ((uint)padded[i + 2] << 8) | padded[i + 3];
            if (foldNuls && word == 0)
            {
                chunks.Add("z"u8.ToArray());
                continue;
            }
            if (foldSpaces && word == 0x20202020)
            {
                chunks.Add("y"u8.ToArray());
                continue;
            }
            var chunk = new byte[5];
            for (var k = 4; k >= 0; k--)
            {
                chunk[k] = digit((int)(word % 85));
                word /= 85;
            }
            chunks.Add(chunk);
        }
        if (padding > 0 && !pad)
        {
            var last = chunks[^1];
            if (last.Length == 1 && last[0] == 'z') last = Enumerable.Repeat(digit(0), 5).ToArray();
            chunks[^1] = last[..^padding];
        }
        return chunks.SelectMany(c => c).ToArray();
    }

    public static byte[] A85Decode(byte[] b, bool foldSpaces, bool adobe, byte[] ignoreChars)
    {
        if (adobe)
        {
            if (b.Length < 2 || b[^2] != '~' || b[^1] != '>') throw Errors.ValueError("Ascii85 encoded byte sequences must end with b'~>'");
            b = b.Length >= 4 && b[0] == '<' && b[1] == '~' ? b[2..^2] : b[..^2];
        }
        var decoded = new List<byte>();
        var current = new List<byte>();
        foreach (var x in b.Concat("uuuu"u8.ToArray()))
        {
            if (x is >= (byte)'!' and <= (byte)'u')
            {
                current.Add(x);
                if (current.Count < 5) continue;
                ulong acc = 0;
                foreach (var c in current) acc = 85 * acc + (ulong)(c - 33);
                if (acc > uint.MaxValue) throw Errors.ValueError("Ascii85 overflow");
                decoded.AddRange([(byte)(acc >> 24), (byte)(acc >> 16), (byte)(acc >> 8), (byte)acc]);
                current.Clear();
            }
            else if (x == 'z')
            {
                if (current.Count > 0) throw Errors.ValueError("z inside Ascii85 5-tuple");
                decoded.AddRange([0, 0, 0, 0]);
            }
            else if (foldSpaces && x == 'y')
            {
                if (current.Count > 0) throw Errors.ValueError("y inside Ascii85 5-tuple");
                decoded.AddRange([0x20, 0x20, 0x20, 0x20]);
            }
            else if (Array.IndexOf(ignoreChars, x) < 0)
            {
                throw Errors.ValueError($"Non-Ascii85 digit found: {(char)x}");
            }
        }
        var padding = 4 - current.Count;
        return padding > 0 ? decoded.Take(decoded.Count - padding).ToArray() : [.. decoded];
    }

    public static byte[] B85Decode(byte[] b)
    {
        var padding = (5 - b.Length % 5) % 5;
        var padded = b.Concat(Enumerable.Repeat((byte)'~', padding)).ToArray();
        var output = new List<byte>();
        for (var i = 0; i < padded.Length; i += 5)
        {
            ulong acc = 0;
            for (var j = 0; j < 5; j++)
            {
                var value = padded[i + j] < 128 ? B85Alphabet.IndexOf((char)padded[i + j]) : -1;
                if (value < 0) throw Errors.ValueError($"bad base85 character at position {i + j}");
                acc = acc * 85 + (ulong)value;
            }
            if (acc > uint.MaxValue) throw Errors.ValueError($"base85 overflow in hunk starting at byte {i}");
            output.AddRange([(byte)(acc >> 24), (byte)(acc >> 16), (byte)(acc >> 8), (byte)acc]);
        }
        return padding > 0 ? output.Take(output.Count - padding).ToArray() : [.. output];
    }
}
