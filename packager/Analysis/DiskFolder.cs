namespace PyPack.Packager.Analysis;

/// <summary>A folder on disk.</summary>
public sealed class DiskFolder(string path) : SourceFolder
{
    public override string Path { get; } = System.IO.Path.GetFullPath(path).TrimEnd('/') is { Length: > 0 } p ? p : "/";
    public override bool HasFile(string name) => File.Exists(System.IO.Path.Combine(Path, name));
    public override bool HasFolder(string name) => Directory.Exists(System.IO.Path.Combine(Path, name));
    public override SourceFolder Folder(string name) => new DiskFolder(System.IO.Path.Combine(Path, name));
    public override byte[] ReadFile(string name) => File.ReadAllBytes(System.IO.Path.Combine(Path, name));

    public override IReadOnlyList<string> AllFiles() => Directory.Exists(Path)
        ? [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)]
        : [];
}
