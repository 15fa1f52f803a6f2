using System.Numerics;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>MT19937 seeded as CPython's _random does (init_by_array over the seed's 32-bit words).</summary>
public sealed class MersenneTwister
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _state = new uint[N];
    private int _index = N + 1;

    private void InitGenrand(uint seed)
    {
        _state[0] = seed;
        for (var i = 1; i < N; i++)
        {
            _state[i] = 1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i;
        }
        _index = N;
    }

    public void InitByArray(ReadOnlySpan<uint> key)
    {
        InitGenrand(19650218u);
        int i = 1, j = 0;
        for (var k = System.Math.Max(N, key.Length); k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N) { _state[0] = _state[N - 1]; i = 1; }
            if (j >= key.Length) j = 0;
        }
        for (var k = N - 1; k > 0; k--)
        {
            _state[i] = (_state[i] ^ ((_state[i - 1] ^ (_state[i - 1] >> 30)) * 1566083941u)) - (uint)i;
            i++;
            if (i >= N) { _state[0] = _state[N - 1]; i = 1; }
        }
        _state[0] = 0x80000000u;
    }

    /// <summary>Seeds from a non-negative integer: its 32-bit words, least significant first.</summary>
    public void Seed(BigInteger n)
    {
        var words = new List<uint>();
        while (!n.IsZero)
        {
            words.Add((uint)(n & uint.MaxValue));
            n >>= 32;
        }
        if (words.Count == 0) words.Add(0);
        InitByArray(words.ToArray());
    }

    public uint NextUInt32()
    {
        if (_index >= N)
        {
            for (var kk = 0; kk < N; kk++)
            {
                var y = (_state[kk] & 0x80000000u) | (_state[(kk + 1) % N] & 0x7fffffffu);
                _state[kk] = _state[(kk + M) % N] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908b0dfu : 0u);
            }
            _index = 0;
        }
        var v = _state[_index++];
        v ^= v >> 11;
        v ^= (v << 7) & 0x9d2c5680u;
        v ^= (v << 15) & 0xefc60000u;
        v ^= v >> 18;
        return v;
    }

    /// <summary>random(): 53 bits from two draws, as CPython's genrand_res53.</summary>
    public double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>getrandbits(k) for k &lt;= 64 without allocation.</summary>
    public ulong NextBits64(int k)
    {
        if (k == 0) return 0;
        if (k <= 32) return NextUInt32() >> (32 - k);
        ulong low = NextUInt32();
        ulong high = NextUInt32() >> (64 - k);
        return low | (high << 32);
    }

    /// <summary>getrandbits(k): 32-bit words filled least significant first, the last one truncated.</summary>
    public BigInteger NextBits(long k)
    {
        if (k <= 64) return NextBits64((int)k);
        var words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4 + 1];
        var remaining = k;
        for (var w = 0; w < words; w++, remaining -= 32)
        {
            var r = NextUInt32();
            if (remaining < 32) r >>= (int)(32 - remaining);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(w * 4, 4), r);
        }
        return new BigInteger(bytes);
    }

    public PyPack.Runtime.Objects.PyTuple GetState()
    {
        var items = new PyPack.Runtime.Objects.PyObject[N + 1];
        for (var i = 0; i < N; i++) items[i] = PyPack.Runtime.Objects.PyInt.From(_state[i]);
        items[N] = PyPack.Runtime.Objects.PyInt.From(_index);
        return PyPack.Runtime.Objects.PyTuple.FromArray(items);
    }

    public void SetState(ReadOnlySpan<uint> state, int index)
    {
        state.CopyTo(_state);
        _index = index;
    }
}
