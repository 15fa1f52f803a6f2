using PyPack.Runtime.Formatting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;
using Shouldly;
using Xunit;

namespace PyPack.Runtime.Tests.Formatting;

public class PercentFormatTests
{
    private static readonly PyStr Plain = new("row %d: %s|%s %i%%");

    // The plain path and the general one (taken for the '%5s' below) give the same text for each kind of item.
    [Theory]
    [InlineData(0L)]
    [InlineData(-255L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Unboxed_items_read_as_the_objects_str_and_hex_would_make(long n)
    {
        var items = new[] { Unboxed.Int(n), Unboxed.Int(n), Unboxed.Int(n), Unboxed.Int(n) };
        var expected = $"row {n}: {n}|{(n < 0 ? "-0x" + ((ulong)-(n + 1) + 1).ToString("x") : "0x" + n.ToString("x"))} {n}%";
        PercentFormat.OfUnboxed(Plain, "nsxn", items).Value.ShouldBe(expected);
        PercentFormat.OfUnboxed(new PyStr("row %d: %5s|%s %i%%"), "nsxn", items).Value.ShouldBe(expected.Replace($": {n}|", $": {n,5}|"));
    }

    [Fact]
    public void Held_objects_are_formatted_as_they_are()
    {
        var items = new[] { Unboxed.Hold(PyInt.From(3)), Unboxed.Hold(new PyStr("a")), Unboxed.Hold(new PyStr("b")), Unboxed.Float(1.5) };
        PercentFormat.OfUnboxed(Plain, "nnnn", items).Value.ShouldBe("row 3: a|b 1%");
    }
}
