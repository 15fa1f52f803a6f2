namespace PyPack.Compiler.Syntax.Ast;

/// <summary>The base of a pattern of a match statement.</summary>
public abstract class Pattern : Node
{
}
