namespace PyPack.Packager.Analysis;

/// <summary>
/// A module implemented in C# inside the runtime: its Python name, the class that implements it
/// and the names it exports. A native module with native submodules (importlib and
/// importlib.resources) is a package, so <c>from importlib import resources</c> works.
/// </summary>
public sealed record NativeModule(string Name, string TypeFullName, IReadOnlySet<string> Exports)
{
    public bool IsPackage { get; init; }

    /// <summary>Modules it imports at run time ([PythonRequires]): they go into every app that uses it.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>
    /// Modules one export imports at run time ([PythonRequires(WhenRead = ...)]): they go into an app
    /// only when its code mentions that export's name (see <see cref="NameMentions"/>).
    /// </summary>
    public IReadOnlyList<(string Module, string Export)> RequiresWhenRead { get; init; } = [];
}
