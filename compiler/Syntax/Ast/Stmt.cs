namespace PyPack.Compiler.Syntax.Ast;

/// <summary>The base of a statement.</summary>
public abstract class Stmt : Node
{
}
