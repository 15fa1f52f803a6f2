// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Continue</c>.</summary>
public sealed class Continue : Stmt
{
    public override string PythonName => "Continue";
    public override IReadOnlyList<string> FieldNames => [];
    public override object? GetField(int index) => throw new ArgumentOutOfRangeException(nameof(index));
}
