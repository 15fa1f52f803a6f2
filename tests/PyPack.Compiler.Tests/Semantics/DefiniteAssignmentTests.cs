using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Tests.Semantics;

public class DefiniteAssignmentTests
{
    /// <summary>The names of the safe reads in the first def of <paramref name="source"/>, in source order.</summary>
    private static List<string> SafeReads(string source)
    {
        var f = PythonParser.Parse(source, "t.py").Body.OfType<FunctionDef>().First();
        var parameters = f.Args.Posonlyargs.Concat(f.Args.Args).Select(a => a.ArgValue);
        return DefiniteAssignment.SafeReads(parameters, f.Body).OrderBy(n => (n.Line, n.Col)).Select(n => n.Id).ToList();
    }

    [Fact]
    public void Parameters_and_earlier_plain_assignments_are_safe() =>
        SafeReads("def f(a):\n    b = a\n    if a:\n        c = b\n    return a, b, c\n").ShouldBe(["a", "a", "b", "a", "b"]);

    [Fact]
    public void A_loop_s_target_and_body_bindings_are_safe_in_its_body_only() =>
        SafeReads("def f(n):\n    for i in n:\n        x = i\n        y = x\n    return i, x\n").ShouldBe(["n", "i", "x"]);

    [Fact]
    public void After_an_if_what_every_completing_branch_binds_is_safe() =>
        SafeReads("def f(a):\n    if a:\n        b = 1\n    else:\n        return\n    return b\n").ShouldBe(["a", "b"]);

    [Fact]
    public void A_handler_sees_only_what_was_bound_before_the_try() =>
        SafeReads("def f(a):\n    try:\n        b = a\n        c = b\n    except E:\n        return b\n    return c\n").ShouldBe(["a", "b", "c"]);

    [Fact]
    public void A_with_body_s_bindings_do_not_count_after_it_and_walrus_targets_keep_their_checks() =>
        SafeReads("def f(a):\n    with a as m:\n        b = m\n    k = (w := a) + w\n    return b, m, w\n").ShouldBe(["a", "m", "a", "m"]);

    [Fact]
    public void A_read_in_the_statement_that_binds_is_not_safe() =>
        SafeReads("def f():\n    x = x + 1\n    return x\n").ShouldBe(["x"]);

    [Fact]
    public void Deleted_names_and_except_targets_keep_their_checks() =>
        SafeReads("def f(a, e):\n    b = 1\n    del b\n    try:\n        pass\n    except E as e:\n        pass\n    return a, b, e\n").ShouldBe(["a"]);

    [Fact]
    public void Lambdas_and_defs_are_not_looked_into() =>
        SafeReads("def f(a):\n    g = lambda: a\n    def h():\n        return a\n    return g, h\n").ShouldBe(["g", "h"]);

    [Fact]
    public void Comprehensions_read_enclosing_names_and_the_targets_of_the_loops_around_each_part() =>
        SafeReads("def f(a):\n    g = lambda: a\n    return [a + x + y for x in g() if x for y in x if z for z in y]\n")
            .ShouldBe(["a", "x", "y", "g", "x", "x", "y"]);

    [Fact]
    public void A_nested_comprehension_s_own_variable_shadows_the_enclosing_one() =>
        SafeReads("def f(x):\n    return [[x for y in x if x for x in y] for x in x]\n").ShouldBe(["x", "x", "y", "x"]);
}
