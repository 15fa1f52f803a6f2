namespace PyPack.Runtime.Objects;

/// <summary>
/// The growable characters behind strs built by repeated concatenation (<c>s += x</c> in a loop).
/// Each such str is a prefix of the buffer: characters are only ever written past the longest
/// prefix handed out, so every str sharing the buffer keeps its value, and the str that ends at
/// the buffer's end can be extended in place. This turns CPython's in-place resize of an
/// unshared string into amortised O(1) appends without relying on reference counts.
/// </summary>
internal sealed class StrAppendBuffer
{
    private char[] _chars;

    public StrAppendBuffer(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        _chars = new char[Math.Max(2 * (a.Length + b.Length), 256)];
        a.CopyTo(_chars);
        b.CopyTo(_chars.AsSpan(a.Length));
        Length = a.Length + b.Length;
        HasSurrogates = HasSurrogate(a) || HasSurrogate(b);
    }

    /// <summary>Whether any surrogate was written: without, every prefix's length is its code point count.</summary>
    public bool HasSurrogates { get; private set; }

    private static bool HasSurrogate(ReadOnlySpan<char> s) => CharRanges.IndexOfSurrogate(s) >= 0;

    /// <summary>The number of characters written; the strs ending here may append.</summary>
    public int Length { get; private set; }

    /// <summary>Appends <paramref name="s"/>; the caller owns the prefix ending at <see cref="Length"/>.</summary>
    public void Append(ReadOnlySpan<char> s)
    {
        var needed = Length + s.Length;
        if (needed > _chars.Length)
        {
            var grown = new char[Math.Max(needed, (int)Math.Min(Array.MaxLength, 2L * _chars.Length))];
            _chars.AsSpan(0, Length).CopyTo(grown);
            _chars = grown;
        }
        Utf16Words.Copy(s, _chars.AsSpan(Length)); // mostly a few characters: no memmove call
        Length = needed;
        if (!HasSurrogates && HasSurrogate(s)) HasSurrogates = true;
    }

    public char CharAt(int index) => _chars[index];

    public string Prefix(int length) => new(_chars, 0, length);
}
