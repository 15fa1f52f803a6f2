namespace PyPack.Runtime.Modules.Hashlib;

/// <summary>
/// A message digest computed in managed code (no system crypto library: .NET's would call
/// OpenSSL on Linux). Blocks are buffered here; each algorithm compresses full blocks.
/// </summary>
internal abstract class HashEngine
{
    private byte[] _buffer;
    private int _buffered;
    protected ulong ByteCount;

    protected HashEngine(int blockSize) => _buffer = new byte[blockSize];

    public abstract string Name { get; }
    public abstract int DigestSize { get; }
    public int BlockSize => _buffer.Length;

    public void Update(ReadOnlySpan<byte> data)
    {
        ByteCount += (ulong)data.Length;
        while (data.Length > 0)
        {
            // A full buffer is compressed only once more data comes: BLAKE2 treats the last block apart.
            if (_buffered == _buffer.Length)
            {
                Compress(_buffer, isLast: false);
                _buffered = 0;
            }
            if (_buffered == 0 && data.Length > _buffer.Length)
            {
                Compress(data[.._buffer.Length], isLast: false);
                data = data[_buffer.Length..];
                continue;
            }
            var take = System.Math.Min(data.Length, _buffer.Length - _buffered);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (!KeepsLastBlock && _buffered == _buffer.Length)
            {
                Compress(_buffer, isLast: false);
                _buffered = 0;
            }
        }
    }

    protected virtual bool KeepsLastBlock => false;

    /// <summary>The digest of everything so far; the engine itself is left unchanged.</summary>
    public byte[] Digest()
    {
        var copy = Clone();
        return copy.Finish(copy._buffer.AsSpan(0, copy._buffered));
    }

    /// <summary>An extendable-output digest (SHAKE) of <paramref name="length"/> bytes; the engine is left unchanged.</summary>
    public byte[] Digest(int length)
    {
        var copy = Clone();
        return copy.Finish(copy._buffer.AsSpan(0, copy._buffered), length);
    }

    public HashEngine Clone()
    {
        var copy = (HashEngine)MemberwiseClone();
        copy._buffer = (byte[])_buffer.Clone();
        copy.CloneState();
        return copy;
    }

    /// <summary>Deep-copies the chaining state arrays MemberwiseClone shared.</summary>
    protected abstract void CloneState();

    protected abstract void Compress(ReadOnlySpan<byte> block, bool isLast);

    /// <summary>Pads and compresses the tail; returns the digest.</summary>
    protected abstract byte[] Finish(ReadOnlySpan<byte> tail);

    /// <summary>Pads and compresses the tail; returns <paramref name="length"/> bytes of output (SHAKE only).</summary>
    protected virtual byte[] Finish(ReadOnlySpan<byte> tail, int length) => throw new NotSupportedException(Name);
}
