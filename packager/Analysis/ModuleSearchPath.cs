namespace PyPack.Packager.Analysis;

/// <summary>
/// Where Python modules are looked for, in CPython's sys.path order: the script's folder,
/// <c>--paths</c> folders, PYTHONPATH, the active virtual environment's site-packages
/// (VIRTUAL_ENV) and a <c>.venv</c> next to the script, then PyPack's own standard library
/// (Lib/ shipped with the tool). A .zip or .whl file on the path is searched like a folder.
/// </summary>
public sealed class ModuleSearchPath
{
    private ModuleSearchPath(IReadOnlyList<SourceFolder> folders) => Folders = folders;

    public IReadOnlyList<SourceFolder> Folders { get; }

    /// <summary>PyPack's standard library in Python, next to the tool (bootstrap/Lib in the repository).</summary>
    public static string StandardLibrary => Path.Combine(AppContext.BaseDirectory, "Lib");

    public static ModuleSearchPath Build(string scriptFolder, IEnumerable<string> extraPaths, Func<string, string?> environment)
    {
        var entries = new List<string> { scriptFolder };
        entries.AddRange(extraPaths);
        if (environment("PYTHONPATH") is { Length: > 0 } pythonPath)
        {
            entries.AddRange(pythonPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }
        if (environment("VIRTUAL_ENV") is { Length: > 0 } venv) entries.AddRange(SitePackages(venv));
        entries.AddRange(SitePackages(Path.Combine(scriptFolder, ".venv")));
        entries.Add(StandardLibrary);
        return FromEntries(entries);
    }

    /// <summary>A search path of exactly these folders and archives (missing ones are skipped, as CPython skips them).</summary>
    public static ModuleSearchPath FromEntries(IEnumerable<string> entries)
    {
        var folders = new List<SourceFolder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var full = Path.GetFullPath(entry);
            if (!seen.Add(full)) continue;
            if (Directory.Exists(full)) folders.Add(new DiskFolder(full));
            else if (File.Exists(full) && (full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".whl", StringComparison.OrdinalIgnoreCase)))
            {
                folders.Add(ArchiveFolder.Open(full));
            }
        }
        return new ModuleSearchPath(folders);
    }

    /// <summary>lib/python3.X/site-packages of a virtual environment (Linux layout), 3.11 first.</summary>
    private static IEnumerable<string> SitePackages(string venv)
    {
        var lib = Path.Combine(venv, "lib");
        if (!Directory.Exists(lib)) return [];
        return Directory.EnumerateDirectories(lib, "python3*")
            .Order(StringComparer.Ordinal)
            .OrderByDescending(d => Path.GetFileName(d) == "python3.11")
            .Select(d => Path.Combine(d, "site-packages"))
            .Where(Directory.Exists);
    }
}
