using PyPack.Compiler.Diagnostics;

namespace PyPack.Compiler.Tests.Semantics;

public class UnsupportedModuleAttributesTests
{
    private static CompiledModule Compile(string source) =>
        Compilation.CompileModule("__main__", "/src/app.py", System.Text.Encoding.UTF8.GetBytes(source));

    [Theory]
    [InlineData("def calc(e):\n    return eval(e)\n", 2, 12, "eval (PyPack compiles the program ahead of time; the executable has no interpreter to run source text)")]
    [InlineData("ns = {}\nexec('x = 1', ns)\n", 2, 1, "exec (PyPack compiles the program ahead of time; the executable has no interpreter to run source text)")]
    [InlineData("run = compile\n", 1, 7, "compile (PyPack compiles the program ahead of time; the executable has no interpreter to run source text)")]
    [InlineData("if 1:\n    breakpoint()\n", 2, 5, "breakpoint (a PyPack executable has no debugger)")]
    [InlineData("print(f'{help}')\n", 1, 10, "help (it belongs to the interactive interpreter, which a PyPack executable does not have)")]
    [InlineData("x = [license for _ in '']\n", 1, 6, "license (it belongs to the interactive interpreter, which a PyPack executable does not have)")]
    public void Reading_a_builtin_the_executable_cannot_have_is_a_build_error_at_its_place(string source, int line, int column, string what)
    {
        var error = Should.Throw<CompileError>(() => Compile(source));
        var d = error.Diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCode.Unsupported);
        d.ToString().ShouldBe($"/src/app.py:{line}:{column}: unsupported: the builtin {what}");
    }

    [Fact]
    public void The_builtins_module_attribute_is_refused_too()
    {
        var error = Should.Throw<CompileError>(() => Compile("import builtins\nbuiltins.exec('x = 1')\n"));
        error.Diagnostics.ShouldHaveSingleItem().ToString().ShouldBe(
            "/src/app.py:2:1: unsupported: builtins.exec (PyPack compiles the program ahead of time; the executable has no interpreter to run source text)");
    }

    [Theory]
    [InlineData("def eval(s):\n    return s\nprint(eval('1'))\n")]
    [InlineData("def f(exec=print):\n    exec(1)\n")]
    [InlineData("def f():\n    global help\n    help = 'usage'\nf()\nprint(help)\n")]
    [InlineData("from mylib import compile\nprint(compile)\n")]
    [InlineData("print([credits for credits in range(3)])\n")]
    [InlineData("exit(0)\nquit()\n")]
    public void A_program_that_binds_the_name_itself_or_uses_exit_compiles(string source)
    {
        Compile(source).CSharp.ShouldNotBeEmpty();
    }
}
