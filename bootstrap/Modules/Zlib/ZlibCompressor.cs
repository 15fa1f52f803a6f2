using ICSharpCode.SharpZipLib.Zip.Compression;
using PyPack.Runtime.Modules.Binascii;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>
/// A deflate stream in a zlib, gzip or raw container. Levels 1-9 deflate with SharpZipLib, whose
/// output is valid deflate data but not byte-identical to zlib's; level 0, and windows smaller
/// than 32 KiB (which SharpZipLib cannot limit itself to), write stored blocks.
/// </summary>
public sealed class ZlibCompressor
{
    private readonly ZlibFormat _format;
    private readonly int _level;
    private readonly int _windowBits;
    private readonly Deflater? _deflater;
    private readonly List<byte> _stored = [];
    private readonly byte[] _buffer = new byte[64 * 1024];
    private bool _headerWritten;
    private uint _adler = 1;
    private uint _crc;
    private long _size;

    public ZlibCompressor(int level, int wbits, int strategy)
    {
        _level = level < 0 ? 6 : level;
        (_format, _windowBits) = wbits switch
        {
            >= 8 and <= 15 => (ZlibFormat.Zlib, System.Math.Max(wbits, 9)),
            >= -15 and <= -9 => (ZlibFormat.Raw, -wbits),
            >= 24 and <= 31 => (ZlibFormat.Gzip, System.Math.Max(wbits - 16, 9)),
            _ => throw new ArgumentOutOfRangeException(nameof(wbits)),
        };
        if (_level > 0 && _windowBits == 15)
        {
            _deflater = new Deflater(_level, noZlibHeaderOrFooter: true);
            _deflater.SetStrategy(strategy switch
            {
                1 => DeflateStrategy.Filtered,
                2 => DeflateStrategy.HuffmanOnly,
                _ => DeflateStrategy.Default,
            });
        }
    }

    public bool Finished { get; private set; }

    public static bool ValidWindowBits(int wbits) => wbits is (>= 8 and <= 15) or (>= -15 and <= -9) or (>= 24 and <= 31);

    private void WriteHeader(List<byte> output)
    {
        if (_headerWritten) return;
        _headerWritten = true;
        if (_format == ZlibFormat.Zlib)
        {
            var cmf = ((_windowBits - 8) << 4) | 8;
            var levelFlags = _level switch { < 2 => 0, < 6 => 1, 6 => 2, _ => 3 };
            var flg = levelFlags << 6;
            flg += 31 - (cmf * 256 + flg) % 31;
            output.Add((byte)cmf);
            output.Add((byte)flg);
        }
        else if (_format == ZlibFormat.Gzip)
        {
            // No name, no modification time; XFL as zlib sets it; OS 3 (Unix).
            var xfl = _level == 9 ? 2 : _level < 2 ? 4 : 0;
            output.AddRange([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, (byte)xfl, 3]);
        }
    }

    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>();
        WriteHeader(output);
        _adler = Adler32.Update(_adler, data);
        _crc = Crc32.Update(_crc, data);
        _size += data.Length;
        if (_deflater is null)
        {
            _stored.AddRange(data);
            return [.. output];
        }
        _deflater.SetInput(data.ToArray());
        while (!_deflater.IsNeedingInput) Drain(output);
        return [.. output];
    }

    private int Drain(List<byte> output)
    {
        var n = _deflater!.Deflate(_buffer);
        output.AddRange(_buffer.AsSpan(0, n));
        return n;
    }

    /// <summary>Z_NO_FLUSH (0) returns nothing new; 1-3 and 5 flush to a byte boundary; Z_FINISH (4) ends the stream.</summary>
    public byte[] Flush(int mode)
    {
        var output = new List<byte>();
        if (mode == 0) return [];
        WriteHeader(output);
        if (mode == 4)
        {
            if (_deflater is null)
            {
                WriteStored(output, final: true);
            }
            else
            {
                _deflater.Finish();
                while (!_deflater.IsFinished) Drain(output);
            }
            WriteTrailer(output);
            Finished = true;
            return [.. output];
        }
        if (_deflater is null)
        {
            WriteStored(output, final: false);
            output.AddRange([0, 0, 0, 0xFF, 0xFF]);
        }
        else
        {
            _deflater.Flush();
            while (Drain(output) > 0)
            {
            }
        }
        return [.. output];
    }

    private void WriteStored(List<byte> output, bool final)
    {
        var data = _stored.ToArray();
        _stored.Clear();
        if (data.Length == 0 && !final) return;
        var offset = 0;
        do
        {
            var n = System.Math.Min(65535, data.Length - offset);
            var last = final && offset + n == data.Length;
            output.Add((byte)(last ? 1 : 0));
            output.AddRange([(byte)n, (byte)(n >> 8), (byte)~n, (byte)(~n >> 8)]);
            output.AddRange(data.AsSpan(offset, n));
            offset += n;
        }
        while (offset < data.Length);
    }

    private void WriteTrailer(List<byte> output)
    {
        if (_format == ZlibFormat.Zlib)
        {
            output.AddRange([(byte)(_adler >> 24), (byte)(_adler >> 16), (byte)(_adler >> 8), (byte)_adler]);
        }
        else if (_format == ZlibFormat.Gzip)
        {
            var size = (uint)_size;
            output.AddRange([(byte)_crc, (byte)(_crc >> 8), (byte)(_crc >> 16), (byte)(_crc >> 24)]);
            output.AddRange([(byte)size, (byte)(size >> 8), (byte)(size >> 16), (byte)(size >> 24)]);
        }
    }
}
