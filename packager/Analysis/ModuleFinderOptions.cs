namespace PyPack.Packager.Analysis;

/// <summary>
/// What steers the analysis besides the script: extra search folders (<c>--paths</c>), modules to
/// include although no import names them (<c>--hidden-import</c>), modules to leave out with
/// their submodules (<c>--exclude-module</c>), the environment (PYTHONPATH, VIRTUAL_ENV), and
/// a folder that caches each module's generated C# between builds.
/// </summary>
public sealed record ModuleFinderOptions
{
    public IReadOnlyList<string> Paths { get; init; } = [];
    public IReadOnlyList<string> HiddenImports { get; init; } = [];
    public IReadOnlyList<string> ExcludedModules { get; init; } = [];
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
    public string? CacheFolder { get; init; }

    public static ModuleFinderOptions Default { get; } = new();
}
