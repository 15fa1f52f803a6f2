using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Lowering;

/// <summary>
/// An expression already evaluated into a C# temporary: what await spilling (see
/// StatementEmitter.Await) leaves in place of an await and of the operands evaluated before it.
/// Never produced by the parser; the expression emitter emits the temporary.
/// </summary>
public sealed class SpilledValue(string code) : Expr
{
    public string Code { get; } = code;
    public override string PythonName => "SpilledValue";
    public override IReadOnlyList<string> FieldNames => [];
    public override object? GetField(int index) => throw new ArgumentOutOfRangeException(nameof(index));
}
