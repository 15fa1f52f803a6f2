using System.Security.Cryptography;

namespace PyPack.Packager.Build;

/// <summary>
/// Puts the built executable in the dist folder. The copy is made next to the target and renamed
/// over it, so readers never see a partial file. An existing output is replaced only with -y, or
/// when it is exactly what PyPack placed there last time.
/// </summary>
public static class OutputPlacement
{
    public static string Place(string binary, BuildOptions options, string workDir, Log log)
    {
        var dist = Path.GetFullPath(options.DistPath);
        var target = options.OneFile ? Path.Combine(dist, options.Name) : Path.Combine(dist, options.Name, options.Name);
        var topLevel = Path.Combine(dist, options.Name);
        var record = Path.Combine(workDir, "placed-output.sha256");

        if ((File.Exists(topLevel) || Directory.Exists(topLevel)) && !options.ReplaceExisting && !IsOurs(topLevel, target, record))
        {
            throw new BuildFailure($"{topLevel} already exists and was not made by this build; pass -y to replace it");
        }
        try
        {
            Directory.CreateDirectory(dist);
            if (options.OneFile && Directory.Exists(topLevel)) Directory.Delete(topLevel, recursive: true);
            if (!options.OneFile && File.Exists(topLevel)) File.Delete(topLevel);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = target + ".pypack-tmp";
            File.Copy(binary, temporary, overwrite: true);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BuildFailure($"cannot write {target}: {e.Message}");
        }
        File.WriteAllText(record, HashOf(target));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, target);
        log.Info($"built {(relative.StartsWith("..", StringComparison.Ordinal) ? target : relative)}");
        return target;
    }

    /// <summary>
    /// Fails early (before the long build) when the dist folder cannot be made or written: checks
    /// the nearest existing folder on its path with a probe file it removes again.
    /// </summary>
    public static void CheckWritable(string distPath)
    {
        var dist = Path.GetFullPath(distPath);
        var existing = dist;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) throw new BuildFailure($"cannot write to {dist}: {existing} is a file, not a folder");
            existing = Path.GetDirectoryName(existing) ?? throw new BuildFailure($"cannot write to {dist}");
        }
        var probe = Path.Combine(existing, ".pypack-probe-" + Environment.ProcessId);
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BuildFailure($"cannot write to {dist}: {e.Message}");
        }
    }

    private static bool IsOurs(string topLevel, string target, string record)
    {
        if (!File.Exists(record) || !File.Exists(target)) return false;
        if (Directory.Exists(topLevel) && Directory.GetFileSystemEntries(topLevel).Length != 1) return false;
        return File.ReadAllText(record) == HashOf(target);
    }

    private static string HashOf(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
