namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.unaryop</c>.</summary>
public enum UnaryOperator { Invert, Not, UAdd, USub }
