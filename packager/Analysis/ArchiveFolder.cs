using ICSharpCode.SharpZipLib.Zip;

namespace PyPack.Packager.Analysis;

/// <summary>
/// A folder inside a .zip or .whl archive on the search path (CPython's zipimport), read with
/// SharpZipLib. The archive's files are read once, when it is opened.
/// </summary>
public sealed class ArchiveFolder : SourceFolder
{
    private readonly IReadOnlyDictionary<string, byte[]> _files;
    private readonly string _archivePath;
    private readonly string _prefix;

    private ArchiveFolder(string archivePath, IReadOnlyDictionary<string, byte[]> files, string prefix)
    {
        _archivePath = archivePath;
        _files = files;
        _prefix = prefix;
    }

    public static ArchiveFolder Open(string archivePath)
    {
        var full = System.IO.Path.GetFullPath(archivePath);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipFile(full);
            foreach (ZipEntry entry in zip)
            {
                if (!entry.IsFile) continue;
                using var stream = zip.GetInputStream(entry);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                files[entry.Name.Replace('\\', '/')] = buffer.ToArray();
            }
        }
        catch (Exception e) when (e is ZipException or IOException or UnauthorizedAccessException)
        {
            throw new Build.BuildFailure($"cannot read the archive {full} on the search path: {e.Message}");
        }
        return new ArchiveFolder(full, files, "");
    }

    public override string Path => _prefix.Length == 0 ? _archivePath : _archivePath + "/" + _prefix.TrimEnd('/');
    public override bool HasFile(string name) => _files.ContainsKey(_prefix + name);
    public override bool HasFolder(string name) => _files.Keys.Any(k => k.StartsWith(_prefix + name + "/", StringComparison.Ordinal));
    public override SourceFolder Folder(string name) => new ArchiveFolder(_archivePath, _files, _prefix + name + "/");
    public override byte[] ReadFile(string name) => _files[_prefix + name];

    public override IReadOnlyList<string> AllFiles() =>
        [.. _files.Keys.Where(k => k.StartsWith(_prefix, StringComparison.Ordinal)).Select(k => k[_prefix.Length..]).Order(StringComparer.Ordinal)];
}
