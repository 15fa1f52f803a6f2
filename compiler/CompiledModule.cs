namespace PyPack.Compiler;

/// <summary>A module translated to C#: the class <see cref="ClassName"/> has <c>Execute(PyModule)</c>.</summary>
public sealed record CompiledModule(string ModuleName, string FileName, string ClassName, string CSharp, IReadOnlyList<string> Imports)
{
    /// <summary>Patterns the module passes to re as literals, for the native build to precompile.</summary>
    public IReadOnlyList<Semantics.RegexLiteral> RegexLiterals { get; init; } = [];
}
