namespace PyPack.Compiler.Semantics;

public enum ScopeKind { Module, Class, Function, Lambda, Comprehension }
