namespace PyPack.Packager.Tests.Support;

/// <summary>Where the repository and its parts are, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestApps => Path.Combine(Root, "testapps");

    /// <summary>The built pypack command (the packager's own output), for tests that run it as users do.</summary>
    public static string PypackDll => typeof(PyPack.Packager.Cli.PyPackCli).Assembly.Location;

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "PyPack.sln"))) return dir;
        }
        throw new InvalidOperationException("cannot find the repository root (PyPack.sln) above " + AppContext.BaseDirectory);
    }
}
