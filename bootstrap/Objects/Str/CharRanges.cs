using System.Buffers;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The character-range scans str needs (surrogates, past Latin-1, past printable ASCII) over
/// <see cref="SearchValues{T}"/> rather than MemoryExtensions' generic <c>IndexOfAnyInRange&lt;T&gt;</c>:
/// the ReadyToRun copy of that generic method the JIT runs first (the quick path) boxes its char
/// bounds on each call, several objects per str made; SearchValues is vectorized on both paths.
/// </summary>
internal static class CharRanges
{
    private static readonly SearchValues<char> s_surrogates = SearchValues.Create(Range('\uD800', '\uDFFF'));
    private static readonly SearchValues<char> s_latin1 = SearchValues.Create(Range('\0', '\u00FF'));
    private static readonly SearchValues<char> s_printableAscii = SearchValues.Create(Range(' ', '~'));
    private static readonly SearchValues<char> s_asciiLower = SearchValues.Create(Range('a', 'z'));
    private static readonly SearchValues<char> s_asciiUpper = SearchValues.Create(Range('A', 'Z'));
    private static readonly SearchValues<char> s_control = SearchValues.Create(Range('\0', '\u001F'));

    /// <summary>The index of the first surrogate (high or low) in <paramref name="s"/>, or -1.</summary>
    public static int IndexOfSurrogate(ReadOnlySpan<char> s)
    {
        // A short text (most strs made) is read directly: no call through the SearchValues.
        if (s.Length <= 8)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (char.IsSurrogate(s[i])) return i;
            }
            return -1;
        }
        return s.IndexOfAny(s_surrogates);
    }

    /// <summary>Whether <paramref name="s"/> holds a character past U+00FF.</summary>
    public static bool HasNonLatin1(ReadOnlySpan<char> s) => s.ContainsAnyExcept(s_latin1);

    /// <summary>Whether <paramref name="s"/> holds a character outside ' '..'~'.</summary>
    public static bool HasNonPrintableAscii(ReadOnlySpan<char> s) => s.ContainsAnyExcept(s_printableAscii);

    /// <summary>The index of the first 'a'..'z' (or 'A'..'Z' when <paramref name="upper"/>) in <paramref name="s"/>, or -1.</summary>
    public static int IndexOfAsciiLetter(ReadOnlySpan<char> s, bool upper) => s.IndexOfAny(upper ? s_asciiUpper : s_asciiLower);

    /// <summary>Whether <paramref name="s"/> holds a C0 control character (U+0000..U+001F).</summary>
    public static bool HasControl(ReadOnlySpan<char> s) => s.ContainsAny(s_control);

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)(first + i);
        return new string(chars);
    }
}
