namespace PyPack.Compiler.Emit;

/// <summary>
/// A module-level def that calls may reach directly: its C# method, the static field holding the
/// function object the def made (the guard compares the global's value with it), its parameters,
/// and (not for a generator) the body variant that returns null with the exception pending
/// (Runtime.Exceptions.PendingException) where the entry would throw it.
/// A def whose returns are numbers also gets a numeric entry (<see cref="NumericEntry"/>): the body
/// takes its number parameters and returns its result as Runtime.Operations.Unboxed structs (the
/// default struct when the exception is pending), and the other two entries box around it.
/// </summary>
public sealed record DirectFunction(string Name, string Method, string Field, int PositionalOnly, IReadOnlyList<string> Parameters, int DefaultCount, string? Variant)
{
    /// <summary>
    /// The body variant's method, or null (a generator). Direct methods have one too, called by
    /// <c>o.name(...)</c> under a handler or in another variant (ModuleEmitter.DirectMethodCallHelper).
    /// </summary>
    public string? Variant { get; set; } = Variant;

    /// <summary>Whether this is a method of a module-level class, called as <c>o.name(...)</c> with o first.</summary>
    public bool IsMethod { get; init; }

    /// <summary>The keyword-only parameters' names, in order (the body takes them after the *args tuple).</summary>
    public IReadOnlyList<string> KeywordOnly { get; init; } = [];

    /// <summary>Whether the def has a <c>*args</c> parameter.</summary>
    public bool VarArgs { get; init; }

    /// <summary>Whether the def has a <c>**kwargs</c> parameter.</summary>
    public bool VarKeywords { get; init; }

    /// <summary>Positional parameters only: the body takes exactly <see cref="Parameters"/>.</summary>
    public bool IsSimple => !VarArgs && !VarKeywords && KeywordOnly.Count == 0;

    /// <summary>The method of the numeric entry, or null.</summary>
    public string? NumericEntry { get; set; }

    /// <summary>With a numeric entry: the body's unboxed locals (its signature's Unboxed parameters among them).</summary>
    public HashSet<string> UnboxedLocals { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether parameter <paramref name="i"/> is passed to the numeric entry unboxed.</summary>
    public bool UnboxedParameter(int i) => UnboxedLocals.Contains(Parameters[i]);
}
