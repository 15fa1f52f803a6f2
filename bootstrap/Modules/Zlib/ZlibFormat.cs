namespace PyPack.Runtime.Modules.Zlib;

/// <summary>The container around deflate data that a wbits value selects.</summary>
public enum ZlibFormat
{
    /// <summary>Bare deflate data (negative wbits).</summary>
    Raw,
    /// <summary>RFC 1950: a two-byte header and an Adler-32 trailer (wbits 8-15, or 0 for the header's window).</summary>
    Zlib,
    /// <summary>RFC 1952: the gzip header and a CRC-32 and size trailer (wbits 24-31).</summary>
    Gzip,
    /// <summary>Decompression only: zlib or gzip, whichever the data starts with (wbits 40-47).</summary>
    Auto,
}
