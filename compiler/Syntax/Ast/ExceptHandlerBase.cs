namespace PyPack.Compiler.Syntax.Ast;

/// <summary>The base of an except clause (CPython's abstract excepthandler).</summary>
public abstract class ExceptHandlerBase : Node
{
}
