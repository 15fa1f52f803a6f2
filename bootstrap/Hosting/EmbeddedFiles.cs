namespace PyPack.Runtime.Hosting;

/// <summary>
/// The data files embedded in the executable, served from the embedded archive without unpacking
/// (nothing is written at start-up). Each file is known by the absolute path it had at build time
/// next to the app's modules, which is where the app's <c>__file__</c>-relative paths point.
/// open(), importlib.resources and pkgutil ask here first for paths to read: <see cref="TryRead"/>
/// is the hook. Where a real file is needed, <see cref="RealPath"/> unpacks one file once into
/// a private folder (mode 0700).
/// </summary>
public sealed class EmbeddedFiles
{
    private readonly Func<string, byte[]>? _read;
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private string? _privateFolder;

    public static EmbeddedFiles None { get; } = new([], null);

    /// <summary>
    /// Files known by their absolute paths, read by <paramref name="read"/>. The archive format
    /// lives in <see cref="EmbeddedArchive"/>, so an app without data files links no zip reader.
    /// </summary>
    public EmbeddedFiles(IEnumerable<string> paths, Func<string, byte[]>? read)
    {
        _read = read;
        foreach (var path in paths)
        {
            _files.Add(path);
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1)) _folders.Add(path[..slash]);
        }
    }

    /// <summary>The files of an archive written by the packager (a zip whose entry names are absolute paths without the leading '/').</summary>
    public static EmbeddedFiles FromArchive(Stream? archive) => archive is null ? None : EmbeddedArchive.Open(archive);

    public int Count => _files.Count;

    public bool IsFile(string path) => _files.Contains(Normalize(path));

    public bool IsFolder(string path) => _folders.Contains(Normalize(path));

    /// <summary>The hook for reading: the content of the embedded file at <paramref name="path"/>, or null when none is embedded there.</summary>
    public byte[]? TryRead(string path)
    {
        var normalized = Normalize(path);
        if (_read is null || !_files.Contains(normalized)) return null;
        lock (_lock) return _read(normalized);
    }

    /// <summary>The names directly inside an embedded folder, sorted.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = Normalize(folder).TrimEnd('/') + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var paths in (HashSet<string>[])[_files, _folders])
        {
            foreach (var path in paths)
            {
                if (path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf('/', prefix.Length) < 0) names.Add(path[prefix.Length..]);
            }
        }
        return new List<string>(names);
    }

    /// <summary>
    /// A real file with the content of the embedded one, for code that needs an OS path: unpacked
    /// once into a private folder (mode 0700) owned by this process, never a shared temp folder.
    /// </summary>
    public string RealPath(string path)
    {
        var content = TryRead(path) ?? throw new FileNotFoundException(path);
        lock (_lock)
        {
            if (_privateFolder is null)
            {
                _privateFolder = Path.Combine(Path.GetTempPath(), "pypack-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));
                if (OperatingSystem.IsWindows()) Directory.CreateDirectory(_privateFolder);
                else Directory.CreateDirectory(_privateFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(_privateFolder);
            }
            var target = _privateFolder + Normalize(path);
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
            return target;
        }
    }

    /// <summary>Absolute, with '.' and '..' resolved against the current folder, as the OS would resolve it.</summary>
    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd('/') is { Length: > 0 } p ? p : "/";

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
