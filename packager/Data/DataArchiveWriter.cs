using ICSharpCode.SharpZipLib.Zip;

namespace PyPack.Packager.Data;

/// <summary>
/// Writes the archive of embedded data files with SharpZipLib. Reproducible: entries in path
/// order, one fixed timestamp, no extra fields, so the same files give the same bytes.
/// </summary>
public static class DataArchiveWriter
{
    /// <summary>The name the generated executable embeds the archive under, and the runtime reads it by.</summary>
    public const string ResourceName = "pypack-data.zip";

    private static readonly DateTime s_timestamp = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static byte[] Write(IEnumerable<DataFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipOutputStream(buffer) { IsStreamOwner = false, UseZip64 = UseZip64.Off })
        {
            zip.SetLevel(6);
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var content = file.Read();
                var entry = new ZipEntry(file.Path.TrimStart('/'))
                {
                    DateTime = s_timestamp,
                    Size = content.Length,
                    IsUnicodeText = true,
                    HostSystem = 3,
                    ExternalFileAttributes = unchecked((int)0x81A40000), // regular file, mode 0644
                };
                zip.PutNextEntry(entry);
                zip.Write(content, 0, content.Length);
                zip.CloseEntry();
            }
            zip.Finish();
        }
        return buffer.ToArray();
    }
}
