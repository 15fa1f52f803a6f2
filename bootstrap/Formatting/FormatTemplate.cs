namespace PyPack.Runtime.Formatting;

/// <summary>
/// A str.format template split into literal text and replacement fields, cached by its text so
/// a format string used again (a literal in a loop) is not split again. A structural error is
/// kept as the piece where it occurs: the fields before it are still formatted first, as
/// CPython formats field by field while it reads the template.
/// </summary>
internal sealed class FormatTemplate
{
    /// <summary>Literal text, then (when not null) a field or the error raised at that point.</summary>
    internal sealed class Piece(string literal, FormatField? field, string? error)
    {
        public string Literal { get; } = literal;
        public FormatField? Field { get; } = field;
        public string? Error { get; } = error;
    }

    public Piece[] Pieces { get; }

    /// <summary>The length of all literal text, a first guess at the result's length.</summary>
    public int LiteralLength { get; }

    private FormatTemplate(Piece[] pieces)
    {
        Pieces = pieces;
        foreach (var p in pieces) LiteralLength += p.Literal.Length;
    }

    private const int CacheLimit = 256, CachedTextLimit = 2048;

    [ThreadStatic] private static Dictionary<string, FormatTemplate>? t_cache;

    public static FormatTemplate Of(string text)
    {
        if (text.Length > CachedTextLimit) return Parse(text);
        var cache = t_cache ??= new Dictionary<string, FormatTemplate>(StringComparer.Ordinal);
        if (cache.TryGetValue(text, out var template)) return template;
        // Programs use a handful of templates: a full cache means generated ones, so start over.
        if (cache.Count >= CacheLimit) cache.Clear();
        template = Parse(text);
        cache.Add(text, template);
        return template;
    }

    private static FormatTemplate Parse(string s)
    {
        var pieces = new List<Piece>();
        var pos = 0;
        while (pos < s.Length)
        {
            // Literal text up to a brace; a doubled brace is one literal brace.
            var start = pos;
            var c = '\0';
            var markup = false;
            while (pos < s.Length)
            {
                c = s[pos++];
                if (c is '{' or '}')
                {
                    markup = true;
                    break;
                }
            }
            if (!markup)
            {
                pieces.Add(new Piece(s[start..pos], null, null));
                break;
            }
            var atEnd = pos >= s.Length;
            if (c == '}' && (atEnd || s[pos] != '}')) return Ended(pieces, "Single '}' encountered in format string");
            if (c == '{' && atEnd) return Ended(pieces, "Single '{' encountered in format string");
            if (s[pos] == c)
            {
                pieces.Add(new Piece(s[start..pos], null, null));
                pos++;
                continue;
            }
            var literal = s[start..(pos - 1)];
            var (field, error) = FormatField.Parse(s, ref pos);
            pieces.Add(new Piece(literal, field, error));
            if (error is not null) break;
        }
        return new FormatTemplate(Merged(pieces));
    }

    private static FormatTemplate Ended(List<Piece> pieces, string error)
    {
        pieces.Add(new Piece("", null, error));
        return new FormatTemplate(Merged(pieces));
    }

    /// <summary>Runs of literal pieces (text around doubled braces) as one piece.</summary>
    private static Piece[] Merged(List<Piece> pieces)
    {
        var merged = new List<Piece>(pieces.Count);
        var text = new System.Text.StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Field is null && piece.Error is null)
            {
                text.Append(piece.Literal);
                continue;
            }
            merged.Add(text.Length == 0 ? piece : new Piece(text.Append(piece.Literal).ToString(), piece.Field, piece.Error));
            text.Clear();
        }
        if (text.Length > 0 || merged.Count == 0) merged.Add(new Piece(text.ToString(), null, null));
        return [.. merged];
    }
}
