namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// The test programs under testapps/, chosen by the same rule as testapps/regenerate.sh: every
/// .py file with recorded output except helper modules and benchmarks; in apps/NAME/ only the
/// app's main.py (or main.entry, for apps started as <c>python3 -m pkg</c>) is a program.
/// </summary>
public static class TestAppCatalog
{
    public static IEnumerable<TestApp> All() =>
        Directory.EnumerateFiles(Support.RepoPaths.TestApps, "*", SearchOption.AllDirectories)
            .Where(IsProgram)
            .Order(StringComparer.Ordinal)
            .Select(p => new TestApp(p));

    /// <summary>The multi-module apps under testapps/apps/.</summary>
    public static IEnumerable<TestApp> Apps() => All().Where(a => a.IsApp);

    public static TestApp Get(string id) => new(Path.Combine(Support.RepoPaths.TestApps, id));

    private static bool IsProgram(string path)
    {
        var relative = "/" + Path.GetRelativePath(Support.RepoPaths.TestApps, path).Replace('\\', '/');
        var parts = relative.Split('/');
        if (parts.Length > 1 && parts[1] == "apps")
        {
            return parts.Length == 4 && parts[3] is "main.py" or "main.entry" && File.Exists(Path.ChangeExtension(path, ".out"));
        }
        if (!path.EndsWith(".py", StringComparison.Ordinal)) return false;
        if (relative.Contains("/bench/") || relative.Contains("/_") || relative.Contains("/lib/") || relative.Contains("/pkg")) return false;
        if (File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "__init__.py"))) return false;
        return File.Exists(Path.ChangeExtension(path, ".out"));
    }
}
