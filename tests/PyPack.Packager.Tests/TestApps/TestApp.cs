namespace PyPack.Packager.Tests.TestApps;

/// <summary>A program under testapps/ and what CPython 3.11 printed for it.</summary>
public sealed record TestApp(string ScriptPath)
{
    public string Folder => Path.GetDirectoryName(ScriptPath)!;
    public string Name => Path.GetFileNameWithoutExtension(ScriptPath);

    /// <summary>The path relative to testapps/, which names the test case.</summary>
    public string Id => Path.GetRelativePath(Support.RepoPaths.TestApps, ScriptPath).Replace('\\', '/');

    /// <summary>A multi-module app: testapps/apps/NAME/main.py or main.entry.</summary>
    public bool IsApp => Id.StartsWith("apps/", StringComparison.Ordinal);

    /// <summary>
    /// What pypack builds: the script, or for main.entry (<c>-m pkg</c>, python3's arguments) the
    /// package folder, whose __main__.py pypack runs as <c>python -m</c> does.
    /// </summary>
    public string BuildTarget
    {
        get
        {
            if (!ScriptPath.EndsWith(".entry", StringComparison.Ordinal)) return ScriptPath;
            var args = File.ReadAllText(ScriptPath).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return args is ["-m", var module]
                ? Path.Combine(Folder, module.Replace('.', '/'))
                : Path.Combine(Folder, args[0]);
        }
    }

    /// <summary>Extra pypack options from the app's main.pypack sidecar (one per line), paths relative to the app.</summary>
    public IReadOnlyList<string> BuildOptions => File.Exists(Sibling(".pypack"))
        ? [.. File.ReadAllLines(Sibling(".pypack")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))]
        : [];

    public string ExpectedStdout => File.ReadAllText(Sibling(".out"));
    public string ExpectedStderr => File.Exists(Sibling(".err")) ? File.ReadAllText(Sibling(".err")) : "";
    public int ExpectedExitCode => File.Exists(Sibling(".exit")) ? int.Parse(File.ReadAllText(Sibling(".exit")).Trim()) : 0;

    private string Sibling(string extension) => Path.Combine(Folder, Name + extension);

    public override string ToString() => Id;
}
