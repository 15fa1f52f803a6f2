using System.Globalization;
using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Json;

/// <summary>
/// The text json.dumps writes, in chunks copied once into the final string (no chunk is ever
/// copied to grow). Chunks stay below the large object heap: a large object counts towards
/// the budget that starts full collections, which cost most when a program holds much data.
/// The largest chunks are kept on the thread once their text is copied out (up to SpareChunks),
/// for the next dumps: a program that dumps repeatedly then allocates the result string only.
/// </summary>
internal sealed class JsonTextBuffer
{
    // 32K chars is 64 KB, under the 85,000 bytes from which an array is a large object.
    private const int FirstChunk = 1024, LargestChunk = 32 * 1024;

    // Full-size chunks no text is in any more. New chunks of a large text, allocated as it grows,
    // live until the text is copied out, so each young-generation collection meanwhile copies
    // them to an older generation (twice over, for a text of megabytes); kept ones are old
    // already and cost neither allocation nor copying. 64 of them: 4 MB held at most, from the
    // first text that long on, as the decoder keeps its stacks.
    private const int SpareChunks = 64;
    [ThreadStatic] private static Stack<char[]>? t_spare;

    private readonly List<(char[] Chunk, int Used)> _full = [];
    private int _fullLength;
    private char[] _chunk = new char[FirstChunk];
    private int _used;

    public int Length => _fullLength + _used;

    /// <summary>Room for at least <paramref name="count"/> chars in the current chunk (count at most 64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<char> Room(int count)
    {
        if (_chunk.Length - _used < count) NextChunk();
        return _chunk.AsSpan(_used);
    }

    private void NextChunk()
    {
        _full.Add((_chunk, _used));
        _fullLength += _used;
        var size = Math.Min(LargestChunk, Math.Max(FirstChunk, _fullLength));
        _chunk = size == LargestChunk && t_spare is { Count: > 0 } spare ? spare.Pop() : new char[size];
        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_used == _chunk.Length) NextChunk();
        _chunk[_used++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        // Mostly a key, a word or a separator: copied without a memmove call when it fits.
        if (Utf16Words.TryCopy(text, _chunk.AsSpan(_used)))
        {
            _used += text.Length;
            return;
        }
        while (true)
        {
            var free = _chunk.Length - _used;
            if (text.Length <= free)
            {
                text.CopyTo(_chunk.AsSpan(_used));
                _used += text.Length;
                return;
            }
            text[..free].CopyTo(_chunk.AsSpan(_used));
            _used += free;
            text = text[free..];
            NextChunk();
        }
    }

    public void Append(string text) => Append(text.AsSpan());

    /// <summary>The text written since <paramref name="start"/> (a Length read before), or null when it spans chunks.</summary>
    public string? TextSince(int start) =>
        start >= _fullLength ? new string(_chunk, start - _fullLength, Length - start) : null;

    public void Append(long value)
    {
        value.TryFormat(Room(20), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>\uXXXX of a UTF-16 code unit, lowercase hex as CPython's encoder writes it.</summary>
    public void AppendUnicodeEscape(char c)
    {
        var room = Room(6);
        room[0] = '\\';
        room[1] = 'u';
        room[2] = HexDigits[c >> 12];
        room[3] = HexDigits[(c >> 8) & 0xF];
        room[4] = HexDigits[(c >> 4) & 0xF];
        room[5] = HexDigits[c & 0xF];
        _used += 6;
    }

    private const string HexDigits = "0123456789abcdef";

    /// <summary>repr of a finite double (FloatRepr's text), formatted in place when it is short.</summary>
    public void AppendFloat(double value)
    {
        if (FloatRepr.TryWritePositional(value, Room(32), out var written)) _used += written;
        else Append(FloatRepr.Of(value));
    }

    /// <summary><paramref name="count"/> copies of <paramref name="text"/> (indentation).</summary>
    public void AppendRepeated(string text, int count)
    {
        for (var i = 0; i < count; i++) Append(text.AsSpan());
    }

    /// <summary>The text; the buffer is not used after it (its largest chunks may serve the next one).</summary>
    public override string ToString()
    {
        if (_full.Count == 0) return new string(_chunk, 0, _used);
        var text = string.Create(Length, this, static (dest, buffer) =>
        {
            foreach (var (chunk, used) in buffer._full)
            {
                chunk.AsSpan(0, used).CopyTo(dest);
                dest = dest[used..];
            }
            buffer._chunk.AsSpan(0, buffer._used).CopyTo(dest);
        });
        Release();
        return text;
    }

    // The full-size chunks go to the thread's spares (a buffer of a nested dumps, run by a default
    // hook, releases its own: no chunk is in two buffers). Their old text stays until overwritten.
    private void Release()
    {
        var spare = t_spare ??= new Stack<char[]>(SpareChunks);
        foreach (var (chunk, _) in _full)
        {
            if (spare.Count == SpareChunks) break;
            if (chunk.Length == LargestChunk) spare.Push(chunk);
        }
        if (spare.Count < SpareChunks && _chunk.Length == LargestChunk) spare.Push(_chunk);
        _full.Clear();
        _chunk = [];
        _used = 0;
        _fullLength = 0;
    }
}
