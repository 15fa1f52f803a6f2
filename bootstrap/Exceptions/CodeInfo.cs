namespace PyPack.Runtime.Exceptions;

/// <summary>What a traceback needs to know about a compiled function or module body.</summary>
public sealed class CodeInfo(string name, SourceInfo source, string[]? varNames = null)
{
    /// <summary>The function's parameters and local variables (co_varnames), for NameError suggestions.</summary>
    public string[] VarNames { get; } = varNames ?? [];

    /// <summary>The name tracebacks print after "in": the function's name, or &lt;module&gt;.</summary>
    public string Name { get; } = name;
    public SourceInfo Source { get; } = source;
}
