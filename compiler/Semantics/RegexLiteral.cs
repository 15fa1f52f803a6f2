namespace PyPack.Compiler.Semantics;

/// <summary>
/// A pattern given as a str literal to one of re's module functions (<c>re.compile(r"\d+")</c>):
/// the packager translates it at build time so the native executable can carry it precompiled.
/// </summary>
/// <param name="Pattern">The pattern's text.</param>
/// <param name="Flags">The flags as a Python expression over the module <c>re</c> (<c>0</c>, <c>re.I|re.M</c>).</param>
/// <param name="Function">The re function it was passed to (compile, search, match, findall...), which tells how it will be matched.</param>
public sealed record RegexLiteral(string Pattern, string Flags, string Function);
