using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Objects;

/// <summary>Hashes equal to CPython 3.11's, which set iteration order depends on.</summary>
[Collection(nameof(HashSeedCollection))]
public class HashTests
{
    [Theory]
    [InlineData("", 0L)]
    [InlineData("a", 4644417185603328019L)]
    [InlineData("abc", -4594863902769663758L)]
    [InlineData("hello world", -5642461784034726774L)]
    [InlineData("\u00e9", 6047309291227476195L)]
    [InlineData("\u20acuro", 7542247858446192590L)]
    [InlineData("\U0001F600x", -8926728262118538918L)]
    [InlineData("aaaaaaaaaaaaaaaaaaaa", 3291541819775287794L)]
    public void Str_hash_with_seed_0_matches_CPython(string s, long expected)
    {
        StrHash.UseSeed("0");
        StrHash.Of(s).ShouldBe(expected);
    }

    [Fact]
    public void Str_hash_with_seed_1_uses_CPythons_key_expansion()
    {
        StrHash.UseSeed("1");
        try
        {
            StrHash.Of("abc").ShouldBe(-4667308735975688587L);
        }
        finally
        {
            StrHash.UseSeed("0");
        }
    }

    [Theory]
    [InlineData(1.5, 1152921504606846977L)]
    [InlineData(-2.25, -576460752303423490L)]
    [InlineData(1e300, 1224995262755759164L)]
    [InlineData(0.1, 230584300921369408L)]
    [InlineData(1.0 / 3, 768614336404564608L)]
    public void Float_hash_matches_CPython(double value, long expected) => new PyFloat(value).Hash().ShouldBe(expected);

    [Fact]
    public void Tuple_hash_matches_CPython()
    {
        StrHash.UseSeed("0");
        Tuple(PyInt.From(1), PyInt.From(2), PyInt.From(3)).Hash().ShouldBe(529344067295497451L);
        PyTuple.Empty.Hash().ShouldBe(5740354900026072187L);
        Tuple(PyInt.From(1), new PyStr("a")).Hash().ShouldBe(3906047847676358913L);
    }

    [Fact]
    public void Int_hash_reduces_modulo_the_Mersenne_prime()
    {
        IntHash.Of(-1).ShouldBe(-2);
        IntHash.Of((1L << 61) - 1).ShouldBe(0);
        IntHash.Of(System.Numerics.BigInteger.Pow(2, 100)).ShouldBe(IntHash.Of(1L << 39));
    }

    private static PyTuple Tuple(params PyObject[] items) => PyTuple.FromArray(items);
}

[CollectionDefinition(nameof(HashSeedCollection), DisableParallelization = true)]
public class HashSeedCollection;
