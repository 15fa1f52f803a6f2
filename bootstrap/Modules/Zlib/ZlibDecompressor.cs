using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.Zip.Compression;
using PyPack.Runtime.Modules.Binascii;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>
/// Streaming decompression: parses the zlib or gzip header and checks the trailer itself (so the
/// errors are zlib's), and inflates the deflate data in between with SharpZipLib. Input after the
/// end of the stream is kept as <see cref="UnusedData"/>.
/// </summary>
public sealed class ZlibDecompressor
{
    private enum Stage { Header, Body, Trailer, Done }

    private readonly int _wbits;
    private ZlibFormat _format;
    private Stage _stage;
    private readonly List<byte> _header = [];
    private readonly List<byte> _trailer = [];
    private readonly Inflater _inflater = new(noHeader: true);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _lastFed = [];
    private uint _adler = 1;
    private uint _crc;
    private long _size;

    public ZlibDecompressor(int wbits)
    {
        _wbits = wbits;
        _format = wbits switch
        {
            0 or (>= 8 and <= 15) => ZlibFormat.Zlib,
            >= -15 and <= -8 => ZlibFormat.Raw,
            >= 24 and <= 31 => ZlibFormat.Gzip,
            >= 40 and <= 47 => ZlibFormat.Auto,
            _ => throw new ArgumentOutOfRangeException(nameof(wbits)),
        };
        _stage = _format == ZlibFormat.Raw ? Stage.Body : Stage.Header;
    }

    public static bool ValidWindowBits(int wbits) => wbits is 0 or (>= 8 and <= 15) or (>= -15 and <= -8) or (>= 24 and <= 31) or (>= 40 and <= 47);

    public bool Eof => _stage == Stage.Done;

    public byte[] UnusedData { get; private set; } = [];

    /// <summary>Input not used because <c>maxLength</c> bytes were already produced.</summary>
    public byte[] UnconsumedTail { get; private set; } = [];

    /// <summary>True once the input ended inside the stream (for the one-shot "truncated" error).</summary>
    public bool NeedsMore => _stage != Stage.Done;

    public static PyPack.Runtime.Exceptions.PyException Error(int code, string message) =>
        Errors.Raise(ZlibModule.Error, $"Error {code} while decompressing data: {message}");

    /// <summary>Decompresses <paramref name="data"/>; with <paramref name="maxLength"/> &gt; 0, at most that many bytes.</summary>
    public byte[] Decompress(ReadOnlySpan<byte> data, long maxLength)
    {
        var output = new List<byte>();
        var input = data.ToArray();
        var pos = 0;
        while (true)
        {
            switch (_stage)
            {
                case Stage.Header:
                    while (pos < input.Length && _stage == Stage.Header)
                    {
                        _header.Add(input[pos++]);
                        ParseHeader();
                    }
                    if (_stage == Stage.Header) return Finish(output, input, pos);
                    continue;
                case Stage.Body:
                    {
                        if (maxLength > 0 && output.Count >= maxLength) return Finish(output, input, pos);
                        var room = maxLength > 0 ? (int)System.Math.Min(_buffer.Length, maxLength - output.Count) : _buffer.Length;
                        int produced;
                        try
                        {
                            produced = _inflater.Inflate(_buffer, 0, room);
                        }
                        catch (SharpZipBaseException e)
                        {
                            throw Error(-3, InflateMessage(e.Message));
                        }
                        var chunk = _buffer.AsSpan(0, produced);
                        _adler = Adler32.Update(_adler, chunk);
                        _crc = Crc32.Update(_crc, chunk);
                        _size += produced;
                        output.AddRange(chunk);
                        if (_inflater.IsFinished)
                        {
                            // The inflater read ahead: hand the bytes it did not use back to the input.
                            var remaining = _inflater.RemainingInput;
                            var rest = new byte[remaining + input.Length - pos];
                            _lastFed.AsSpan(_lastFed.Length - remaining).CopyTo(rest);
                            input.AsSpan(pos).CopyTo(rest.AsSpan(remaining));
                            input = rest;
                            pos = 0;
                            _stage = _format == ZlibFormat.Raw ? Stage.Done : Stage.Trailer;
                            continue;
                        }
                        if (produced > 0) continue;
                        if (!_inflater.IsNeedingInput) throw Errors.Raise(ZlibModule.Error, "Error 2 while decompressing data");
                        if (pos >= input.Length) return Finish(output, input, pos);
                        // With an output limit, feed little at a time so unread input stays with the caller.
                        var n = maxLength > 0 ? System.Math.Min(64, input.Length - pos) : input.Length - pos;
                        _lastFed = input.AsSpan(pos, n).ToArray();
                        _inflater.SetInput(_lastFed);
                        pos += n;
                        continue;
                    }
                case Stage.Trailer:
                    {
                        var needed = _format == ZlibFormat.Gzip ? 8 : 4;
                        while (pos < input.Length && _trailer.Count < needed) _trailer.Add(input[pos++]);
                        if (_trailer.Count < needed) return Finish(output, input, pos);
                        CheckTrailer();
                        _stage = Stage.Done;
                        continue;
                    }
                default:
                    UnusedData = [.. UnusedData, .. input.AsSpan(pos)];
                    UnconsumedTail = [];
                    return [.. output];
            }
        }
    }

