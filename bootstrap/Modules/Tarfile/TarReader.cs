using System.Globalization;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// Reads the members of an uncompressed tar image: ustar/GNU/pax headers, checksums, GNU long
/// names and pax records, with CPython's ReadError messages for a bad first header.
/// </summary>
internal static class TarReader
{
    private sealed class HeaderError(string message) : Exception(message);

    private static string Nts(ReadOnlySpan<byte> field)
    {
        var nul = field.IndexOf((byte)0);
        if (nul >= 0) field = field[..nul];
        return Encoding.UTF8.GetString(field);
    }

    private static long Nti(ReadOnlySpan<byte> field)
    {
        if (field[0] is 0x80 or 0xFF)
        {
            // GNU base-256.
            long n = 0;
            for (var i = 1; i < field.Length; i++) n = (n << 8) | field[i];
            return field[0] == 0xFF ? -((1L << (8 * (field.Length - 1))) - n) : n;
        }
        var text = Nts(field).Trim(' ', '\t', '\n', '\r', '\v', '\f');
        if (text.Length == 0) return 0;
        try
        {
            return Convert.ToInt64(text, 8);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new HeaderError("invalid header");
        }
    }

    private static PyTarInfo FromBlock(ReadOnlySpan<byte> buf)
    {
        if (buf.Length == 0) throw new HeaderError("empty header");
        if (buf.Length != TarHeader.BlockSize) throw new HeaderError("truncated header");
        if (!buf.ContainsAnyExcept((byte)0)) throw new HeaderError("end of file header");
        var chksum = Nti(buf.Slice(148, 8));
        long unsigned = 256, signed = 256;
        for (var i = 0; i < TarHeader.BlockSize; i++)
        {
            if (i is >= 148 and < 156) continue;
            unsigned += buf[i];
            signed += (sbyte)buf[i];
        }
        if (chksum != unsigned && chksum != signed) throw new HeaderError("bad checksum");
        var info = new PyTarInfo(Nts(buf[..100]));
        info.Set("mode", PyInt.From(Nti(buf.Slice(100, 8))));
        info.Set("uid", PyInt.From(Nti(buf.Slice(108, 8))));
        info.Set("gid", PyInt.From(Nti(buf.Slice(116, 8))));
        info.Set("size", PyInt.From(Nti(buf.Slice(124, 12))));
        info.Set("mtime", PyInt.From(Nti(buf.Slice(136, 12))));
        info.Set("chksum", PyInt.From(chksum));
        info.Set("type", PyBytes.Of([buf[156]]));
        info.Set("linkname", new PyStr(Nts(buf.Slice(157, 100))));
        info.Set("uname", new PyStr(Nts(buf.Slice(265, 32))));
        info.Set("gname", new PyStr(Nts(buf.Slice(297, 32))));
        info.Set("devmajor", PyInt.From(Nti(buf.Slice(329, 8))));
        info.Set("devminor", PyInt.From(Nti(buf.Slice(337, 8))));
        var prefix = Nts(buf.Slice(345, 155));
        if (buf[156] == 0 && info.Name.EndsWith('/')) info.Set("type", PyBytes.Of("5"u8.ToArray()));
        if (info.IsDir) info.Set("name", new PyStr(info.Name.TrimEnd('/')));
        var gnu = buf[156] is (byte)'L' or (byte)'K' or (byte)'S';
        if (prefix.Length > 0 && !gnu) info.Set("name", new PyStr(prefix + "/" + info.Name));
        return info;
    }

