namespace PyPack.Compiler.Syntax.Ast;

/// <summary>The base of a module, the root of a parse.</summary>
public abstract class Mod : Node
{
}
