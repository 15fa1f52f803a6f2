using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// Reading files by path the way a frozen app must: a data file embedded in the executable is
/// served from there (see <see cref="EmbeddedFiles"/>), anything else comes from the disk.
/// open(), importlib.resources, pkgutil and os.path go through here so all agree.
/// </summary>
public static class DataFileAccess
{
    public static byte[] ReadBytes(string path)
    {
        if (Interpreter.Current.DataFiles.TryRead(path) is { } embedded) return embedded;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw NotFound(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw Errors.Raise(ExceptionTypes.PermissionError, $"[Errno 13] Permission denied: '{path}'");
        }
    }

    /// <summary>Text as Python's text mode reads it: UTF-8 (the only encoding here so far), universal newlines.</summary>
    public static string ReadText(string path)
    {
        var bytes = ReadBytes(path).AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        return System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static bool IsFile(string path) => Interpreter.Current.DataFiles.IsFile(path) || File.Exists(path);

    public static bool IsFolder(string path) => Interpreter.Current.DataFiles.IsFolder(path) || Directory.Exists(path);

    public static bool Exists(string path) => IsFile(path) || IsFolder(path);

    /// <summary>CPython's message; the type becomes FileNotFoundError when the OSError subclasses exist in the runtime.</summary>
    public static PyException NotFound(string path) =>
        Errors.Raise(ExceptionTypes.FileNotFoundError, $"[Errno 2] No such file or directory: '{path}'");
}
