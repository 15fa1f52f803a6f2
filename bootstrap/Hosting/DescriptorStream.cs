using System.Runtime.InteropServices;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// A standard file descriptor (0, 1 or 2) as an unbuffered stream, read and written with the C
/// library's read/write: what CPython's FileIO does under sys.stdin/stdout/stderr. System.Console's
/// streams would do the same writes but link its terminal support (terminfo parsing, key maps,
/// about 40 KB) into every binary, and on a terminal they switch it to keypad mode, which CPython
/// never does. The descriptor is not owned: disposing the stream leaves it open.
/// </summary>
public sealed unsafe partial class DescriptorStream(int fd) : Stream
{
    private const int EINTR = 4;
    private const int EAGAIN = 11;
    private const int EPIPE = 32;
    private const short POLLOUT = 4;

    public int FileDescriptor => fd;

    public override bool CanRead => fd == 0;
    public override bool CanWrite => fd != 0;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n;
                int errno;
                // stdin may wait for input: other Python threads run meanwhile.
                var gil = Gil.Release();
                try
                {
                    n = SysRead(fd, p, buffer.Length);
                    errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
                }
                finally
                {
                    Gil.Reacquire(gil);
                }
                if (n >= 0) return (int)n;
                if (errno != EINTR) throw Errors.OSError(errno);
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>
    /// Writes all of <paramref name="buffer"/>; a non-blocking descriptor that is full is waited on.
    /// A failure raises CPython's OSError for it: BrokenPipeError when the reader has gone away
    /// (`app | head`), as CPython, which ignores SIGPIPE as .NET does. On stderr those bytes are
    /// dropped instead: a traceback printed to a closed pipe must not fail in turn.
    /// </summary>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            var p = start;
            var left = buffer.Length;
            while (left > 0)
            {
                var n = SysWrite(fd, p, left);
                if (n >= 0)
                {
                    p += n;
                    left -= (int)n;
                    continue;
                }
                var errno = Marshal.GetLastPInvokeError();
                if (errno == EINTR) continue;
                if (errno == EPIPE && fd == 2) return;
                if (errno != EAGAIN) throw Errors.OSError(errno);
                var poll = new PollFd { Fd = fd, Events = POLLOUT };
                Poll(&poll, 1, -1);
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Whether the descriptor is a terminal (C's isatty): line buffering and isatty() follow it.</summary>
    public static bool IsTerminal(int fd) => IsATty(fd) == 1;


    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint SysRead(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint SysWrite(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(PollFd* fds, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "isatty")]
    private static partial int IsATty(int fd);
}
