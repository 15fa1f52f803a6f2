namespace PyPack.Runtime.Objects;

/// <summary>
/// The static description of a compiled function's signature, shared by every function object
/// the same <c>def</c> creates. The body takes, in order: the positional parameters, the
/// <c>*args</c> tuple, the keyword-only parameters, the <c>**kwargs</c> dict.
/// </summary>
public sealed class FunctionInfo
{
    public FunctionInfo(string name, string qualName, string[] parameterNames, Exceptions.CodeInfo code,
        int positionalOnly = 0, string[]? keywordOnly = null, string? varArgs = null, string? varKeywords = null)
    {
        Name = name;
        QualName = qualName;
        ParameterNames = parameterNames;
        Code = code;
        PositionalOnly = positionalOnly;
        KeywordOnly = keywordOnly ?? [];
        VarArgs = varArgs;
        VarKeywords = varKeywords;
        IsSimple = varArgs is null && varKeywords is null && KeywordOnly.Length == 0;
        // The code object (co_argcount, co_flags...) describes the parameters of the function made from it.
        code.Function ??= this;
    }

    public string Name { get; }
    public string QualName { get; }

    /// <summary>Positional parameter names (positional-only ones first), in order.</summary>
    public string[] ParameterNames { get; }

    /// <summary>How many of <see cref="ParameterNames"/> are positional-only.</summary>
    public int PositionalOnly { get; }

    public string[] KeywordOnly { get; }

    /// <summary>The <c>*args</c> parameter's name, or null.</summary>
    public string? VarArgs { get; }

    /// <summary>The <c>**kwargs</c> parameter's name, or null.</summary>
    public string? VarKeywords { get; }

    public Exceptions.CodeInfo Code { get; }

    /// <summary>How many values the body takes.</summary>
    public int BodyArity => ParameterNames.Length + (VarArgs is null ? 0 : 1) + KeywordOnly.Length + (VarKeywords is null ? 0 : 1);

    /// <summary>Whether positional arguments alone fill the body (no *args, keyword-only or **kwargs).</summary>
    public bool IsSimple { get; }
}
