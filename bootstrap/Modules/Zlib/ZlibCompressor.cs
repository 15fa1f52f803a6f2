using PyPack.Runtime.Modules.Zlib.Deflate;

namespace PyPack.Runtime.Modules.Zlib;

/// <summary>
/// A deflate stream in a zlib, gzip or raw container, driven the way CPython 3.11's zlib module
/// drives zlib: each Python call feeds all its input, then calls deflate() again while the output
/// buffer fills, the buffer growing in CPython's block sizes. Level 0's stored blocks are sized by
/// that room, so the same calls give the same bytes as CPython.
/// </summary>
public sealed class ZlibCompressor
{
    /// <summary>The sizes of the output blocks CPython's _BlocksOutputBuffer adds, in order.</summary>
    private static readonly int[] BlockSizes =
    [
        32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
        32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20,
    ];

    private readonly Deflater _deflater;

    public ZlibCompressor(int level, int wbits, int memLevel = 8, int strategy = 0)
    {
        var (wrap, windowBits) = wbits switch
        {
            >= 8 and <= 15 => (1, wbits),
            >= -15 and <= -9 => (0, -wbits),
            >= 24 and <= 31 => (2, wbits - 16),
            _ => throw new ArgumentOutOfRangeException(nameof(wbits)),
        };
        _deflater = new Deflater(level, wrap, windowBits, memLevel, strategy);
    }

    private ZlibCompressor(Deflater deflater) => _deflater = deflater;

    /// <summary>True once Z_FINISH has ended the stream (CPython then ends zlib's stream too).</summary>
    public bool Finished { get; private set; }

    public static bool ValidWindowBits(int wbits) => wbits is (>= 8 and <= 15) or (>= -15 and <= -9) or (>= 25 and <= 31);

    /// <summary>zlib.compress(data, level, wbits): all of data, then the end of the stream.</summary>
    public static byte[] CompressAll(byte[] data, int level, int wbits)
    {
        var compressor = new ZlibCompressor(level, wbits);
        var (output, _) = compressor.Run(data, Deflater.Finish);
        return output;
    }

    /// <summary>Presets the dictionary (compressobj's zdict); false where zlib refuses it.</summary>
    public bool SetDictionary(byte[] dictionary) => _deflater.SetDictionary(dictionary);

    /// <summary>Compress.compress(data): the output that data completes.</summary>
    public byte[] Compress(byte[] data) => Run(data, Deflater.NoFlush).Output;

    /// <summary>Compress.flush(mode): the output; the status is zlib's (StreamError for a mode zlib refuses).</summary>
    public (byte[] Output, int Status) Flush(int mode)
    {
        var result = Run([], mode);
        if (mode == Deflater.Finish && result.Status == Deflater.StreamEnd) Finished = true;
        return result;
    }

    /// <summary>Compress.copy(): an independent stream in the same state.</summary>
    public ZlibCompressor Copy() => new(_deflater.Clone()) { Finished = Finished };

    private (byte[] Output, int Status) Run(byte[] data, int flush)
    {
        _deflater.SetInput(data, 0, data.Length);
        var block = 0;
        _deflater.AvailOut = BlockSizes[0];
        int status;
        do
        {
            if (_deflater.AvailOut == 0) _deflater.AvailOut = BlockSizes[System.Math.Min(++block, BlockSizes.Length - 1)];
            status = _deflater.Deflate(flush);
            if (status == Deflater.StreamError) break;
        }
        while (_deflater.AvailOut == 0);
        return (_deflater.TakeOutput(), status);
    }
}
