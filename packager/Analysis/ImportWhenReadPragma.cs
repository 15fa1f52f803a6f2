namespace PyPack.Packager.Analysis;

/// <summary>
/// <c>import m  # pypack: when-read NAME...</c> in PyPack's own Lib: the import runs only on the
/// paths that serve the NAMEs (datetime imports _strptime, and through it re, only inside
/// strptime), so the packager compiles m into an app only when the app's code mentions one of
/// them (see <see cref="NameMentions"/>) outside m's importer. Apps that never parse dates are
/// spared re. The names are every way in: the public entry point and the private function that
/// imports; the importer itself must not call them on other paths.
/// </summary>
public static class ImportWhenReadPragma
{
    private const string Marker = "# pypack: when-read ";

    /// <summary>The pragma's names on each line (1-based) that carries one.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Find(string source)
    {
        var found = new Dictionary<int, IReadOnlyList<string>>();
        var line = 1;
        foreach (var text in source.Split('\n'))
        {
            var at = text.IndexOf(Marker, StringComparison.Ordinal);
            if (at >= 0 && text[(at + Marker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } names)
            {
                found[line] = names;
            }
            line++;
        }
        return found;
    }
}
