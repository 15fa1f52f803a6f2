namespace PyPack.Packager.Analysis;

/// <summary>
/// A module implemented in C# inside the runtime: its Python name, the class that implements it,
/// the names it exports and the modules it imports while it initialises.
/// </summary>
public sealed record NativeModule(string Name, string TypeFullName, IReadOnlySet<string> Exports, IReadOnlyList<string>? Requires = null);
