using System.Numerics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Randomness;

/// <summary>
/// An instance of <c>random.Random</c>: a Mersenne Twister plus the derivations CPython's
/// random.py makes from it (_randbelow by rejection over getrandbits, sample's two strategies,
/// gauss's cached second value), so every seed gives CPython's sequence.
/// </summary>
public sealed partial class PyRandom : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    /// <summary>random.SystemRandom: the same methods over the OS's entropy, without state.</summary>
    public static readonly PyType SystemTypeObject = CreateSystemType();

    private readonly MersenneTwister _twister = new();
    private readonly bool _system;
    private double? _gaussNext;

    public PyRandom() { }

    private PyRandom(bool system) => _system = system;

    public override PyType Type => _system ? SystemTypeObject : TypeObject;

    public double NextDouble() => _system ? SystemEntropy.NextDouble() : _twister.NextDouble();

    private ulong NextBits64(int k) => _system ? SystemEntropy.NextBits64(k) : _twister.NextBits64(k);

    private BigInteger NextBits(long k) => _system ? SystemEntropy.NextBits(k) : _twister.NextBits(k);

    /// <summary>seed(a): None from the OS, ints by absolute value, str/bytes through SHA-512, others by hash.</summary>
    public void Seed(PyObject a)
    {
        _gaussNext = null;
        switch (a)
        {
            case PyNone:
                var words = new uint[624];
                System.Random.Shared.NextBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(words.AsSpan()));
                _twister.InitByArray(words);
                return;
            case PyInt i:
                _twister.Seed(BigInteger.Abs(i.Big));
                return;
            case PyStr s:
                var text = System.Text.Encoding.UTF8.GetBytes(s.Value);
                var bytes = new byte[text.Length + 64];
                text.CopyTo(bytes, 0);
                Sha512.Hash(text).CopyTo(bytes, text.Length);
                _twister.Seed(new BigInteger(bytes, isUnsigned: true, isBigEndian: true));
                return;
            case PyFloat:
                _twister.Seed(unchecked((ulong)Hashing.Hash(a)));
                return;
            default:
                throw Errors.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }

    /// <summary>A uniform int in [0, n) for n &gt; 0: draws bit_length(n) bits until below n.</summary>
    public BigInteger RandBelow(BigInteger n)
    {
        var k = (long)n.GetBitLength();
        if (k <= 64)
        {
            var limit = (ulong)n;
            var r = NextBits64((int)k);
            while (r >= limit) r = NextBits64((int)k);
            return r;
        }
        var big = NextBits(k);
        while (big >= n) big = NextBits(k);
        return big;
    }

    public int RandBelow(int n)
    {
        var k = BitOperations.Log2((uint)n) + 1;
        var r = NextBits64(k);
        while (r >= (ulong)n) r = NextBits64(k);
        return (int)r;
    }

    public BigInteger GetRandBits(PyObject k)
    {
        var bits = Conversions.ToIndex(k);
        if (bits < 0) throw Errors.ValueError("number of bits must be non-negative");
        return NextBits(bits);
    }

    public double Gauss(double mu, double sigma)
    {
        var z = _gaussNext;
        _gaussNext = null;
        if (z is null)
        {
            var x2pi = NextDouble() * System.Math.Tau;
            var g2rad = System.Math.Sqrt(-2.0 * System.Math.Log(1.0 - NextDouble()));
            z = System.Math.Cos(x2pi) * g2rad;
            _gaussNext = System.Math.Sin(x2pi) * g2rad;
        }
        return mu + z.Value * sigma;
    }

    public PyTuple GetState() => PyTuple.Of(PyInt.From(3), _twister.GetState(), _gaussNext is { } g ? new PyFloat(g) : PyNone.Instance);

    public void SetState(PyObject state)
    {
        if (state is not PyTuple t || t.Count != 3) throw Errors.TypeError("state vector must be a tuple");
        if (t[0] is not PyInt { IsSmall: true, Small: 3 })
        {
            throw Errors.ValueError($"state with version {t[0].Str()} passed to Random.setstate() of version 3");
        }
        if (t[1] is not PyTuple inner || inner.Count != 625) throw Errors.ValueError("state vector is the wrong size");
        var words = new uint[624];
        for (var i = 0; i < 624; i++)
        {
            words[i] = inner[i] is PyInt w && w.Big >= 0 && w.Big <= uint.MaxValue ? (uint)w.Big : throw Errors.OverflowError("Python int too large to convert to C unsigned long");
        }
        var index = inner[624] is PyInt ix && ix.Big >= 0 && ix.Big <= 624 ? (int)ix.Big : throw Errors.ValueError("invalid state");
        _twister.SetState(words, index);
        _gaussNext = t[2] is PyFloat f ? f.Value : null;
    }
}
