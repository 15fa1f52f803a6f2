namespace PyPack.Compiler.Syntax.Ast;

/// <summary>CPython's <c>ast.cmpop</c>.</summary>
public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
