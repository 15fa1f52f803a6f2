using PyPack.Packager.Analysis;

namespace PyPack.Packager.Build;

/// <summary>What runs when a module is imported.</summary>
public enum ModuleCode
{
    /// <summary>A compiled Python module: <c>Execute(PyModule)</c> of its generated class.</summary>
    Compiled,

    /// <summary>A namespace package: a folder without __init__.py, nothing to run.</summary>
    NamespacePackage,

    /// <summary>A module of the runtime: <c>Initialize(PyModule)</c> of its type.</summary>
    Native,
}

/// <summary>
/// One row of an app's module table. The native executable (<see cref="EntryPointWriter"/>) and the
/// quick path (<see cref="QuickRunner"/>) both register exactly these rows, in this order.
/// </summary>
/// <param name="TypeName">The full name of the type whose method runs the module; null for a namespace package.</param>
/// <param name="SearchLocations">A package's __path__; null for a plain module.</param>
public sealed record ModuleTableEntry(string Name, string? FileName, ModuleCode Code, string? TypeName, IReadOnlyList<string>? SearchLocations)
{
    /// <summary>The app's compiled modules, then its namespace packages, then the runtime's modules it uses.</summary>
    public static IEnumerable<ModuleTableEntry> Of(AppModules app)
    {
        foreach (var m in app.Python) yield return new(m.ModuleName, m.FileName, ModuleCode.Compiled, GeneratedTypeName(m.ClassName), PackagePath(app, m.ModuleName));
        foreach (var name in app.NamespacePackages) yield return new(name, null, ModuleCode.NamespacePackage, null, PackagePath(app, name));
        // A native package has an empty __path__: it has no submodules on disk.
        foreach (var n in app.Native) yield return new(n.Name, null, ModuleCode.Native, n.TypeFullName, n.IsPackage ? [] : null);
    }

    /// <summary>The namespace the compiler puts every module's class in.</summary>
    public static string GeneratedTypeName(string className) => "PyPack.Generated." + className;

    private static IReadOnlyList<string>? PackagePath(AppModules app, string module) =>
        app.PackagePaths.TryGetValue(module, out var locations) ? locations : null;
}
