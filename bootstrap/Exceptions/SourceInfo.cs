namespace PyPack.Runtime.Exceptions;

/// <summary>
/// A module's file name and source text, embedded in the executable so tracebacks can show
/// the source lines as CPython does even though no .py file ships with the binary.
/// </summary>
public sealed class SourceInfo
{
    // Every embedded source by file name: linecache serves them where no file is on disk.
    private static readonly Dictionary<string, SourceInfo> s_byFileName = new(StringComparer.Ordinal);
    private static readonly Lock s_lock = new();

    private readonly string _text;
    private string[]? _lines;

    private readonly int[]? _positions;

    /// <param name="positions">
    /// The positions compiled code records (see <see cref="SourcePosition"/>): six ints each, for the
    /// ids below zero that the code stores as its current "line".
    /// </param>
    public SourceInfo(string fileName, string text, int[]? positions = null)
    {
        FileName = fileName;
        _text = text;
        _positions = positions;
        lock (s_lock) s_byFileName.TryAdd(fileName, this);
    }

    public string FileName { get; }

    /// <summary>The whole source text.</summary>
    public string Text => _text;

    /// <summary>The embedded source of <paramref name="fileName"/>, if the program carries one.</summary>
    public static SourceInfo? Find(string fileName)
    {
        lock (s_lock) return s_byFileName.GetValueOrDefault(fileName);
    }

    /// <summary>The module this file's code runs in (a frame's f_globals), once its body has started.</summary>
    public Objects.PyModule? Module { get; set; }

    /// <summary>
    /// The line of what compiled code stored as its current place: a line number as it is, or
    /// (below zero) the id of a position in this file's table.
    /// </summary>
    public int LineOf(int place) => place >= 0 ? place : _positions is { } p && ~place * SourcePosition.Size < p.Length ? p[~place * SourcePosition.Size] : 0;

    /// <summary>The full position of <paramref name="place"/>, or null for a bare line number.</summary>
    /// <summary>
    /// For a method call's position, the position of its attribute (where an error of the lookup
    /// is reported); any other place as it is. A method call's position keeps the attribute's id
    /// in its last int, which the other positions without operands leave 0.
    /// </summary>
    public int LookupPlaceOf(int place)
    {
        if (place >= 0 || _positions is not { } p || ~place * SourcePosition.Size >= p.Length) return place;
        var at = ~place * SourcePosition.Size;
        return p[at + 4] == -1 && p[at + 5] < 0 ? p[at + 5] : place;
    }

    public SourcePosition? PositionOf(int place) =>
        place < 0 && _positions is { } p && ~place * SourcePosition.Size < p.Length ? new SourcePosition(p, ~place * SourcePosition.Size) : null;

    /// <summary>Line <paramref name="line"/> (from 1), or null when outside the file.</summary>
    public string? GetLine(int line)
    {
        _lines ??= _text.Split('\n');
        return line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;
    }
}
