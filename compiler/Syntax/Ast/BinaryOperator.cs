namespace PyPack.Compiler.Syntax.Ast;

// Member names equal CPython's node names: the dumper prints them as `Add()`.

/// <summary>CPython's <c>ast.operator</c>.</summary>
public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
