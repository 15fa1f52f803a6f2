using System.Numerics;
using System.Security.Cryptography;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>
/// random.SystemRandom's source: bytes from the OS (os.urandom's), shaped as CPython's
/// SystemRandom shapes them (random() from 56 bits less 3, getrandbits(k) from whole bytes).
/// </summary>
internal static class SystemEntropy
{
    public static byte[] Bytes(int n)
    {
        var data = new byte[n];
        RandomNumberGenerator.Fill(data);
        return data;
    }

    public static double NextDouble()
    {
        Span<byte> seven = stackalloc byte[8];
        RandomNumberGenerator.Fill(seven[..7]);
        seven[7] = 0;
        return (System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(seven) >> 3) * (1.0 / 9007199254740992.0);
    }

    public static ulong NextBits64(int k)
    {
        if (k == 0) return 0;
        Span<byte> eight = stackalloc byte[8];
        RandomNumberGenerator.Fill(eight);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(eight) >> (64 - k);
    }

    public static BigInteger NextBits(long k)
    {
        if (k <= 64) return NextBits64((int)k);
        var bytes = Bytes((int)((k + 7) / 8));
        return new BigInteger(bytes, isUnsigned: true) >> (int)(bytes.Length * 8 - k);
    }
}
