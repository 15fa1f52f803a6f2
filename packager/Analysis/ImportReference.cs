namespace PyPack.Packager.Analysis;

/// <summary>
/// An edge of the module graph: <see cref="Importer"/> imports <see cref="Imported"/> at a line (and
/// 1-based column, 0 when not from a source file) of its file.
/// </summary>
public sealed record ImportReference(string Importer, string? ImporterFile, string Imported, int Line, bool Optional, int Column = 0)
{
    /// <summary><c>file:line</c>, with the file relative to the current folder when below it.</summary>
    public string Where
    {
        get
        {
            if (ImporterFile is null) return Importer;
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, ImporterFile);
            return $"{(relative.StartsWith("..", StringComparison.Ordinal) ? ImporterFile : relative)}:{Line}";
        }
    }
}
