using System.Linq;
using System.Buffers.Binary;
using System.Text;

namespace PyPack.Runtime.Modules.Zipfile;

/// <summary>The byte layouts of ZIP records (APPNOTE.TXT 4.3): local headers, central directory entries, end record.</summary>
internal static class ZipFormat
{
    public const uint LocalSignature = 0x04034B50;
    public const uint CentralSignature = 0x02014B50;
    public const uint EndSignature = 0x06054B50;
    public const int LocalHeaderSize = 30;
    public const int CentralHeaderSize = 46;
    public const int EndRecordSize = 22;

    private const string Cp437High =
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

    /// <summary>Names are UTF-8 when flag bit 11 is set, else code page 437.</summary>
    public static string DecodeName(ReadOnlySpan<byte> raw, long flags)
    {
        if ((flags & 0x800) != 0) return Encoding.UTF8.GetString(raw);
        var sb = new StringBuilder(raw.Length);
        foreach (var b in raw) sb.Append(b < 128 ? (char)b : Cp437High[b - 128]);
        return sb.ToString();
    }

    /// <summary>ASCII names are stored as they are; others as UTF-8 with flag bit 11.</summary>
    public static (byte[] Name, long Flags) EncodeName(string name, long flags) =>
        name.All(c => c < 128) ? (Encoding.ASCII.GetBytes(name), flags) : (Encoding.UTF8.GetBytes(name), flags | 0x800);

    public static (ushort Time, ushort Date) DosTime(int[] dt) =>
        ((ushort)((dt[3] << 11) | (dt[4] << 5) | (dt[5] / 2)), (ushort)(((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]));

    public static int[] FromDosTime(int time, int date) =>
        [(date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F, time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2];

    public static void U16(List<byte> o, long v)
    {
        o.Add((byte)v);
        o.Add((byte)(v >> 8));
    }

    public static void U32(List<byte> o, long v)
    {
        U16(o, v & 0xFFFF);
        U16(o, (v >> 16) & 0xFFFF);
    }

    public static int U16(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt16LittleEndian(d[at..]);

    public static long U32(ReadOnlySpan<byte> d, int at) => BinaryPrimitives.ReadUInt32LittleEndian(d[at..]);
}
