namespace PyPack.Runtime.Objects;

/// <summary>
/// The static description of a compiled function's signature, shared by every function object
/// the same <c>def</c> creates.
/// </summary>
public sealed class FunctionInfo(string name, string qualName, string[] parameterNames, Exceptions.CodeInfo code)
{
    public string Name { get; } = name;
    public string QualName { get; } = qualName;

    /// <summary>Positional parameter names, in order.</summary>
    public string[] ParameterNames { get; } = parameterNames;

    public Exceptions.CodeInfo Code { get; } = code;
}
