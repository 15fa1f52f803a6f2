using System.Text;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The UTF-8 writer behind the process's stdout and stderr. Unlike <see cref="StreamWriter"/>,
/// which allocates a char buffer and a byte buffer in its constructor (80 KB for a 16K buffer),
/// text is encoded straight into one byte buffer made at the first write: a program that never
/// writes to stderr, or writes a line to stdout, does not pay for buffers at start-up.
/// Encoding is <see cref="StreamWriter"/>'s with <c>new UTF8Encoding(false)</c>: a lone surrogate
/// becomes U+FFFD, and a high surrogate at the end of a write waits for the next one.
/// </summary>
public sealed class StandardStreamWriter(Stream stream, int bufferSize) : TextWriter
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    // The longest UTF-8 sequence for one char, plus the replacement for a held surrogate.
    private const int MinimumRoom = 8;

    private Encoder? _encoder;
    private byte[]? _buffer;
    private int _used;

    /// <summary>The file descriptor's stream (sys.stdout.buffer writes bytes there).</summary>
    public Stream BaseStream => stream;

    /// <summary>Whether every write goes out at once (a terminal, and stderr always).</summary>
    public bool AutoFlush { get; init; }

    public override Encoding Encoding => s_utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        Append(chars);
        Written();
    }

    // One write to the stream per line even when every write goes out at once, as StreamWriter's.
    public override void WriteLine(string? value) => WriteLine(value.AsSpan());

    public override void WriteLine(ReadOnlySpan<char> chars)
    {
        Append(chars);
        Append(CoreNewLine);
        Written();
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        var encoder = _encoder ??= s_utf8.GetEncoder();
        var buffer = _buffer ??= new byte[bufferSize];
        do
        {
            if (buffer.Length - _used < MinimumRoom) WriteBuffer();
            encoder.Convert(chars, buffer.AsSpan(_used), flush: false, out var charsUsed, out var bytesUsed, out _);
            _used += bytesUsed;
            chars = chars[charsUsed..];
        }
        while (!chars.IsEmpty);
    }

    private void Written()
    {
        if (!AutoFlush) return;
        WriteBuffer();
        stream.Flush();
    }

    /// <summary>Writes out what is buffered, a surrogate held for the next write included, as StreamWriter.Flush does.</summary>
    public override void Flush()
    {
        if (_encoder is { } encoder && _buffer is { } buffer)
        {
            if (buffer.Length - _used < MinimumRoom) WriteBuffer();
            encoder.Convert(ReadOnlySpan<char>.Empty, buffer.AsSpan(_used), flush: true, out _, out var bytesUsed, out _);
            _used += bytesUsed;
        }
        WriteBuffer();
        stream.Flush();
    }

    private void WriteBuffer()
    {
        if (_used == 0) return;
        var used = _used;
        // Reset first: a failing write (a closed pipe) must not write the same bytes again at exit.
        _used = 0;
        stream.Write(_buffer!, 0, used);
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing) Flush();
        }
        finally
        {
            if (disposing) stream.Dispose();
            base.Dispose(disposing);
        }
    }
}
