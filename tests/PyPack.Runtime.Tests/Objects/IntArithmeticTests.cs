using System.Numerics;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Tests.Objects;

public class IntArithmeticTests
{
    private static PyObject Op(BinaryOperator op, long a, long b) => Arithmetic.Binary(op, PyInt.From(a), PyInt.From(b));

    [Theory]
    [InlineData(7L, -2L, -4L)]
    [InlineData(-7L, 2L, -4L)]
    [InlineData(7L, 2L, 3L)]
    [InlineData(long.MinValue, -1, null)]
    public void Floor_division_rounds_toward_negative_infinity(long a, long b, long? expected)
    {
        var r = (PyInt)Op(BinaryOperator.FloorDiv, a, b);
        if (expected is { } e) r.Small.ShouldBe(e);
        else r.Big.ShouldBe(-(BigInteger)long.MinValue);
    }

    [Theory]
    [InlineData(7, -2, -1)]
    [InlineData(-7, 2, 1)]
    [InlineData(-8, 3, 1)]
    public void Modulo_takes_the_divisors_sign(long a, long b, long expected) =>
        ((PyInt)Op(BinaryOperator.Mod, a, b)).Small.ShouldBe(expected);

    [Theory]
    [InlineData(8000, 4000)]
    [InlineData(700, 130)]
    [InlineData(200, 65)]
    [InlineData(256, 64)]
    [InlineData(1000, 990)]
    [InlineData(129, 128)]
    public void Long_division_agrees_with_BigInteger_for_every_sign(int dividendBits, int divisorBits)
    {
        var random = new Random(dividendBits * 7919 + divisorBits);
        for (var k = 0; k < 20; k++)
        {
            var a = RandomMagnitude(random, dividendBits);
            // Every third case an exact multiple, where the remainder is zero and the floor needs no adjustment.
            var b = RandomMagnitude(random, divisorBits);
            if (k % 3 == 0) a = b * RandomMagnitude(random, Math.Max(1, dividendBits - divisorBits));
            foreach (var (x, y) in new[] { (a, b), (-a, b), (a, -b), (-a, -b) })
            {
                var q = BigInteger.DivRem(x, y, out var r);
                if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0))
                {
                    q -= 1;
                    r += y;
                }
                var (px, py) = (PyInt.From(x), PyInt.From(y));
                ((PyInt)Arithmetic.Binary(BinaryOperator.FloorDiv, px, py)).Big.ShouldBe(q);
                ((PyInt)Arithmetic.Binary(BinaryOperator.Mod, px, py)).Big.ShouldBe(r);
                var pair = IntArithmetic.DivMod(px, py);
                ((PyInt)pair.Items[0]).Big.ShouldBe(q);
                ((PyInt)pair.Items[1]).Big.ShouldBe(r);
            }
        }
    }

    [Fact]
    public void Shifts_of_big_values_agree_with_BigInteger_for_every_length_and_count()
    {
        // Lengths from one limb to several, odd and even (the kernels take two limbs at a time),
        // and counts with and without whole limbs and with and without a bit remainder.
        var random = new Random(20261125);
        foreach (var bits in new[] { 65, 100, 128, 129, 191, 192, 193, 300, 511, 640, 1000 })
        {
            foreach (var shift in new[] { 0, 1, 13, 63, 64, 65, 127, 128, 200, 333 })
            {
                var a = RandomMagnitude(random, bits);
                foreach (var x in new[] { a, -a })
                {
                    var px = PyInt.From(x);
                    ((PyInt)Arithmetic.Binary(BinaryOperator.LShift, px, PyInt.From(shift))).Big.ShouldBe(x << shift, $"{x} << {shift}");
                    ((PyInt)Arithmetic.Binary(BinaryOperator.RShift, px, PyInt.From(shift))).Big.ShouldBe(x >> shift, $"{x} >> {shift}");
                    // A multiplication by a power of two is a shift too.
                    if (shift < 63) ((PyInt)Arithmetic.Binary(BinaryOperator.Mult, px, PyInt.From(1L << shift))).Big.ShouldBe(x << shift);
                }
            }
        }
    }

    private static BigInteger RandomMagnitude(Random random, int bits)
    {
        var bytes = new byte[(bits + 7) / 8 + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        var value = new BigInteger(bytes) & ((BigInteger.One << bits) - 1);
        return value | (BigInteger.One << (bits - 1));
    }

    [Fact]
    public void Overflow_continues_in_BigInteger()
    {
        var r = (PyInt)Op(BinaryOperator.Mult, long.MaxValue, 2);
        r.IsSmall.ShouldBeFalse();
        r.Repr().ShouldBe("18446744073709551614");
        ((PyInt)Arithmetic.Add(PyInt.From(long.MaxValue), PyInt.From(1))).Repr().ShouldBe("9223372036854775808");
        ((PyInt)Op(BinaryOperator.Pow, 2, 100)).Repr().ShouldBe("1267650600228229401496703205376");
    }

    [Fact]
    public void Results_back_in_range_become_small_again()
    {
        var big = (PyInt)Op(BinaryOperator.Mult, long.MaxValue, 2);
        ((PyInt)Arithmetic.Binary(BinaryOperator.FloorDiv, big, PyInt.From(4))).IsSmall.ShouldBeTrue();
    }

    [Fact]
    public void Shifts_and_bit_operations_act_on_twos_complement()
    {
        ((PyInt)Op(BinaryOperator.RShift, -8, 1)).Small.ShouldBe(-4);
        ((PyInt)Op(BinaryOperator.BitAnd, -1, 0xff)).Small.ShouldBe(255);
        ((PyInt)Op(BinaryOperator.LShift, 1, 64)).Repr().ShouldBe("18446744073709551616");
    }

    [Fact]
    public void True_division_is_correctly_rounded()
    {
        ((PyFloat)Op(BinaryOperator.Div, 7, 2)).Value.ShouldBe(3.5);
        var big = PyInt.From(BigInteger.Pow(2, 70));
        FloatRepr.Of(((PyFloat)Arithmetic.Binary(BinaryOperator.Div, big, PyInt.From(3))).Value).ShouldBe("3.935305402391371e+20");
        ((PyFloat)Op(BinaryOperator.Pow, 2, -1)).Value.ShouldBe(0.5);
    }

    [Fact]
    public void Division_by_zero_raises_ZeroDivisionError_with_CPythons_message()
    {
        var e = Should.Throw<PyException>(() => Op(BinaryOperator.FloorDiv, 1, 0));
        e.Value.Type.ShouldBe(ExceptionTypes.ZeroDivisionError);
        e.Value.Str().ShouldBe("integer division or modulo by zero");
        Should.Throw<PyException>(() => Op(BinaryOperator.Div, 1, 0)).Value.Str().ShouldBe("division by zero");
    }

    [Fact]
    public void Mixed_operand_errors_name_both_types()
    {
        var e = Should.Throw<PyException>(() => Arithmetic.Add(PyInt.From(1), new PyStr("a")));
        e.Value.Str().ShouldBe("unsupported operand type(s) for +: 'int' and 'str'");
        Should.Throw<PyException>(() => Arithmetic.Add(new PyStr("a"), PyInt.From(1))).Value.Str()
            .ShouldBe("can only concatenate str (not \"int\") to str");
    }

    [Theory]
    [InlineData(" 42 ", 10, "42")]
    [InlineData("-1_000", 10, "-1000")]
    [InlineData("0x1F", 0, "31")]
    [InlineData("ff", 16, "255")]
    [InlineData("99999999999999999999", 10, "99999999999999999999")]
    public void Int_parses_like_CPython(string text, int radix, string expected) =>
        IntParsing.Parse(text, radix).Repr().ShouldBe(expected);

    [Theory]
    [InlineData("1__0", 10)]
    [InlineData("_1", 10)]
    [InlineData("012", 0)]
    [InlineData("", 10)]
    public void Invalid_int_literals_raise_ValueError(string text, int radix) =>
        Should.Throw<PyException>(() => IntParsing.Parse(text, radix)).Value.Type.ShouldBe(ExceptionTypes.ValueError);

    [Fact]
    public void Int_float_comparison_is_exact()
    {
        var big = PyInt.From(BigInteger.Pow(2, 53) + 1);
        FloatComparison.Compare(big, Math.Pow(2, 53), CompareOp.Gt).ShouldBeTrue();
        FloatComparison.Compare(PyInt.From(1), double.NaN, CompareOp.Ne).ShouldBeTrue();
    }
}
