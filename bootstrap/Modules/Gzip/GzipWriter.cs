using PyPack.Runtime.Modules.Zlib;

namespace PyPack.Runtime.Modules.Gzip;

/// <summary>Writes one gzip member: CPython's header (name, mtime, XFL, OS 255), raw deflate data, CRC-32 and size.</summary>
internal static class GzipWriter
{
    public static byte[] Header(int level, long mtime, byte[] name)
    {
        var xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
        var flags = name.Length > 0 ? 8 : 0;
        var m = (uint)mtime;
        List<byte> header = [0x1F, 0x8B, 8, (byte)flags, (byte)m, (byte)(m >> 8), (byte)(m >> 16), (byte)(m >> 24), (byte)xfl, 0xFF];
        if (name.Length > 0)
        {
            header.AddRange(name);
            header.Add(0);
        }
        return [.. header];
    }

    public static byte[] Trailer(uint crc, long size) =>
        [(byte)crc, (byte)(crc >> 8), (byte)(crc >> 16), (byte)(crc >> 24), (byte)size, (byte)(size >> 8), (byte)(size >> 16), (byte)(size >> 24)];

    /// <summary>GzipFile's compressobj(level, DEFLATED, -MAX_WBITS, DEF_MEM_LEVEL, 0).</summary>
    public static ZlibCompressor Deflater(int level) => new(level, -15);
}