    private byte[] Finish(List<byte> output, byte[] input, int pos)
    {
        UnconsumedTail = input[pos..];
        return [.. output];
    }

    private static string InflateMessage(string message) =>
        message.StartsWith("Unknown block type", StringComparison.Ordinal) ? "invalid block type"
        : message.Contains("uncompressed block", StringComparison.Ordinal) ? "invalid stored block lengths"
        : message.Contains("distance", StringComparison.OrdinalIgnoreCase) ? "invalid distance too far back"
        : "invalid code lengths set";

    private void ParseHeader()
    {
        var h = _header;
        if (_format == ZlibFormat.Auto)
        {
            if (h.Count < 2) return;
            _format = h[0] == 0x1F && h[1] == 0x8B ? ZlibFormat.Gzip : ZlibFormat.Zlib;
        }
        if (_format == ZlibFormat.Zlib)
        {
            if (h.Count < 2) return;
            int cmf = h[0], flg = h[1];
            if ((cmf * 256 + flg) % 31 != 0) throw Error(-3, "incorrect header check");
            if ((cmf & 15) != 8) throw Error(-3, "unknown compression method");
            var window = (cmf >> 4) + 8;
            var limit = _wbits is 0 ? 15 : _wbits >= 40 ? _wbits - 32 : _wbits;
            if (window > 15 || window > limit) throw Error(-3, "invalid window size");
            if ((flg & 0x20) != 0) throw Errors.Raise(ZlibModule.Error, "Error 2 while decompressing data");
            _stage = Stage.Body;
            return;
        }
        // gzip: magic, method, flags, mtime, xfl, os, then the optional parts the flags announce.
        if (h.Count >= 1 && h[0] != 0x1F) throw Error(-3, "incorrect header check");
        if (h.Count >= 2 && h[1] != 0x8B) throw Error(-3, "incorrect header check");
        if (h.Count >= 3 && h[2] != 8) throw Error(-3, "unknown compression method");
        if (h.Count >= 4 && (h[3] & 0xE0) != 0) throw Error(-3, "unknown header flags set");
        if (h.Count < 10) return;
        var flags = h[3];
        var at = 10;
        if ((flags & 4) != 0)
        {
            if (h.Count < at + 2) return;
            at += 2 + (h[at] | (h[at + 1] << 8));
            if (h.Count < at) return;
        }
        foreach (var bit in new[] { 8, 16 })
        {
            if ((flags & bit) == 0) continue;
            while (true)
            {
                if (h.Count <= at) return;
                if (h[at++] == 0) break;
            }
        }
        if ((flags & 2) != 0)
        {
            at += 2;
            if (h.Count < at) return;
        }
        if (h.Count == at) _stage = Stage.Body;
    }

    private void CheckTrailer()
    {
        var t = _trailer;
        if (_format == ZlibFormat.Zlib)
        {
            var expected = ((uint)t[0] << 24) | ((uint)t[1] << 16) | ((uint)t[2] << 8) | t[3];
            if (expected != _adler) throw Error(-3, "incorrect data check");
            return;
        }
        var crc = t[0] | ((uint)t[1] << 8) | ((uint)t[2] << 16) | ((uint)t[3] << 24);
        var size = t[4] | ((uint)t[5] << 8) | ((uint)t[6] << 16) | ((uint)t[7] << 24);
        if (crc != _crc) throw Error(-3, "incorrect data check");
        if (size != (uint)_size) throw Error(-3, "incorrect length check");
    }
}
