using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Tests.Semantics;

public class ScopeBuilderTests
{
    private static ScopeTable Build(string source, out Module module)
    {
        module = PythonParser.Parse(source, "t.py");
        return ScopeBuilder.Build(module);
    }

    private static Scope Function(ScopeTable table, Module module, int index = 0) =>
        table[module.Body.OfType<FunctionDef>().ElementAt(index)];

    [Fact]
    public void Assigned_names_are_local_and_others_global()
    {
        var table = Build("def f(a):\n    b = a + c\n    return len(b)\n", out var m);
        var f = Function(table, m);
        f.Lookup("a").ShouldBe(SymbolKind.Local);
        f.Lookup("b").ShouldBe(SymbolKind.Local);
        f.Lookup("c").ShouldBe(SymbolKind.GlobalImplicit);
        f.Lookup("len").ShouldBe(SymbolKind.GlobalImplicit);
        f.Parameters.ShouldBe(["a"]);
    }

    [Fact]
    public void Global_declaration_wins_over_assignment()
    {
        var table = Build("def f():\n    global n\n    n = 1\n", out var m);
        Function(table, m).Lookup("n").ShouldBe(SymbolKind.GlobalExplicit);
    }

    [Fact]
    public void Variable_used_by_nested_function_becomes_a_cell()
    {
        var table = Build("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n", out var m);
        var outer = Function(table, m);
        outer.Lookup("x").ShouldBe(SymbolKind.Cell);
        outer.Children.Single().Lookup("x").ShouldBe(SymbolKind.Free);
        outer.Children.Single().QualifiedName.ShouldBe("outer.<locals>.inner");
    }

    [Fact]
    public void Free_variables_pass_through_intermediate_functions()
    {
        var table = Build("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n", out var m);
        var a = Function(table, m);
        var b = a.Children.Single();
        a.Lookup("v").ShouldBe(SymbolKind.Cell);
        b.Lookup("v").ShouldBe(SymbolKind.Free);
        b.Children.Single().Lookup("v").ShouldBe(SymbolKind.Free);
    }

    [Fact]
    public void Class_namespace_is_not_visible_to_methods()
    {
        var table = Build("class A:\n    y = 1\n    def m(self):\n        return y\n", out var m);
        var cls = table[m.Body.OfType<ClassDef>().Single()];
        cls.Lookup("y").ShouldBe(SymbolKind.Local);
        cls.Children.Single().Lookup("y").ShouldBe(SymbolKind.GlobalImplicit);
        cls.Children.Single().QualifiedName.ShouldBe("A.m");
    }

    [Fact]
    public void Comprehension_has_its_own_scope_but_walrus_binds_outside()
    {
        var table = Build("def f(xs):\n    r = [y := x for x in xs]\n    return y\n", out var m);
        var f = Function(table, m);
        var comp = f.Children.Single();
        comp.Kind.ShouldBe(ScopeKind.Comprehension);
        comp.Lookup("x").ShouldBe(SymbolKind.Local);
        f.Lookup("y").ShouldBe(SymbolKind.Cell);
        f.Lookup("xs").ShouldBe(SymbolKind.Local);
    }

    [Fact]
    public void Module_level_names_are_globals()
    {
        var table = Build("import os\nx = 1\nfor i in range(3): pass\n", out _);
        table.Module.Lookup("x").ShouldBe(SymbolKind.GlobalImplicit);
        table.Module.Lookup("os").ShouldBe(SymbolKind.GlobalImplicit);
        table.Module.Bound.ShouldBe(["os", "x", "i"]);
    }
}
