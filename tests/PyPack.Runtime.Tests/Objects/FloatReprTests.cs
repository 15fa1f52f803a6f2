using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Tests.Objects;

public class FloatReprTests
{
    // Expected values are what CPython 3.11 prints for repr(x).
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(2.5, "2.5")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e22, "1e+22")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    public void Repr_matches_CPython(double value, string expected) => FloatRepr.Of(value).ShouldBe(expected);
}
