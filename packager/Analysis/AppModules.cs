using PyPack.Compiler;

namespace PyPack.Packager.Analysis;

/// <summary>Everything an app consists of: its compiled Python modules and the native modules it uses.</summary>
public sealed record AppModules(
    IReadOnlyList<CompiledModule> Python,
    IReadOnlyList<NativeModule> Native,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The __path__ of each package (regular and namespace), by module name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PackagePaths { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Namespace packages: packages without code (folders without __init__.py).</summary>
    public IReadOnlyList<string> NamespacePackages { get; init; } = [];

    /// <summary>The package whose __main__.py is the entry point, or null for a script.</summary>
    public string? MainPackage { get; init; }

    /// <summary>The module graph, for the report and <c>--graph</c>.</summary>
    public ModuleGraph? Graph { get; init; }

    /// <summary>The data files embedded in the executable, sorted by the path they are found at.</summary>
    public IReadOnlyList<Data.DataFile> DataFiles { get; init; } = [];
}
