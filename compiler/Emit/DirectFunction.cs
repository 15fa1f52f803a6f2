namespace PyPack.Compiler.Emit;

/// <summary>
/// A module-level def that calls may reach directly: its C# method, the static field holding the
/// function object the def made (the guard compares the global's value with it), its parameters,
/// and (not for a generator) the body variant that returns null with the exception pending
/// (Runtime.Exceptions.PendingException) where the entry would throw it.
/// </summary>
public sealed record DirectFunction(string Name, string Method, string Field, int PositionalOnly, IReadOnlyList<string> Parameters, int DefaultCount, string? Variant);
