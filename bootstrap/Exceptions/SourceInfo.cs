namespace PyPack.Runtime.Exceptions;

/// <summary>
/// A module's file name and source text, embedded in the executable so tracebacks can show
/// the source lines as CPython does even though no .py file ships with the binary.
/// </summary>
public sealed class SourceInfo(string fileName, string text)
{
    private string[]? _lines;

    public string FileName { get; } = fileName;

    /// <summary>The module this file's code runs in (a frame's f_globals), once its body has started.</summary>
    public Objects.PyModule? Module { get; set; }

    /// <summary>Line <paramref name="line"/> (from 1), or null when outside the file.</summary>
    public string? GetLine(int line)
    {
        _lines ??= text.Split('\n');
        return line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;
    }
}
