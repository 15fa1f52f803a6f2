namespace PyPack.Packager.Analysis;

/// <summary>
/// What runs as __main__. A script runs with its folder first on the search path. A package's
/// __main__.py (given as the file, or as the package folder) runs as <c>python -m pkg</c> does:
/// the folder above the top package is first on the path, the package is imported first, and
/// __main__'s __package__ is the package, so its relative imports work.
/// </summary>
public sealed record EntryPoint(string ScriptPath, string SearchRoot, string? MainPackage)
{
    /// <summary>The default executable name: the script's name, or the package's for a __main__.py.</summary>
    public string DefaultName => MainPackage is not null
        ? MainPackage[(MainPackage.LastIndexOf('.') + 1)..]
        : Path.GetFileNameWithoutExtension(ScriptPath) is "__main__" ? Path.GetFileName(SearchRoot) : Path.GetFileNameWithoutExtension(ScriptPath);

    public static EntryPoint Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) full = Path.Combine(full, "__main__.py");
        var folder = Path.GetDirectoryName(full)!;
        if (Path.GetFileName(full) != "__main__.py" || !File.Exists(Path.Combine(folder, "__init__.py")))
        {
            return new EntryPoint(full, folder, null);
        }
        var parts = new List<string>();
        var root = folder;
        while (File.Exists(Path.Combine(root, "__init__.py")))
        {
            parts.Insert(0, Path.GetFileName(root));
            root = Path.GetDirectoryName(root)!;
        }
        return new EntryPoint(full, root, string.Join('.', parts));
    }
}
