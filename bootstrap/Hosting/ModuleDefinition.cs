using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// A module the executable contains: its full dotted name, its file (null for native modules and
/// namespace packages) and the code that fills it. <paramref name="SearchLocations"/> is non-null
/// exactly for packages: it becomes <c>__path__</c> (the package's folder at build time).
/// </summary>
public sealed record ModuleDefinition(string Name, string? FileName, Action<PyModule> Execute, IReadOnlyList<string>? SearchLocations = null)
{
    public bool IsPackage => SearchLocations is not null;

    /// <summary>Implemented in C# (a native module), not compiled from Python source.</summary>
    public bool IsNative { get; init; }
}
