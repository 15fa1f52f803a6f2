namespace PyPack.Runtime.Modules.Zlib;

/// <summary>The Adler-32 checksum of zlib streams, continuing from a previous value.</summary>
public static class Adler32
{
    public static uint Update(uint adler, ReadOnlySpan<byte> data)
    {
        uint a = adler & 0xFFFF, b = adler >> 16;
        var i = 0;
        while (i < data.Length)
        {
            // 5552 bytes is the most that can be summed before the 32-bit sums must be reduced.
            var n = System.Math.Min(5552, data.Length - i);
            for (var k = 0; k < n; k++)
            {
                a += data[i + k];
                b += a;
            }
            a %= 65521;
            b %= 65521;
            i += n;
        }
        return (b << 16) | a;
    }
}
