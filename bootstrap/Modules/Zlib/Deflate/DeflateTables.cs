namespace PyPack.Runtime.Modules.Zlib.Deflate;

/// <summary>
/// The fixed tables of deflate (RFC 1951 3.2.5 and 3.2.6): length and distance codes with their
/// bases and extra bits, the order code length codes are sent in, and the fixed Huffman codes.
/// </summary>
internal static class DeflateTables
{
    public const int LengthCodes = 29;
    public const int Literals = 256;
    public const int LCodes = Literals + 1 + LengthCodes;
    public const int DCodes = 30;
    public const int BlCodes = 19;
    public const int HeapSize = 2 * LCodes + 1;
    public const int MaxBits = 15;
    public const int MaxBlBits = 7;
    public const int EndBlock = 256;
    public const int Rep3To6 = 16;
    public const int RepZero3To10 = 17;
    public const int RepZero11To138 = 18;

    public static readonly int[] ExtraLBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    public static readonly int[] ExtraDBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    public static readonly int[] ExtraBlBits = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
    public static readonly byte[] BlOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>Length code (0-28) of a match length minus 3.</summary>
    public static readonly byte[] LengthCode = new byte[256];
    public static readonly int[] BaseLength = new int[LengthCodes];
    /// <summary>Distance code of distance-1: the first 256 entries directly, then by (distance-1) >> 7.</summary>
    private static readonly byte[] DistCode = new byte[512];
    public static readonly int[] BaseDist = new int[DCodes];

    /// <summary>The fixed literal/length tree (288 codes) and distance tree (30 codes): codes and lengths.</summary>
    public static readonly ushort[] StaticLCode = new ushort[LCodes + 2];
    public static readonly ushort[] StaticLLen = new ushort[LCodes + 2];
    public static readonly ushort[] StaticDCode = new ushort[DCodes];
    public static readonly ushort[] StaticDLen = new ushort[DCodes];

    static DeflateTables()
    {
        var length = 0;
        for (var code = 0; code < LengthCodes - 1; code++)
        {
            BaseLength[code] = length;
            for (var n = 0; n < 1 << ExtraLBits[code]; n++) LengthCode[length++] = (byte)code;
        }
        // Length 258 (255 here) has its own code without extra bits, not 227 + 31.
        LengthCode[255] = LengthCodes - 1;
        var dist = 0;
        for (var code = 0; code < 16; code++)
        {
            BaseDist[code] = dist;
            for (var n = 0; n < 1 << ExtraDBits[code]; n++) DistCode[dist++] = (byte)code;
        }
        dist >>= 7;
        for (var code = 16; code < DCodes; code++)
        {
            BaseDist[code] = dist << 7;
            for (var n = 0; n < 1 << (ExtraDBits[code] - 7); n++) DistCode[256 + dist++] = (byte)code;
        }
        Span<ushort> count = stackalloc ushort[MaxBits + 1];
        for (var n = 0; n < LCodes + 2; n++)
        {
            StaticLLen[n] = (ushort)(n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8);
            count[StaticLLen[n]]++;
        }
        AssignCodes(StaticLCode, StaticLLen, LCodes + 1, count);
        for (var n = 0; n < DCodes; n++)
        {
            StaticDLen[n] = 5;
            StaticDCode[n] = (ushort)Reverse(n, 5);
        }
    }

    /// <summary>The distance code of a distance minus one.</summary>
    public static int DistanceCode(int dist) => dist < 256 ? DistCode[dist] : DistCode[256 + (dist >> 7)];

    public static int Reverse(int code, int length)
    {
        var result = 0;
        do
        {
            result |= code & 1;
            code >>= 1;
            result <<= 1;
        }
        while (--length > 0);
        return result >> 1;
    }

    /// <summary>Canonical codes (bit-reversed, as they are sent) for codes 0..maxCode from their lengths and the count of each length.</summary>
    public static void AssignCodes(ushort[] codes, ushort[] lengths, int maxCode, ReadOnlySpan<ushort> lengthCount)
    {
        Span<ushort> next = stackalloc ushort[MaxBits + 1];
        var code = 0;
        for (var bits = 1; bits <= MaxBits; bits++)
        {
            code = (code + lengthCount[bits - 1]) << 1;
            next[bits] = (ushort)code;
        }
        for (var n = 0; n <= maxCode; n++)
        {
            int len = lengths[n];
            if (len == 0) continue;
            codes[n] = (ushort)Reverse(next[len]++, len);
        }
    }
}