    /// <summary>Every member of <paramref name="data"/>, in order.</summary>
    public static List<PyTarInfo> ReadAll(byte[] data)
    {
        var members = new List<PyTarInfo>();
        var offset = 0L;
        var globalPax = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            PyTarInfo? info;
            try
            {
                info = Next(data, ref offset, globalPax);
            }
            catch (HeaderError e)
            {
                if (offset != 0) break;
                var message = e.Message switch
                {
                    "empty header" => "empty file",
                    "end of file header" => null,
                    var m => m,
                };
                if (message is null) break;
                throw Errors.Raise(TarfileModule.ReadError, message);
            }
            if (info is null) break;
            members.Add(info);
        }
        return members;
    }

    private static ReadOnlySpan<byte> Take(byte[] data, long at, int count) =>
        data.AsSpan((int)System.Math.Min(at, data.Length), (int)System.Math.Max(0, System.Math.Min(count, data.Length - at)));

    private static PyTarInfo? Next(byte[] data, ref long offset, Dictionary<string, string> globalPax)
    {
        var start = offset;
        var info = FromBlock(Take(data, offset, TarHeader.BlockSize));
        var type = info.TypeFlag;
        if (type is (byte)'L' or (byte)'K')
        {
            // GNU long name or link: the next header gets it.
            var size = (int)info.Long("size");
            var longName = Nts(Take(data, offset + TarHeader.BlockSize, size));
            offset += TarHeader.BlockSize + TarHeader.Blocks(size) * TarHeader.BlockSize;
            var next = Next(data, ref offset, globalPax) ?? throw new HeaderError("missing or bad subsequent header");
            next.Set("offset", PyInt.From(start));
            next.Set(type == 'L' ? "name" : "linkname", new PyStr(type == 'L' && next.IsDir ? longName.TrimEnd('/') : longName));
            return next;
        }
        if (type is (byte)'x' or (byte)'g')
        {
            var size = (int)info.Long("size");
            var records = ParsePax(Take(data, offset + TarHeader.BlockSize, size));
            offset += TarHeader.BlockSize + TarHeader.Blocks(size) * TarHeader.BlockSize;
            if (type == 'g')
            {
                foreach (var (k, v) in records) globalPax[k] = v;
                return Next(data, ref offset, globalPax);
            }
            var next = Next(data, ref offset, globalPax) ?? throw new HeaderError("missing or bad subsequent header");
            next.Set("offset", PyInt.From(start));
            var all = new Dictionary<string, string>(globalPax, StringComparer.Ordinal);
            foreach (var (k, v) in records) all[k] = v;
            ApplyPax(next, all);
            return next;
        }
        info.Set("offset", PyInt.From(offset));
        info.Set("offset_data", PyInt.From(offset + TarHeader.BlockSize));
        offset += TarHeader.BlockSize;
        if (info.IsReg || type is not ((byte)'1' or (byte)'2' or (byte)'3' or (byte)'4' or (byte)'5' or (byte)'6'))
        {
            offset += TarHeader.Blocks(info.Long("size")) * TarHeader.BlockSize;
        }
        if (globalPax.Count > 0) ApplyPax(info, globalPax);
        return info;
    }

    private static List<(string Key, string Value)> ParsePax(ReadOnlySpan<byte> buf)
    {
        var records = new List<(string, string)>();
        var pos = 0;
        while (pos < buf.Length && buf[pos] != 0)
        {
            var space = buf[pos..].IndexOf((byte)' ');
            if (space < 0) throw new HeaderError("invalid header");
            if (!int.TryParse(Encoding.ASCII.GetString(buf.Slice(pos, space)), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 5 || pos + length > buf.Length)
            {
                throw new HeaderError("invalid header");
            }
            var record = buf.Slice(pos + space + 1, length - space - 2);
            var eq = record.IndexOf((byte)'=');
            if (eq < 0) throw new HeaderError("invalid header");
            records.Add((Encoding.UTF8.GetString(record[..eq]), Encoding.UTF8.GetString(record[(eq + 1)..])));
            pos += length;
        }
        return records;
    }

    private static void ApplyPax(PyTarInfo info, Dictionary<string, string> pax)
    {
        var headers = new PyDict();
        foreach (var (key, value) in pax)
        {
            headers.SetItem(new PyStr(key), new PyStr(value));
            switch (key)
            {
                case "path":
                    info.Set("name", new PyStr(info.IsDir ? value.TrimEnd('/') : value));
                    break;
                case "linkpath":
                    info.Set("linkname", new PyStr(value));
                    break;
                case "uname" or "gname":
                    info.Set(key, new PyStr(value));
                    break;
                case "uid" or "gid" or "size":
                    if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) info.Set(key, PyInt.From(n));
                    break;
                case "mtime":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var t)) info.Set(key, new PyFloat(t));
                    break;
            }
        }
        info.Set("pax_headers", headers);
    }
}
