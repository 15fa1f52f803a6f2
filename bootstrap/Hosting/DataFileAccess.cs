using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

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
            throw Errors.OSError(13, new PyStr(path));
        }
    }

    /// <summary>Text as Python's text mode reads it: decoded with the codec and error handler, universal newlines.</summary>
    public static string ReadText(string path, string encoding = "utf-8", string errors = "strict")
    {
        var text = Codecs.Decode(PyBytes.Of(ReadBytes(path)), encoding, errors);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    public static bool IsFile(string path) => Interpreter.Current.DataFiles.IsFile(path) || File.Exists(path);

    public static bool IsFolder(string path) => Interpreter.Current.DataFiles.IsFolder(path) || Directory.Exists(path);

    public static bool Exists(string path) => IsFile(path) || IsFolder(path);

    /// <summary>FileNotFoundError with errno 2 and the file name, as CPython raises it.</summary>
    public static PyException NotFound(string path) => Errors.OSError(2, new PyStr(path));
}
