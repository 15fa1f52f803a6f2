using System.Buffers.Binary;
using System.Numerics;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>MD5 (RFC 1321).</summary>
internal sealed class Md5() : HashEngine(64)
{
    private static readonly uint[] K = CreateK();
    private static readonly int[] R =
    [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];

    private uint[] _h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

    public override string Name => "md5";
    public override int DigestSize => 16;

    private static uint[] CreateK()
    {
        var k = new uint[64];
        for (var i = 0; i < 64; i++) k[i] = (uint)(long)System.Math.Floor(System.Math.Abs(System.Math.Sin(i + 1)) * 4294967296.0);
        return k;
    }

    protected override void CloneState() => _h = (uint[])_h.Clone();

    protected override void Compress(ReadOnlySpan<byte> block, bool isLast)
    {
        Span<uint> m = stackalloc uint[16];
        for (var i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3];
        for (var i = 0; i < 64; i++)
        {
            uint f;
            int g;
            if (i < 16) { f = (b & c) | (~b & d); g = i; }
            else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) % 16; }
            else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) % 16; }
            else { f = c ^ (b | ~d); g = 7 * i % 16; }
            var temp = d;
            d = c;
            c = b;
            b += BitOperations.RotateLeft(a + f + K[i] + m[g], R[i]);
            a = temp;
        }
        _h[0] += a;
        _h[1] += b;
        _h[2] += c;
        _h[3] += d;
    }

    protected override byte[] Finish(ReadOnlySpan<byte> tail)
    {
        foreach (var block in Padding.MerkleDamgard(tail, ByteCount, 64, bigEndian: false)) Compress(block, true);
        var digest = new byte[16];
        for (var i = 0; i < 4; i++) BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(i * 4), _h[i]);
        return digest;
    }
}
