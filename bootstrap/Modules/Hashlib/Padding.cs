using System.Buffers.Binary;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>The final blocks of MD5/SHA-1/SHA-2: 0x80, zeros, then the message length in bits.</summary>
internal static class Padding
{
    public static List<byte[]> MerkleDamgard(ReadOnlySpan<byte> tail, ulong byteCount, int blockSize, bool bigEndian)
    {
        var lengthBytes = blockSize == 128 ? 16 : 8;
        var total = tail.Length + 1 + lengthBytes <= blockSize ? blockSize : blockSize * 2;
        var padded = new byte[total];
        tail.CopyTo(padded);
        padded[tail.Length] = 0x80;
        var bits = byteCount * 8;
        if (bigEndian) BinaryPrimitives.WriteUInt64BigEndian(padded.AsSpan(total - 8), bits);
        else BinaryPrimitives.WriteUInt64LittleEndian(padded.AsSpan(total - 8), bits);
        var blocks = new List<byte[]>();
        for (var i = 0; i < total; i += blockSize) blocks.Add(padded[i..(i + blockSize)]);
        return blocks;
    }
}
