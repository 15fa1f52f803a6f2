using System.Buffers.Binary;
using System.Numerics;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>BLAKE2b (RFC 7693) with digest size, key, salt and personalisation.</summary>
internal sealed class Blake2b : HashEngine
{
    private static readonly ulong[] IV =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    /// <summary>The message word order of round <paramref name="round"/> (BLAKE2s uses the same table).</summary>
    internal static byte[] Schedule(int round) => Sigma[round % 10];

    private ulong[] _h;
    private ulong _compressed;
    private readonly int _digestSize;

    public Blake2b(int digestSize, ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> person) : base(128)
    {
        _digestSize = digestSize;
        _h = (ulong[])IV.Clone();
        _h[0] ^= 0x01010000UL ^ ((ulong)key.Length << 8) ^ (ulong)digestSize;
        Span<byte> block16 = stackalloc byte[16];
        block16.Clear();
        salt.CopyTo(block16);
        _h[4] ^= BinaryPrimitives.ReadUInt64LittleEndian(block16);
        _h[5] ^= BinaryPrimitives.ReadUInt64LittleEndian(block16[8..]);
        block16.Clear();
        person.CopyTo(block16);
        _h[6] ^= BinaryPrimitives.ReadUInt64LittleEndian(block16);
        _h[7] ^= BinaryPrimitives.ReadUInt64LittleEndian(block16[8..]);
        if (key.Length > 0)
        {
            var keyBlock = new byte[128];
            key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override string Name => "blake2b";
    public override int DigestSize => _digestSize;
    protected override bool KeepsLastBlock => true;

    protected override void CloneState() => _h = (ulong[])_h.Clone();

    protected override void Compress(ReadOnlySpan<byte> block, bool isLast)
    {
        _compressed += 128;
        Mix(block, _compressed, isLast);
    }

    private void Mix(ReadOnlySpan<byte> block, ulong counter, bool isLast)
    {
        Span<ulong> m = stackalloc ulong[16];
        for (var i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Span<ulong> v = stackalloc ulong[16];
        for (var i = 0; i < 8; i++)
        {
            v[i] = _h[i];
            v[i + 8] = IV[i];
        }
        v[12] ^= counter;
        if (isLast) v[14] = ~v[14];
        for (var r = 0; r < 12; r++)
        {
            var s = Schedule(r);
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

    private static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }

    protected override byte[] Finish(ReadOnlySpan<byte> tail)
    {
        var last = new byte[128];
        tail.CopyTo(last);
        Mix(last, _compressed + (ulong)tail.Length, isLast: true);
        var digest = new byte[64];
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(digest.AsSpan(i * 8), _h[i]);
        return digest[.._digestSize];
    }
}
