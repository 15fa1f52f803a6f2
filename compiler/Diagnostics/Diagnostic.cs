namespace PyPack.Compiler.Diagnostics;

/// <summary>A problem found at a place in a source file. Columns are 1-based, counted in characters.</summary>
public sealed record Diagnostic(DiagnosticCode Code, string FileName, int Line, int Column, string Message)
{
    /// <summary>The compiler-style one-line form: <c>app.py:3:5: unsupported: lambda</c>.</summary>
    public override string ToString() => $"{FileName}:{Line}:{Column}: {Message}";
}
