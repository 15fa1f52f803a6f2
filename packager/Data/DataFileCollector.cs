using PyPack.Packager.Analysis;
using PyPack.Packager.Build;

namespace PyPack.Packager.Data;

/// <summary>
/// Gathers the data files an app embeds: <c>--add-data</c> sources, the non-Python files of the
/// app's own packages (those found in the script's folder), and <c>--collect-data</c> packages.
/// </summary>
public static class DataFileCollector
{
    public static IReadOnlyList<DataFile> Collect(EntryPoint entry, AppModules app, IEnumerable<DataFileSpec> specs,
        IEnumerable<string> collectPackages, ModuleFinderOptions options)
    {
        var files = new SortedDictionary<string, DataFile>(StringComparer.Ordinal);
        var root = new DiskFolder(entry.SearchRoot);
        foreach (var spec in specs)
        {
            var sources = spec.IsGlob ? spec.Matches() : [spec.Source];
            foreach (var source in sources) AddSource(files, root, spec.Destination, Path.GetFullPath(source));
        }

        // Package data of the app's own packages: those whose folder is below the script's folder.
        foreach (var (_, locations) in app.PackagePaths)
        {
            foreach (var location in locations)
            {
                // A virtual environment next to the script holds other people's packages: --collect-data takes those.
                if (IsBelow(location, root.Path) && !location.Contains("/site-packages/", StringComparison.Ordinal))
                {
                    AddPackageData(files, new DiskFolder(location));
                }
            }
        }

        var searchPath = ModuleSearchPath.Build(entry.SearchRoot, options.Paths, options.Environment);
        foreach (var package in collectPackages)
        {
            var found = LocatePackage(package, searchPath.Folders)
                ?? throw new BuildFailure($"--collect-data {package}: no package named '{package}' on the search path");
            foreach (var location in found.SearchLocations) AddPackageData(files, location);
        }
        return [.. files.Values];
    }

    private static FoundModule? LocatePackage(string name, IReadOnlyList<SourceFolder> folders)
    {
        FoundModule? current = null;
        var parts = name.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            current = FoundModule.Locate(string.Join('.', parts[..(i + 1)]), current?.SearchLocations ?? folders);
            if (current is null || !current.IsPackage) return null;
        }
        return current;
    }

    private static void AddSource(SortedDictionary<string, DataFile> files, DiskFolder root, string destination, string source)
    {
        var target = destination is "." or "" ? root.Path : root.Path + "/" + destination.TrimEnd('/');
        if (Directory.Exists(source))
        {
            var folder = new DiskFolder(source);
            foreach (var relative in folder.AllFiles()) files[target + "/" + relative] = new DataFile(target + "/" + relative, folder, relative);
        }
        else
        {
            var folder = new DiskFolder(Path.GetDirectoryName(source)!);
            var name = Path.GetFileName(source);
            files[target + "/" + name] = new DataFile(target + "/" + name, folder, name);
        }
    }

    private static void AddPackageData(SortedDictionary<string, DataFile> files, SourceFolder package)
    {
        foreach (var relative in package.AllFiles())
        {
            if (IsCode(relative)) continue;
            files.TryAdd(package.Path + "/" + relative, new DataFile(package.Path + "/" + relative, package, relative));
        }
    }

    /// <summary>Python source and bytecode are compiled in, not data.</summary>
    private static bool IsCode(string relative) =>
        relative.EndsWith(".py", StringComparison.Ordinal) || relative.EndsWith(".pyc", StringComparison.Ordinal)
        || relative.Split('/').Contains("__pycache__");

    private static bool IsBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
