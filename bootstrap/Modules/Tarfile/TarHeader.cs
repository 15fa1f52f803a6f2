using System.Linq;
using System.Globalization;
using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// Tar header blocks as CPython's tarfile writes and reads them: ustar fields, pax extended headers
/// (format 2, the default) for long or non-ASCII names and float times, GNU long names (format 1).
/// </summary>
internal static class TarHeader
{
    public const int BlockSize = 512;
    public const int RecordSize = 20 * BlockSize;
    private static readonly byte[] PosixMagic = "ustar\u000000"u8.ToArray();
    private static readonly byte[] GnuMagic = "ustar  \0"u8.ToArray();

    public static int Blocks(long size) => (int)((size + BlockSize - 1) / BlockSize);

    /// <summary>A NUL-padded string field (encoded, cut to the field's length).</summary>
    private static byte[] Stn(string s, int length)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        var field = new byte[length];
        Array.Copy(bytes, field, System.Math.Min(length, bytes.Length));
        return field;
    }

    /// <summary>An octal number field: digits-1 octal digits and a NUL.</summary>
    private static byte[] Itn(long n, int digits)
    {
        if (n < 0 || n >= (1L << (3 * (digits - 1)))) throw Errors.ValueError("overflow in number field");
        return Encoding.ASCII.GetBytes(Convert.ToString(n, 8).PadLeft(digits - 1, '0') + "\0");
    }

    private static long IntValue(PyObject o) => o switch
    {
        PyFloat f => (long)f.Value,
        _ => ModuleArgs.Int(o),
    };

    /// <summary>One ustar header block from fields (name, mode, uid, gid, size, mtime, type, linkname, magic, uname, gname, prefix).</summary>
    private static byte[] Block(string name, long mode, long uid, long gid, long size, long mtime, byte type, string linkname, byte[] magic, string uname, string gname, long devmajor, long devminor, string prefix)
    {
        var parts = new List<byte>(BlockSize);
        parts.AddRange(Stn(name, 100));
        parts.AddRange(Itn(mode & 0xFFF, 8));
        parts.AddRange(Itn(uid, 8));
        parts.AddRange(Itn(gid, 8));
        parts.AddRange(Itn(size, 12));
        parts.AddRange(Itn(mtime, 12));
        parts.AddRange("        "u8.ToArray());
        parts.Add(type);
        parts.AddRange(Stn(linkname, 100));
        parts.AddRange(magic);
        parts.AddRange(Stn(uname, 32));
        parts.AddRange(Stn(gname, 32));
        // Only device entries carry device numbers (CPython 3.11.4 and later leave the fields empty).
        var device = type is (byte)'3' or (byte)'4';
        parts.AddRange(device ? Itn(devmajor, 8) : new byte[8]);
        parts.AddRange(device ? Itn(devminor, 8) : new byte[8]);
        parts.AddRange(Stn(prefix, 155));
        while (parts.Count < BlockSize) parts.Add(0);
        var block = parts.ToArray();
        var sum = block.Sum(b => (long)b);
        var chk = Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0");
        Array.Copy(chk, 0, block, 148, 7);
        return block;
    }

    private static byte[] Payload(byte[] data)
    {
        var padded = new byte[Blocks(data.Length) * BlockSize];
        data.CopyTo(padded, 0);
        return padded;
    }

    public static byte[] Build(PyTarInfo info, int format)
    {
        var name = info.Name;
        if (info.IsDir && !name.EndsWith('/')) name += "/";
        var linkname = info.Str("linkname");
        string uname = info.Str("uname"), gname = info.Str("gname");
        var mode = info.Long("mode");
        long uid = info.Long("uid"), gid = info.Long("gid");
        var size = info.Long("size");
        var mtimeObject = info.Get("mtime");
        var type = info.TypeFlag;
        long devmajor = info.Long("devmajor"), devminor = info.Long("devminor");
        if (format == 1)
        {
            var gnu = new List<byte>();
            if (Encoding.UTF8.GetByteCount(linkname) > 100) gnu.AddRange(GnuLong(linkname, (byte)'K'));
            if (Encoding.UTF8.GetByteCount(name) > 100) gnu.AddRange(GnuLong(name, (byte)'L'));
            gnu.AddRange(Block(name, mode, uid, gid, size, IntValue(mtimeObject), type, linkname, GnuMagic, uname, gname, devmajor, devminor, ""));
            return [.. gnu];
        }
        if (format == 0)
        {
            var prefix = "";
            if (name.Length > 100)
            {
                var cut = name.LastIndexOf('/', System.Math.Min(name.Length - 1, 155));
                if (cut <= 0 || name.Length - cut - 1 > 100) throw Errors.ValueError("name is too long");
                prefix = name[..cut];
                name = name[(cut + 1)..];
            }
            if (linkname.Length > 100) throw Errors.ValueError("linkname is too long");
            return Block(name, mode, uid, gid, size, IntValue(mtimeObject), type, linkname, PosixMagic, uname, gname, devmajor, devminor, prefix);
        }
        // pax: what does not fit a ustar field goes into an extended header before it.
        var pax = new List<(string Key, string Value)>();
        var existing = info.Get("pax_headers") as PyDict;
        if (existing is not null)
        {
            foreach (var key in Operations.Iteration.ToArray(existing))
            {
                pax.Add((Operations.Text.Str(key), Operations.Text.Str(existing.GetItem(key)!)));
            }
        }
        bool Has(string key) => pax.Any(p => p.Key == key);
        foreach (var (field, key, length) in new[] { ("name", "path", 100), ("linkname", "linkpath", 100), ("uname", "uname", 32), ("gname", "gname", 32) })
        {
            if (Has(key)) continue;
            var value = field switch { "name" => name, "linkname" => linkname, "uname" => uname, _ => gname };
            if (value.Any(c => c > 127) || value.Length > length) pax.Add((key, value));
        }
        var numbers = new Dictionary<string, long>();
        foreach (var (field, digits) in new[] { ("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12) })
        {
            var value = info.Get(field);
            var isFloat = value is PyFloat;
            var rounded = value is PyFloat f ? (double.IsFinite(f.Value) ? System.Math.Round(f.Value, MidpointRounding.ToEven) : -1) : ModuleArgs.Int(value);
            var needsPax = true;
            if (rounded < 0 || rounded >= System.Math.Pow(8, digits - 1)) numbers[field] = 0;
            else
            {
                numbers[field] = (long)rounded;
                needsPax = isFloat;
            }
            // An existing pax header has priority.
            if (needsPax && !Has(field)) pax.Add((field, value.Str()));
        }
        var result = new List<byte>();
        if (pax.Count > 0) result.AddRange(PaxHeader(pax));
        result.AddRange(Block(name, mode, numbers["uid"], numbers["gid"], numbers["size"], numbers["mtime"], type, linkname, PosixMagic, Ascii(uname), Ascii(gname), devmajor, devminor, ""));
        return [.. result];
    }

    private static string Ascii(string s) => new(s.Select(c => c < 128 ? c : '?').ToArray());

    private static byte[] PaxHeader(List<(string Key, string Value)> records)
    {
        var body = new List<byte>();
        foreach (var (key, value) in records)
        {
            var k = Encoding.UTF8.GetBytes(key);
            var v = Encoding.UTF8.GetBytes(value);
            var l = k.Length + v.Length + 3;
            int n, p = 0;
            while (true)
            {
                n = l + p.ToString(CultureInfo.InvariantCulture).Length;
                if (n == p) break;
                p = n;
            }
            body.AddRange(Encoding.ASCII.GetBytes(p.ToString(CultureInfo.InvariantCulture) + " "));
            body.AddRange(k);
            body.Add((byte)'=');
            body.AddRange(v);
            body.Add((byte)'\n');
        }
        var data = body.ToArray();
        return [.. Block("././@PaxHeader", 0, 0, 0, data.Length, 0, (byte)'x', "", PosixMagic, "", "", 0, 0, ""), .. Payload(data)];
    }

    private static byte[] GnuLong(string name, byte type)
    {
        var data = Encoding.UTF8.GetBytes(name).Append((byte)0).ToArray();
        return [.. Block("././@LongLink", 0, 0, 0, data.Length, 0, type, "", GnuMagic, "", "", 0, 0, ""), .. Payload(data)];
    }
}
