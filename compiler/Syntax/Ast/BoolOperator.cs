namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.boolop</c>.</summary>
public enum BoolOperator { And, Or }
