using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// The characters of a sub() result as they are appended. A short result (the common case:
/// re.sub on one line of text) is written into a per-thread array lent to one buffer at a time, so
/// the only object made is the result; a long one is a StringBuilder of chunks, which never copies
/// what it holds as it grows (a doubling array would briefly hold twice a large result).
/// </summary>
internal struct TextBuffer
{
    // Arrays up to this many characters are kept for the next buffer of the thread.
    private const int KeepMax = 1 << 14;

    [ThreadStatic]
    private static char[]? t_spare;

    private char[]? _chars;
    private System.Text.StringBuilder? _builder;
    private int _length;

    /// <summary>A buffer for about <paramref name="capacity"/> characters (0: one that is never appended to).</summary>
    public TextBuffer(int capacity)
    {
        _length = 0;
        _chars = null;
        _builder = null;
        if (capacity == 0) return;
        if (capacity > KeepMax)
        {
            _builder = new System.Text.StringBuilder(capacity);
            return;
        }
        // Taken while in use: a sub() callback that runs sub() again gets an array of its own.
        var spare = t_spare;
        t_spare = null;
        _chars = spare ?? new char[KeepMax];
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_builder is not null)
        {
            _builder.Append(text);
            return;
        }
        if (_chars is null || _length + text.Length > _chars.Length)
        {
            // Past the array: the rest goes on in a builder.
            _builder = new System.Text.StringBuilder(Math.Max(2 * (_length + text.Length), 256));
            if (_chars is not null) _builder.Append(_chars, 0, _length);
            Release();
            _builder.Append(text);
            return;
        }
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>The text as a str (one object when short), the buffer given back.</summary>
    public PyStr ToStr()
    {
        if (_builder is not null) return new PyStr(_builder.ToString());
        var result = PyStr.Shared(_chars.AsSpan(0, _length));
        Release();
        return result;
    }

    /// <summary>The text as a string, the buffer given back.</summary>
    public string ToStringAndDispose()
    {
        if (_builder is not null) return _builder.ToString();
        var result = new string(_chars.AsSpan(0, _length));
        Release();
        return result;
    }

    /// <summary>Gives the array back for the next buffer of this thread.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (_chars is not null) t_spare = _chars;
        _chars = null;
        _length = 0;
    }
}
