namespace PyPack.Packager.Analysis;

/// <summary>A module implemented in C# inside the runtime: its Python name, the class that implements it and the names it exports.</summary>
public sealed record NativeModule(string Name, string TypeFullName, IReadOnlySet<string> Exports);
