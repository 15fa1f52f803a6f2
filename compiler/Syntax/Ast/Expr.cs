namespace PyPack.Compiler.Syntax.Ast;

/// <summary>The base of an expression.</summary>
public abstract class Expr : Node
{
}
