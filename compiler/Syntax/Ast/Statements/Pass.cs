// Generated once from Python 3.11's Parser/Python.asdl; edit by hand from here on.
namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.Pass</c>.</summary>
public sealed class Pass : Stmt
{
    public override string PythonName => "Pass";
    public override IReadOnlyList<string> FieldNames => [];
    public override object? GetField(int index) => throw new ArgumentOutOfRangeException(nameof(index));
}
