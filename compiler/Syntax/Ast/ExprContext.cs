namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.expr_context</c>.</summary>
public enum ExprContext { Load, Store, Del }
