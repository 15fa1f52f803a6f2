using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// A subject string as .NET's regexes see it (UTF-16; bytes as Latin-1) with the maps between
/// UTF-16 offsets and code point indexes for a str with surrogate pairs. One is made per subject
/// and kept by whoever matches it many times (the engine's last subject, a finditer iterator), so
/// that the maps are not rebuilt per match. A str's characters are read from the str itself each
/// time (<see cref="Chars"/>): a short str holds them inline, and copying them into a string per
/// subject would be an allocation per call of re.split(p, word).
/// </summary>
internal sealed class RegexSubject
{
    private readonly PyStr? _str;            // a str subject, read through its Chars
    private readonly string? _latin1;        // a bytes-like subject's bytes as Latin-1 characters
    private readonly int[]? _codePointOf;    // UTF-16 offset -> code point index, for strings with surrogate pairs
    private readonly int[]? _offsetOf;       // code point index -> UTF-16 offset

    private RegexSubject(PyObject subject, PyStr? str, string? latin1, int[]? codePointOf, int[]? offsetOf)
    {
        Subject = subject;
        _str = str;
        _latin1 = latin1;
        _codePointOf = codePointOf;
        _offsetOf = offsetOf;
        Length = str?.Chars.Length ?? latin1!.Length;
        IsMutable = subject is PyBytes { IsByteArray: true };
    }

    public PyObject Subject { get; }

    /// <summary>The text in UTF-16 units (surrogate pairs included); bytes as Latin-1 characters.</summary>
    public ReadOnlySpan<char> Chars => _str is { } s ? s.Chars : _latin1.AsSpan();

    /// <summary>The length of <see cref="Chars"/>.</summary>
    public int Length { get; }

    /// <summary>Whether this subject is a bytearray, which can change between calls and is read again on every one.</summary>
    /// Set once: the test walks str's class chain, and the engine asks it on every match.
    public bool IsMutable { get; }

    /// <summary>Whether the subject is a str (pieces are strs), not bytes.</summary>
    public bool IsStr => _str is not null;

    public static RegexSubject Of(PyObject subject)
    {
        switch (subject)
        {
            case PyStr s:
                if (!s.HasSurrogatePairs) return new RegexSubject(subject, s, null, null, null);
                var (codePointOf, offsetOf) = BuildMaps(s.Chars);
                return new RegexSubject(subject, s, null, codePointOf, offsetOf);
            case PyBytes b:
                return new RegexSubject(subject, null, b.ToLatin1(), null, null);
            default:
                throw Errors.TypeError($"expected string or bytes-like object, got '{subject.Type.TpName}'");
        }
    }

    private static (int[], int[]) BuildMaps(ReadOnlySpan<char> text)
    {
        var codePointOf = new int[text.Length + 1];
        var offsets = new List<int>(text.Length + 1);
        var cp = 0;
        for (var i = 0; i < text.Length; i++)
        {
            codePointOf[i] = cp;
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePointOf[++i] = cp;
            }
            cp++;
        }
        codePointOf[text.Length] = cp;
        offsets.Add(text.Length);
        return (codePointOf, [.. offsets]);
    }

    /// <summary>Whether offsets and code point indexes differ (a str with surrogate pairs).</summary>
    public bool HasMaps => _codePointOf is not null;

    /// <summary>The code point index of UTF-16 offset <paramref name="offset"/>.</summary>
    public int Point(int offset) => _codePointOf is null ? offset : _codePointOf[offset];

    /// <summary>The UTF-16 offset of code point index <paramref name="point"/>.</summary>
    public int Offset(long point) => _offsetOf is null ? (int)point : _offsetOf[point];

    /// <summary>A text made from the subject's as a str, or bytes for a bytes-like subject.</summary>
    public PyObject Wrap(string value) => _str is not null ? new PyStr(value) : PyBytes.FromLatin1(value);

    /// <summary>
    /// A piece of the subject's text as a str (bytes for a bytes-like subject): a short str piece is
    /// one object, no string made, and a piece of a str without surrogate pairs has none either, so
    /// it is stored without the scan for them.
    /// </summary>
    public PyObject Piece(ReadOnlySpan<char> value) =>
        _str is { } str ? (str.PiecesUnpaired ? PyStr.Unpaired(value) : PyStr.Of(value)) : PyBytes.FromLatin1(value.ToString());

    /// <summary>
    /// <c>Chars[start..start+length]</c> as <see cref="Piece"/> gives it, but an empty or one-character
    /// str is the shared one, as in CPython: findall and split results and groups are often a single
    /// character (a list of 58k three-group tuples held 116k such strings, 64 bytes each).
    /// </summary>
    public PyObject Slice(int start, int length)
    {
        if (_str is { } str)
        {
            if (length == 0) return PyStr.Empty;
            if (length == 1) return StrCache.OfChar(str.Chars[start]);
        }
        return Piece(Chars.Slice(start, length));
    }
}
