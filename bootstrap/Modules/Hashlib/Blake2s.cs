using System.Buffers.Binary;
using System.Numerics;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>BLAKE2s (RFC 7693): BLAKE2b's 32-bit sibling, with digest size, key, salt and personalisation.</summary>
internal sealed class Blake2s : HashEngine
{
    private static readonly uint[] IV =
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    private uint[] _h;
    private ulong _compressed;
    private readonly int _digestSize;

    public Blake2s(int digestSize, ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> person) : base(64)
    {
        _digestSize = digestSize;
        _h = (uint[])IV.Clone();
        _h[0] ^= 0x01010000u ^ ((uint)key.Length << 8) ^ (uint)digestSize;
        Span<byte> block8 = stackalloc byte[8];
        block8.Clear();
        salt.CopyTo(block8);
        _h[4] ^= BinaryPrimitives.ReadUInt32LittleEndian(block8);
        _h[5] ^= BinaryPrimitives.ReadUInt32LittleEndian(block8[4..]);
        block8.Clear();
        person.CopyTo(block8);
        _h[6] ^= BinaryPrimitives.ReadUInt32LittleEndian(block8);
        _h[7] ^= BinaryPrimitives.ReadUInt32LittleEndian(block8[4..]);
        if (key.Length > 0)
        {
            var keyBlock = new byte[64];
            key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override string Name => "blake2s";
    public override int DigestSize => _digestSize;
    protected override bool KeepsLastBlock => true;

    protected override void CloneState() => _h = (uint[])_h.Clone();

    protected override void Compress(ReadOnlySpan<byte> block, bool isLast)
    {
        _compressed += 64;
        Mix(block, _compressed, isLast);
    }

    private void Mix(ReadOnlySpan<byte> block, ulong counter, bool isLast)
    {
        Span<uint> m = stackalloc uint[16];
        for (var i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        Span<uint> v = stackalloc uint[16];
        for (var i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = IV[i];
        }
        v[12] ^= (uint)counter;
        v[13] ^= (uint)(counter >> 32);
        if (isLast) v[14] = ~v[14];
        for (var r = 0; r < 10; r++)
        {
            var s = Blake2b.Schedule(r);
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (var i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    private static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }

    protected override byte[] Finish(ReadOnlySpan<byte> tail)
    {
        var last = new byte[64];
        tail.CopyTo(last);
        Mix(last, _compressed + (ulong)tail.Length, isLast: true);
        var digest = new byte[32];
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(digest.AsSpan(i * 4), _h[i]);
        return digest[.._digestSize];
    }
}
