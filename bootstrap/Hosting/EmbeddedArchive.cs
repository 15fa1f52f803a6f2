using ICSharpCode.SharpZipLib.Zip;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The zip archive of data files the packager embeds. Only an app that has data files calls
/// <see cref="Open"/> (its generated Main does), so NativeAOT links the zip reader into those
/// apps alone.
/// </summary>
public static class EmbeddedArchive
{
    /// <summary>The files of the archive: entry names are absolute paths without the leading '/'.</summary>
    public static EmbeddedFiles Open(Stream archive)
    {
        var zip = new ZipFile(archive, leaveOpen: false);
        var entries = new Dictionary<string, ZipEntry>(StringComparer.Ordinal);
        foreach (ZipEntry entry in zip)
        {
            if (entry.IsFile) entries["/" + entry.Name] = entry;
        }
        // EmbeddedFiles serialises reads: the zip's stream has one position.
        return new EmbeddedFiles(entries.Keys, path =>
        {
            var entry = entries[path];
            using var stream = zip.GetInputStream(entry);
            using var buffer = new MemoryStream((int)Math.Max(0, entry.Size));
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }
}
