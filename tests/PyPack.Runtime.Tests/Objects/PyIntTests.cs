using System.Numerics;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Tests.Objects;

public class PyIntTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("1267650600228229401496703205376")]
    public void Small_and_big_values_are_exact_ints_with_one_representation(string text)
    {
        var value = BigInteger.Parse(text);
        var i = PyInt.From(value);
        PyInt.IsExact(i).ShouldBeTrue();
        i.Type.ShouldBeSameAs(PyInt.TypeObject);
        var fits = value >= long.MinValue && value <= long.MaxValue;
        i.IsSmall.ShouldBe(fits);
        // Only a value within 64 bits is the exact class, which holds the long alone.
        (i.GetType() == typeof(PyInt)).ShouldBe(fits);
        i.Big.ShouldBe(value);
        i.Repr().ShouldBe(text);
    }

    [Fact]
    public void Bools_are_not_exact_ints()
    {
        PyInt.IsExact(PyBool.True).ShouldBeFalse();
        PyBool.True.IsSmall.ShouldBeTrue();
    }

    [Fact]
    public void Big_arithmetic_results_are_big_exact_ints()
    {
        var big = PyInt.From(BigInteger.Pow(2, 100));
        var sum = (PyInt)Arithmetic.Binary(BinaryOperator.Add, big, PyInt.From(1));
        PyInt.IsExact(sum).ShouldBeTrue();
        sum.IsSmall.ShouldBeFalse();
        sum.Big.ShouldBe(BigInteger.Pow(2, 100) + 1);
        var back = (PyInt)Arithmetic.Binary(BinaryOperator.Sub, sum, big);
        back.IsSmall.ShouldBeTrue();
        back.Small.ShouldBe(1);
    }
}
