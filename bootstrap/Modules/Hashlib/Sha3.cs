using System.Buffers.Binary;
using System.Numerics;

namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>
/// SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge. SHA-3 gives a fixed digest; SHAKE is
/// asked for any length (<see cref="HashEngine.Digest(int)"/>), and its <see cref="DigestSize"/> is 0 as in CPython.
/// </summary>
internal sealed class Sha3 : HashEngine
{
    // Round constants and rotation offsets, generated from the spec's LFSR and (x, y) walk.
    private static readonly ulong[] RoundConstants = MakeRoundConstants();
    private static readonly (int Lane, int Rotation)[] RhoPi = MakeRhoPi();

    private ulong[] _state = new ulong[25];
    private readonly int _digestSize;
    private readonly bool _shake;

    /// <param name="bits">224, 256, 384 or 512 for SHA-3; 128 or 256 for SHAKE.</param>
    public Sha3(int bits, bool shake) : base(200 - bits / 4)
    {
        _shake = shake;
        _digestSize = shake ? 0 : bits / 8;
        Name = (shake ? "shake_" : "sha3_") + bits;
    }

    public override string Name { get; }
    public override int DigestSize => _digestSize;
    public bool IsShake => _shake;

    protected override void CloneState() => _state = (ulong[])_state.Clone();

    protected override void Compress(ReadOnlySpan<byte> block, bool isLast)
    {
        for (var i = 0; i < block.Length / 8; i++) _state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Permute(_state);
    }

    protected override byte[] Finish(ReadOnlySpan<byte> tail) => Absorbed(tail, _digestSize);

    protected override byte[] Finish(ReadOnlySpan<byte> tail, int length) => Absorbed(tail, length);

    private byte[] Absorbed(ReadOnlySpan<byte> tail, int length)
    {
        var rate = BlockSize;
        var last = new byte[rate];
        tail.CopyTo(last);
        last[tail.Length] ^= _shake ? (byte)0x1f : (byte)0x06;
        last[rate - 1] ^= 0x80;
        Compress(last, isLast: true);
        var output = new byte[length];
        var lane = new byte[8];
        for (var done = 0; done < length;)
        {
            for (var i = 0; i < rate && done < length; i += 8)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(lane, _state[i / 8]);
                var take = Math.Min(8, length - done);
                lane.AsSpan(0, take).CopyTo(output.AsSpan(done));
                done += take;
            }
            if (done < length) Permute(_state);
        }
        return output;
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (var round = 0; round < 24; round++)
        {
            // theta
            for (var x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            // rho and pi: each lane moves along the walk, rotated
            var carried = a[1];
            foreach (var (lane, rotation) in RhoPi)
            {
                var next = a[lane];
                a[lane] = BitOperations.RotateLeft(carried, rotation);
                carried = next;
            }
            // chi
            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++) c[x] = a[y + x];
                for (var x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            // iota
            a[0] ^= RoundConstants[round];
        }
    }

    private static ulong[] MakeRoundConstants()
    {
        var constants = new ulong[24];
        byte lfsr = 1;
        for (var round = 0; round < 24; round++)
        {
            for (var j = 0; j < 7; j++)
            {
                if ((lfsr & 1) != 0) constants[round] ^= 1UL << ((1 << j) - 1);
                lfsr = (byte)((lfsr & 0x80) != 0 ? (lfsr << 1) ^ 0x71 : lfsr << 1);
            }
        }
        return constants;
    }

    private static (int, int)[] MakeRhoPi()
    {
        var steps = new (int, int)[24];
        int x = 1, y = 0;
        for (var t = 0; t < 24; t++)
        {
            (x, y) = (y, (2 * x + 3 * y) % 5);
            steps[t] = (x + 5 * y, (t + 1) * (t + 2) / 2 % 64);
        }
        return steps;
    }
}
