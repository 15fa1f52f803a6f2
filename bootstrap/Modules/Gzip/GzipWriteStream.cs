using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Gzip;

/// <summary>The byte stream under gzip.open(..., "wt"): what the text file encodes goes into the GzipFile, closed with it.</summary>
internal sealed class GzipWriteStream(PyGzipFile file) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => file.WriteData(PyBytes.Of(buffer.AsSpan(offset, count).ToArray()));

    public override void Flush()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) file.Close();
        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
