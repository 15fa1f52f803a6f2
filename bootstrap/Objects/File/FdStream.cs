using PyPack.Runtime.Modules.Os;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A write-only stream straight on an OS file descriptor. Unlike FileStream, which writes at an
/// offset it tracks itself (pwrite), it writes at the descriptor's own offset, so a child process
/// given the descriptor (subprocess stdout=f) moves it and later writes follow, as in CPython.
/// </summary>
internal sealed class FdStream(int fd) : Stream
{
    public int Fd { get; } = fd;

    public override bool CanRead => false;
    public override bool CanSeek => true;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Posix.Lseek(Fd, 0, 1);
        set => Posix.Lseek(Fd, value, 0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var chunk = buffer.ToArray();
            var n = Posix.Write(Fd, chunk, chunk.Length);
            if (n < 0)
            {
                var errno = Posix.Errno;
                if (errno == 4) continue; // EINTR: CPython retries too (PEP 475)
                throw Errors.OSError(errno);
            }
            buffer = buffer[(int)n..];
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => Posix.Lseek(Fd, offset, (int)origin);
    public override void SetLength(long value) => Posix.Ftruncate(Fd, value);

    private bool _closed;

    protected override void Dispose(bool disposing)
    {
        if (!_closed) Posix.Close(Fd);
        _closed = true;
        base.Dispose(disposing);
    }
}
