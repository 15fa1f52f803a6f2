namespace PyPack.Compiler.Diagnostics;

/// <summary>Compilation stopped: the diagnostics say where and why.</summary>
public sealed class CompileError(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
