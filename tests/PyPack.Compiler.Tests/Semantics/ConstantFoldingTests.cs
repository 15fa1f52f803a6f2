using System.Numerics;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Tests.Semantics;

public class ConstantFoldingTests
{
    private static Expr Expression(string source) => ((ExprStmt)PythonParser.Parse(source + "\n", "t.py").Body[0]).Value;

    private static object? Folded(string source) => ConstantFolding.TryFold(Expression(source), out var v) ? v : "not folded";

    [Fact]
    public void Int_arithmetic_folds_within_128_bits() => Folded("2**31 - 2").ShouldBe(new BigInteger(2147483646));

    [Fact]
    public void Ints_past_cpython_s_limits_are_not_folded()
    {
        Folded("1 << 200").ShouldBe("not folded");
        Folded("2**129").ShouldBe("not folded");
        Folded("2**64 * 2**64 * 2").ShouldBe("not folded");
        Folded("2**128").ShouldBe("not folded");
        Folded("2**64 * 2**64").ShouldBe("not folded");
        Folded("2**63 * 2**63").ShouldBe(BigInteger.Pow(2, 126));
    }

    [Fact]
    public void Operations_that_raise_are_not_folded()
    {
        Folded("1 // 0").ShouldBe("not folded");
        Folded("1 << -1").ShouldBe("not folded");
        Folded("-'a'").ShouldBe("not folded");
        Folded("'a%d' % 5").ShouldBe("not folded");
    }

    [Fact]
    public void Bool_operators_keep_bools_and_arithmetic_makes_ints()
    {
        Folded("True | False").ShouldBe(true);
        Folded("True + True").ShouldBe(new BigInteger(2));
        Folded("not 0").ShouldBe(true);
    }

    [Fact]
    public void Sequences_repeat_within_limits()
    {
        Folded("'ab' * 3").ShouldBe("ababab");
        Folded("'ab' * 3000").ShouldBe("not folded");
        Folded("(1, 2) * 128").ShouldBeOfType<FoldedTuple>().Items.Count.ShouldBe(256);
        Folded("(1, 2) * 129").ShouldBe("not folded");
    }

    [Fact]
    public void Tuples_of_constants_fold_and_compare_by_item_type() =>
        Folded("(1, 'a', (2.5, None))").ShouldBe(new FoldedTuple([BigInteger.One, "a", new FoldedTuple([2.5, null])]));

    [Fact]
    public void Numbers_mix_into_floats_and_complexes()
    {
        Folded("7 / 2").ShouldBe(3.5);
        Folded("1 + 2j").ShouldBe(new Complex(1, 2));
        Folded("2**-1").ShouldBe(0.5);
    }
}
