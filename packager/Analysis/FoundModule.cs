namespace PyPack.Packager.Analysis;

/// <summary>
/// A Python module located on the search path: a plain module (<c>m.py</c>), a package
/// (<c>p/__init__.py</c>) or a namespace package (folders <c>p/</c> without __init__.py, possibly
/// several on the path). <see cref="SearchLocations"/> becomes the package's __path__.
/// </summary>
public sealed record FoundModule(string Name, ModuleKind Kind, SourceFolder? Folder, string? FileName, IReadOnlyList<SourceFolder> SearchLocations)
{
    public bool IsPackage => Kind is ModuleKind.Package or ModuleKind.NamespacePackage;

    /// <summary>The file name tracebacks and __file__ show: the absolute path at build time.</summary>
    public string? FilePath => Folder is null || FileName is null ? null : Folder.PathOf(FileName);

    /// <summary>Finds <paramref name="name"/>'s last part in <paramref name="folders"/>, as CPython's FileFinder does.</summary>
    public static FoundModule? Locate(string name, IReadOnlyList<SourceFolder> folders)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        var portions = new List<SourceFolder>();
        foreach (var folder in folders)
        {
            if (folder.HasFolder(last))
            {
                var package = folder.Folder(last);
                if (package.HasFile("__init__.py")) return new FoundModule(name, ModuleKind.Package, package, "__init__.py", [package]);
            }
            if (folder.HasFile(last + ".py")) return new FoundModule(name, ModuleKind.Module, folder, last + ".py", []);
            if (folder.HasFolder(last)) portions.Add(folder.Folder(last));
        }
        return portions.Count > 0 ? new FoundModule(name, ModuleKind.NamespacePackage, null, null, portions) : null;
    }
}

public enum ModuleKind { Module, Package, NamespacePackage, Native, Missing, Excluded }
