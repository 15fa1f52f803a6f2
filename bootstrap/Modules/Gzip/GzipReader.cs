using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Modules.Binascii;
using PyPack.Runtime.Modules.Zlib;

namespace PyPack.Runtime.Modules.Gzip;

/// <summary>
/// Decompresses gzip members one after another from a byte source, checking each member's CRC-32
/// and size, skipping zero padding between members, with the errors of CPython's gzip module.
/// </summary>
internal sealed class GzipReader(Func<int, byte[]> read, bool detailedCrcError)
{
    private readonly List<byte> _pending = [];
    private bool _sourceEnded;
    private ZlibDecompressor? _member;
    private uint _crc;
    private long _size;
    private bool _finished;

    /// <summary>The modification time in the header of the member read last.</summary>
    public long? LastMtime { get; private set; }

    private static PyException Truncated() =>
        Errors.Raise(ExceptionTypes.EOFError, "Compressed file ended before the end-of-stream marker was reached");

    private bool Fill(int count)
    {
        while (_pending.Count < count && !_sourceEnded)
        {
            var chunk = read(System.Math.Max(count - _pending.Count, 64 * 1024));
            if (chunk.Length == 0) _sourceEnded = true;
            _pending.AddRange(chunk);
        }
        return _pending.Count >= count;
    }

    private byte[] Take(int count)
    {
        var n = System.Math.Min(count, _pending.Count);
        var result = _pending.GetRange(0, n).ToArray();
        _pending.RemoveRange(0, n);
        return result;
    }

    private byte[] TakeExact(int count) => Fill(count) ? Take(count) : throw Truncated();

    /// <summary>The next decompressed bytes (at least one), or an empty array at the end of the last member.</summary>
    public byte[] ReadChunk()
    {
        while (!_finished)
        {
            if (_member is null && !StartMember()) break;
            if (_member!.Eof)
            {
                EndMember();
                continue;
            }
            if (!Fill(1)) throw Truncated();
            var input = Take(64 * 1024);
            var output = _member.Decompress(input, 0);
            if (_member.Eof) _pending.InsertRange(0, _member.UnusedData);
            _crc = Crc32.Update(_crc, output);
            _size += output.Length;
            if (output.Length > 0) return output;
        }
        return [];
    }

    private bool StartMember()
    {
        Fill(2);
        var magic = Take(2);
        if (magic.Length == 0)
        {
            _finished = true;
            return false;
        }
        if (magic.Length < 2 || magic[0] != 0x1F || magic[1] != 0x8B)
        {
            throw Errors.Raise(GzipModule.BadGzipFile, $"Not a gzipped file ({Objects.PyBytes.Of(magic).Repr()})");
        }
        var fixedPart = TakeExact(8);
        if (fixedPart[0] != 8) throw Errors.Raise(GzipModule.BadGzipFile, "Unknown compression method");
        var flags = fixedPart[1];
        LastMtime = fixedPart[2] | ((long)fixedPart[3] << 8) | ((long)fixedPart[4] << 16) | ((long)fixedPart[5] << 24);
        if ((flags & 4) != 0)
        {
            var lengthBytes = TakeExact(2);
            TakeExact(lengthBytes[0] | (lengthBytes[1] << 8));
        }
        foreach (var bit in new[] { 8, 16 })
        {
            if ((flags & bit) == 0) continue;
            while (Fill(1) && Take(1)[0] != 0)
            {
            }
        }
        if ((flags & 2) != 0) TakeExact(2);
        _member = new ZlibDecompressor(-15);
        _crc = 0;
        _size = 0;
        return true;
    }

    private void EndMember()
    {
        var trailer = TakeExact(8);
        var crc = trailer[0] | ((uint)trailer[1] << 8) | ((uint)trailer[2] << 16) | ((uint)trailer[3] << 24);
        var size = trailer[4] | ((uint)trailer[5] << 8) | ((uint)trailer[6] << 16) | ((uint)trailer[7] << 24);
        if (crc != _crc)
        {
            throw Errors.Raise(GzipModule.BadGzipFile, detailedCrcError ? $"CRC check failed 0x{crc:x} != 0x{_crc:x}" : "CRC check failed");
        }
        if (size != (uint)_size) throw Errors.Raise(GzipModule.BadGzipFile, "Incorrect length of data produced");
        // Members may be followed by zero padding.
        while (Fill(1) && _pending[0] == 0) Take(1);
        _member = null;
    }
}
