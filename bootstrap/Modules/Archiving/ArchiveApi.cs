using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Modules.Tarfile;
using PyPack.Runtime.Modules.Zipfile;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Archiving;

/// <summary>
/// What shutil.make_archive and unpack_archive need from zipfile and tarfile, callable from C#:
/// the archive writers and readers of CPython 3.11's shutil (_make_zipfile, _make_tarball,
/// _unpack_zipfile, _unpack_tarfile), without going through Python objects. Errors are the
/// zipfile/tarfile exceptions; shutil turns "not an archive" into its own ReadError.
/// </summary>
public static class ArchiveApi
{
    /// <summary>shutil's "zip" format: base_dir (under root_dir when given), deflated; returns base_name + ".zip".</summary>
    public static string MakeZip(string baseName, string? rootDir, string baseDir)
    {
        var zipName = baseName + ".zip";
        var archiveDir = Path.GetDirectoryName(baseName);
        if (!string.IsNullOrEmpty(archiveDir) && !Directory.Exists(archiveDir)) Directory.CreateDirectory(archiveDir);
        var zip = PyZipFile.Create([new PyStr(zipName), new PyStr("w"), PyInt.From(8)], null);
        try
        {
            var arcname = PosixPathModule.NormPath(baseDir);
            var top = PosixPathModule.NormPath(rootDir is null ? baseDir : PosixPathModule.Join(rootDir, baseDir));
            if (arcname != ".") Add(zip, top, arcname);
            Walk(top, (dirpath, dirnames, filenames) =>
            {
                var arcdir = PosixPathModule.NormPath(rootDir is null ? dirpath : Path.GetRelativePath(rootDir, dirpath));
                foreach (var name in dirnames.Order(StringComparer.Ordinal)) Add(zip, PosixPathModule.Join(dirpath, name), PosixPathModule.Join(arcdir, name));
                foreach (var name in filenames)
                {
                    var path = PosixPathModule.NormPath(PosixPathModule.Join(dirpath, name));
                    if (File.Exists(path)) Add(zip, path, PosixPathModule.Join(arcdir, name));
                }
            });
        }
        finally
        {
            zip.Close();
        }
        return zipName;
    }

    private static void Add(PyZipFile zip, string path, string arcname)
    {
        var info = ZipfileModule.InfoFor(path, arcname);
        if (!info.IsDir) info.Set("compress_type", PyInt.From(zip.Compression));
        zip.WriteMember(info, info.IsDir ? [] : File.ReadAllBytes(path), null);
    }

    /// <summary>os.walk, top-down, listing order as the directory gives it.</summary>
    private static void Walk(string top, Action<string, List<string>, List<string>> visit)
    {
        if (!Directory.Exists(top)) return;
        var dirs = new List<string>();
        var files = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(top))
        {
            var name = Path.GetFileName(entry);
            if (Directory.Exists(entry)) dirs.Add(name);
            else files.Add(name);
        }
        visit(top, dirs, files);
        foreach (var dir in dirs)
        {
            var path = PosixPathModule.Join(top, dir);
            if (new DirectoryInfo(path).LinkTarget is null) Walk(path, visit);
        }
    }

    /// <summary>shutil's "tar" and "gztar" formats (<paramref name="compress"/> "" or "gzip"); returns the archive's name.</summary>
    public static string MakeTar(string baseName, string? rootDir, string baseDir, string compress)
    {
        if (compress is not ("" or "gzip")) throw Errors.NotImplemented($"{compress} compressed tar archives");
        var archiveName = baseName + ".tar" + (compress == "gzip" ? ".gz" : "");
        var archiveDir = Path.GetDirectoryName(archiveName);
        if (!string.IsNullOrEmpty(archiveDir) && !Directory.Exists(archiveDir)) Directory.CreateDirectory(archiveDir);
        var tar = PyTarFile.Open(new PyStr(archiveName), compress == "gzip" ? "w:gz" : "w", null, 2, 9);
        try
        {
            tar.Add(rootDir is null ? baseDir : PosixPathModule.Join(rootDir, baseDir), baseDir, true, null);
        }
        finally
        {
            tar.Close();
        }
        return rootDir is null ? archiveName : Path.GetFullPath(archiveName);
    }

    public static bool IsZip(string path) => File.Exists(path) && PyZipFile.FindEndRecord(File.ReadAllBytes(path)) >= 0;

    /// <summary>shutil's zip unpacker: skips absolute names and names with "..", creates folders, writes files.</summary>
    public static void UnpackZip(string path, string extractDir)
    {
        var zip = PyZipFile.Create([new PyStr(path)], null);
        try
        {
            foreach (var info in zip.Infos)
            {
                var name = info.Filename;
                if (name.StartsWith('/') || name.Contains("..", StringComparison.Ordinal)) continue;
                var target = PosixPathModule.Join(extractDir, name.Split('/'));
                if (target.Length == 0) continue;
                var parent = Path.GetDirectoryName(target);
                if (!string.IsNullOrEmpty(parent)) Directory.CreateDirectory(parent);
                if (!name.EndsWith('/')) File.WriteAllBytes(target, zip.Read(info));
            }
        }
        finally
        {
            zip.Close();
        }
    }

    /// <summary>shutil's tar unpacker (plain or gzip); false when the file is not a tar archive.</summary>
    public static bool TryUnpackTar(string path, string extractDir)
    {
        PyTarFile tar;
        try
        {
            tar = PyTarFile.Open(new PyStr(path), "r", null, 2, 9);
        }
        catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(TarfileModule.TarError))
        {
            return false;
        }
        try
        {
            var directories = new List<PyTarInfo>();
            foreach (var member in tar.Members)
            {
                if (member.IsDir) directories.Add(member);
                tar.Extract(member, extractDir, !member.IsDir);
            }
            foreach (var dir in directories.OrderByDescending(d => d.Name, StringComparer.Ordinal))
            {
                PyTarFile.SetAttributes(dir, PosixPathModule.Join(extractDir, dir.Name));
            }
        }
        finally
        {
            tar.Close();
        }
        return true;
    }
}
