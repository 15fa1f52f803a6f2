using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>A module the executable contains: its name, its file (null for native modules) and the code that fills it.</summary>
public sealed record ModuleDefinition(string Name, string? FileName, Action<PyModule> Execute);
