namespace PyPack.Packager.Tests.TestApps;

/// <summary>A program under testapps/ and what CPython 3.11 printed for it.</summary>
public sealed record TestApp(string ScriptPath)
{
    public string Folder => Path.GetDirectoryName(ScriptPath)!;
    public string Name => Path.GetFileNameWithoutExtension(ScriptPath);

    /// <summary>The path relative to testapps/, which names the test case.</summary>
    public string Id => Path.GetRelativePath(Support.RepoPaths.TestApps, ScriptPath).Replace('\\', '/');

    public string ExpectedStdout => File.ReadAllText(Sibling(".out"));
    public string ExpectedStderr => File.Exists(Sibling(".err")) ? File.ReadAllText(Sibling(".err")) : "";
    public int ExpectedExitCode => File.Exists(Sibling(".exit")) ? int.Parse(File.ReadAllText(Sibling(".exit")).Trim()) : 0;

    private string Sibling(string extension) => Path.Combine(Folder, Name + extension);

    public override string ToString() => Id;
}
