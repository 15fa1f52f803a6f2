using System.Buffers.Binary;
using System.Numerics;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>SHA-1 (FIPS 180-4).</summary>
internal sealed class Sha1() : HashEngine(64)
{
    private uint[] _h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    public override string Name => "sha1";
    public override int DigestSize => 20;

    protected override void CloneState() => _h = (uint[])_h.Clone();

    protected override void Compress(ReadOnlySpan<byte> block, bool isLast)
    {
        Span<uint> w = stackalloc uint[80];
        for (var i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        for (var i = 16; i < 80; i++) w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
        for (var i = 0; i < 80; i++)
        {
            uint f, k;
            if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
            else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
            else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
            else { f = b ^ c ^ d; k = 0xCA62C1D6; }
            var temp = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = temp;
        }
        _h[0] += a;
        _h[1] += b;
        _h[2] += c;
        _h[3] += d;
        _h[4] += e;
    }

    protected override byte[] Finish(ReadOnlySpan<byte> tail)
    {
        foreach (var block in Padding.MerkleDamgard(tail, ByteCount, 64, bigEndian: true)) Compress(block, true);
        var digest = new byte[20];
        for (var i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), _h[i]);
        return digest;
    }
}
