using PyPack.Packager.Build;

namespace PyPack.Packager.Data;

/// <summary>
/// One <c>--add-data SRC:DEST</c>, as PyInstaller reads it: SRC a file, a folder (its contents)
/// or a glob in its last part (<c>assets/*.png</c>); DEST the folder, relative to the script's
/// folder, the files appear in (<c>.</c> for the script's folder itself).
/// </summary>
public sealed record DataFileSpec(string Source, string Destination)
{
    public static DataFileSpec Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new BuildFailure($"--add-data '{text}': expected SRC:DEST, a file, folder or glob and the folder to put it in " +
                "(e.g. --add-data 'assets/*.png:assets' or --add-data 'config.ini:.')");
        }
        var destination = text[(colon + 1)..].Replace('\\', '/');
        if (Path.IsPathRooted(destination) || destination.Split('/').Contains(".."))
        {
            throw new BuildFailure($"--add-data '{text}': DEST must be a folder relative to the script's folder, without '..'");
        }
        return new DataFileSpec(text[..colon], destination);
    }

    public bool IsGlob => Path.GetFileName(Source).IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Fails when SRC names nothing: a typo must not build an app that lacks its data.</summary>
    public void CheckSourceExists()
    {
        if (IsGlob)
        {
            if (Matches().Count == 0) throw new BuildFailure($"--add-data {Source}:{Destination}: no file matches '{Source}'");
        }
        else if (!File.Exists(Source) && !Directory.Exists(Source))
        {
            throw new BuildFailure($"--add-data {Source}:{Destination}: '{Source}' not found");
        }
    }

    /// <summary>The files and folders the glob matches, sorted.</summary>
    public IReadOnlyList<string> Matches()
    {
        var folder = Path.GetDirectoryName(Source) is { Length: > 0 } d ? d : ".";
        if (!Directory.Exists(folder)) return [];
        var pattern = Path.GetFileName(Source);
        return [.. Directory.EnumerateFileSystemEntries(folder, pattern == "" ? "*" : pattern).Order(StringComparer.Ordinal)];
    }
}
