namespace PyPack.Packager.Tests.TestApps;

/// <summary>
/// The test programs under testapps/, chosen by the same rule as testapps/regenerate.sh:
/// every .py file with recorded output except helper modules and benchmarks.
/// </summary>
public static class TestAppCatalog
{
    public static IEnumerable<TestApp> All() =>
        Directory.EnumerateFiles(Support.RepoPaths.TestApps, "*.py", SearchOption.AllDirectories)
            .Where(IsProgram)
            .Order(StringComparer.Ordinal)
            .Select(p => new TestApp(p));

    public static TestApp Get(string id) => new(Path.Combine(Support.RepoPaths.TestApps, id));

    private static bool IsProgram(string path)
    {
        var relative = "/" + Path.GetRelativePath(Support.RepoPaths.TestApps, path).Replace('\\', '/');
        if (relative.Contains("/bench/") || relative.Contains("/_") || relative.Contains("/lib/") || relative.Contains("/pkg")) return false;
        if (File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "__init__.py"))) return false;
        return File.Exists(Path.ChangeExtension(path, ".out"));
    }
}
