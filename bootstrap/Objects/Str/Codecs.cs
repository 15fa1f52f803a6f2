using System.Text;
using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// str.encode / bytes.decode for utf-8, ascii, latin-1, utf-16, utf-32 and the single-byte code
/// pages of <see cref="CharmapCodecs"/>, with the standard
/// error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, surrogateescape)
/// and CPython's error positions and reasons.
/// </summary>
public static class Codecs
{
    /// <summary>The codec's canonical name, as error messages show it; null when unknown.</summary>
    public static string? Normalize(string encoding)
    {
        var e = encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return e switch
        {
            "utf-8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "utf-8-sig" or "utf8-sig" => "utf-8-sig",
            "ascii" or "us-ascii" or "646" => "ascii",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" or "8859" or "cp819" or "latin" => "latin-1",
            "utf-16" or "utf16" => "utf-16",
            "utf-16-le" or "utf-16le" => "utf-16-le",
            "utf-16-be" or "utf-16be" => "utf-16-be",
            "utf-32" or "utf32" => "utf-32",
            "utf-32-le" or "utf-32le" => "utf-32-le",
            "utf-32-be" or "utf-32be" => "utf-32-be",
            _ => CharmapCodecs.Find(encoding),
        };
    }

    // The spellings nearly every call uses are their own canonical names: no lowered copy made.
    private static string Require(string encoding) => encoding is "utf-8" or "ascii" or "latin-1"
        ? encoding
        : Normalize(encoding) ?? throw Errors.Raise(ExceptionTypes.LookupError, $"unknown encoding: {encoding}");

    // ----- the common case: nothing to report -----

    // Text every character of which the codec can write, and bytes that are valid in the codec,
    // convert in one vectorised pass. The error handler is never asked then (CPython too looks it
    // up only at the first bad character), so this holds for every handler; anything else (null)
    // takes the general code below, which reports or handles the first bad character.

    /// <summary>The bytes of <paramref name="text"/> in utf-8, ascii or latin-1 when every character is encodable; else null.</summary>
    private static byte[]? EncodeClean(string codec, ReadOnlySpan<char> text)
    {
        switch (codec)
        {
            case "utf-8":
                if (Ascii.IsValid(text)) return AsciiBytes(text);
                // Lone surrogates are not encodable: the strict conversion stops at them.
                var utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
                var status = System.Text.Unicode.Utf8.FromUtf16(text, utf8, out _, out var written, replaceInvalidSequences: false);
                return status == System.Buffers.OperationStatus.Done && written == utf8.Length ? utf8 : null;
            case "ascii":
                return Ascii.IsValid(text) ? AsciiBytes(text) : null;
            case "latin-1":
                if (text.IndexOfAnyExceptInRange('\0', '\u00FF') >= 0) return null;
                var latin1 = new byte[text.Length];
                Encoding.Latin1.GetBytes(text, latin1);
                return latin1;
            default:
                return null;
        }
    }

    private static byte[] AsciiBytes(ReadOnlySpan<char> text)
    {
        var bytes = new byte[text.Length];
        Ascii.FromUtf16(text, bytes, out _);
        return bytes;
    }

    /// <summary>The text of <paramref name="data"/> in utf-8, ascii or latin-1 when it is all valid there; else null.</summary>
    private static string? DecodeClean(string codec, ReadOnlySpan<byte> data) => codec switch
    {
        // .NET's validation is CPython's: no overlong forms, no encoded surrogates, nothing past U+10FFFF.
        "utf-8" => System.Text.Unicode.Utf8.IsValid(data) ? Encoding.UTF8.GetString(data) : null,
        "ascii" => Ascii.IsValid(data) ? Encoding.ASCII.GetString(data) : null,
        "latin-1" => Encoding.Latin1.GetString(data),
        _ => null,
    };

    private static void CheckHandler(string errors)
    {
        if (errors is not ("strict" or "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace" or "surrogateescape" or "surrogatepass"))
        {
            throw Errors.Raise(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
        }
    }

    // ----- encoding -----

    public static PyBytes Encode(PyStr text, string encoding, string errors)
    {
        var codec = Require(encoding);
        if (EncodeClean(codec, text.Chars) is { } clean) return PyBytes.Of(clean);
        var cps = StrMethods.CodePoints(text.Value);
        var output = new List<byte>(cps.Length);
        switch (codec)
        {
            case "utf-8":
            case "utf-8-sig":
                // utf-8-sig writes the byte order mark first, then plain UTF-8.
                if (codec == "utf-8-sig") output.AddRange((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                EncodeWith(text, cps, "utf-8", errors, output, 0x10FFFF, "surrogates not allowed", static (o, c) =>
                {
                    Span<byte> buf = stackalloc byte[4];
                    var n = new Rune(c).EncodeToUtf8(buf);
                    for (var i = 0; i < n; i++) o.Add(buf[i]);
                }, surrogatesInvalid: true);
                break;
            case "ascii":
                EncodeWith(text, cps, codec, errors, output, 0x7F, "ordinal not in range(128)", static (o, c) => o.Add((byte)c), false);
                break;
            case "latin-1":
                EncodeWith(text, cps, codec, errors, output, 0xFF, "ordinal not in range(256)", static (o, c) => o.Add((byte)c), false);
                break;
            case var page when CharmapCodecs.IsPage(page):
                EncodeWith(text, cps, CharmapCodecs.CodecName, errors, output, 0, CharmapCodecs.Undefined, (o, c) =>
                {
                    CharmapCodecs.TryEncode(page, c, out var b);
                    o.Add(b);
                }, false, c => !CharmapCodecs.TryEncode(page, c, out _));
                break;
            default:
                var wide = codec.StartsWith("utf-32", StringComparison.Ordinal);
                var big = codec.EndsWith("-be", StringComparison.Ordinal);
                if (codec is "utf-16" or "utf-32") WriteUnit(output, 0xFEFF, wide, false);
                EncodeWith(text, cps, codec, errors, output, 0x10FFFF, "surrogates not allowed", (o, c) =>
                {
                    if (wide || c < 0x10000) WriteUnit(o, c, wide, big);
                    else
                    {
                        var s = char.ConvertFromUtf32(c);
                        WriteUnit(o, s[0], false, big);
                        WriteUnit(o, s[1], false, big);
                    }
                }, surrogatesInvalid: true);
                break;
        }
        return PyBytes.Of([.. output]);
    }

    private static void WriteUnit(List<byte> o, int unit, bool wide, bool big)
    {
        var n = wide ? 4 : 2;
        Span<byte> buf = stackalloc byte[4];
        for (var i = 0; i < n; i++) buf[i] = (byte)(unit >> (8 * i));
        if (big) buf[..n].Reverse();
        for (var i = 0; i < n; i++) o.Add(buf[i]);
    }

    // unencodable, when given, replaces the limit test (a code page's characters are no range).
    private static void EncodeWith(PyStr text, int[] cps, string codec, string errors, List<byte> output, int limit, string reason,
        Action<List<byte>, int> write, bool surrogatesInvalid, Func<int, bool>? unencodable = null)
    {
        bool Bad(int c) => unencodable?.Invoke(c) ?? (c > limit || (surrogatesInvalid && c is >= 0xD800 and <= 0xDFFF));
        for (var i = 0; i < cps.Length; i++)
        {
            var c = cps[i];
            if (!Bad(c))
            {
                write(output, c);
                continue;
            }
            var end = i + 1;
            while (end < cps.Length && Bad(cps[end])) end++;
            switch (errors)
            {
                case "strict":
                    throw Fail(ExceptionTypes.UnicodeEncodeError, codec, text, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (var k = i; k < end; k++) output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    for (var k = i; k < end; k++) foreach (var ch in Escape(cps[k])) output.Add((byte)ch);
                    break;
                case "xmlcharrefreplace":
                    for (var k = i; k < end; k++) foreach (var ch in $"&#{cps[k]};") output.Add((byte)ch);
                    break;
                case "surrogateescape":
                    for (var k = i; k < end; k++)
                    {
                        if (cps[k] is < 0xDC80 or > 0xDCFF) throw Fail(ExceptionTypes.UnicodeEncodeError, codec, text, k, k + 1, reason);
                        output.Add((byte)(cps[k] - 0xDC00));
                    }
                    break;
                // Lone surrogates written as the code points they are; anything else (or another
                // codec) raises the original error, as CPython's handler does.
                case "surrogatepass" when codec.StartsWith("utf-", StringComparison.Ordinal):
                    for (var k = i; k < end; k++)
                    {
                        var s = cps[k];
                        if (s is < 0xD800 or > 0xDFFF) throw Fail(ExceptionTypes.UnicodeEncodeError, codec, text, i, end, reason);
                        if (codec != "utf-8") write(output, s);
                        else
                        {
                            output.Add((byte)(0xE0 | (s >> 12)));
                            output.Add((byte)(0x80 | ((s >> 6) & 0x3F)));
                            output.Add((byte)(0x80 | (s & 0x3F)));
                        }
                    }
                    break;
                default:
                    CheckHandler(errors);
                    throw Fail(ExceptionTypes.UnicodeEncodeError, codec, text, i, end, reason);
            }
            i = end - 1;
        }
    }

    private static string Escape(int c) =>
        c < 0x100 ? $"\\x{c:x2}" : c < 0x10000 ? $"\\u{c:x4}" : $"\\U{c:x8}";

    private static PyException Fail(PyType type, string codec, PyObject obj, long start, long end, string reason) =>
        new PyUnicodeError(type, PyTuple.Of(new PyStr(codec), obj, PyInt.From(start), PyInt.From(end), new PyStr(reason))).ToException();

    // ----- decoding -----

    public static PyObject Decode(PyObject data, string encoding, string errors)
    {
        var bytes = data as PyBytes ?? throw Errors.TypeError($"decoding to str: need a bytes-like object, {data.Type.TpName} found");
        return DecodeStr(bytes, encoding, errors);
    }

    /// <summary>
    /// <c>bytes.decode(encoding, errors)</c> as a str. ASCII bytes (most) in utf-8, ascii or latin-1
    /// are widened straight into the str: one object (inline when short) and no surrogate scan, as
    /// they make none; an empty or one-character result is the shared str, as CPython's decoders
    /// give. Anything else takes <see cref="Decode(PyBytes, string, string)"/>.
    /// </summary>
    public static PyStr DecodeStr(PyBytes bytes, string encoding, string errors)
    {
        var codec = Require(encoding);
        var data = bytes.Data;
        if (codec is not ("utf-8" or "ascii" or "latin-1") || !Ascii.IsValid(data)) return new PyStr(Decode(bytes, encoding, errors));
        if (data.Length <= PyStr.MaxInline)
        {
            Span<char> chars = stackalloc char[PyStr.MaxInline];
            Ascii.ToUtf16(data, chars, out var written);
            return PyStr.SharedUnpaired(chars[..written]);
        }
        return PyStr.Unpaired(string.Create(data.Length, bytes, static (dest, b) => Ascii.ToUtf16(b.Data, dest, out _)));
    }

    public static string Decode(PyBytes bytes, string encoding, string errors)
    {
        var codec = Require(encoding);
        if (DecodeClean(codec, bytes.Data) is { } clean) return clean;
        var d = bytes.Data.ToArray();
        var sb = new StringBuilder(d.Length);
        switch (codec)
        {
            case "ascii":
            case "latin-1":
                for (var i = 0; i < d.Length; i++)
                {
                    if (codec == "latin-1" || d[i] < 128) sb.Append((char)d[i]);
                    else Handle(sb, bytes, codec, errors, i, i + 1, "ordinal not in range(128)");
                }
                break;
            case "utf-8":
                DecodeUtf8(sb, bytes, d, errors);
                break;
            case "utf-8-sig":
                // One leading byte order mark is dropped; the rest is UTF-8.
                if (d.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = PyBytes.Of(d.AsSpan(3).ToArray()); // not d[3..]: see Imports.ResolveRelative
                DecodeUtf8(sb, bytes, bytes.Data.ToArray(), errors);
                break;
            case var page when CharmapCodecs.IsPage(page):
                for (var i = 0; i < d.Length; i++)
                {
                    var c = CharmapCodecs.Decode(page, d[i]);
                    if (!CharmapCodecs.IsUndefined(c)) sb.Append(c);
                    else Handle(sb, bytes, CharmapCodecs.CodecName, errors, i, i + 1, CharmapCodecs.Undefined);
                }
                break;
            default:
                DecodeWide(sb, bytes, d, codec, errors);
                break;
        }
        return sb.ToString();
    }

    private static void Handle(StringBuilder sb, PyBytes bytes, string codec, string errors, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict": throw Fail(ExceptionTypes.UnicodeDecodeError, codec, bytes, start, end, reason);
            case "ignore": break;
            case "replace": sb.Append('\uFFFD'); break;
            case "backslashreplace":
                for (var k = start; k < end; k++) sb.Append($"\\x{bytes.Data[k]:x2}");
                break;
            case "surrogateescape":
                for (var k = start; k < end; k++)
                {
                    if (bytes.Data[k] < 128) throw Fail(ExceptionTypes.UnicodeDecodeError, codec, bytes, start, end, reason);
                    sb.Append((char)(0xDC00 + bytes.Data[k]));
                }
                break;
            default:
                CheckHandler(errors);
                throw Fail(ExceptionTypes.UnicodeDecodeError, codec, bytes, start, end, reason);
        }
    }

    private static void DecodeUtf8(StringBuilder sb, PyBytes bytes, byte[] d, string errors)
    {
        var i = 0;
        while (i < d.Length)
        {
            var b = d[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            // ED A0-BF 80-BF is a lone surrogate written as UTF-8, which surrogatepass gives back.
            if (b == 0xED && errors == "surrogatepass" && i + 2 < d.Length && d[i + 1] is >= 0xA0 and <= 0xBF && d[i + 2] is >= 0x80 and <= 0xBF)
            {
                sb.Append((char)(0xD000 | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            int need;
            byte lo = 0x80, hi = 0xBF;
            if (b is >= 0xC2 and <= 0xDF) need = 1;
            else if (b is >= 0xE0 and <= 0xEF)
            {
                need = 2;
                if (b == 0xE0) lo = 0xA0;
                if (b == 0xED) hi = 0x9F;
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                need = 3;
                if (b == 0xF0) lo = 0x90;
                if (b == 0xF4) hi = 0x8F;
            }
            else
            {
                Handle(sb, bytes, "utf-8", errors, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            var j = i + 1;
            var ok = true;
            for (var k = 0; k < need; k++, j++)
            {
                if (j >= d.Length)
                {
                    Handle(sb, bytes, "utf-8", errors, i, j, "unexpected end of data");
                    ok = false;
                    break;
                }
                var min = k == 0 ? lo : (byte)0x80;
                var max = k == 0 ? hi : (byte)0xBF;
                if (d[j] < min || d[j] > max)
                {
                    Handle(sb, bytes, "utf-8", errors, i, j, "invalid continuation byte");
                    ok = false;
                    break;
                }
            }
            if (!ok)
            {
                i = j;
                continue;
            }
            var cp = need switch
            {
                1 => ((b & 0x1F) << 6) | (d[i + 1] & 0x3F),
                2 => ((b & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F),
                _ => ((b & 0x07) << 18) | ((d[i + 1] & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F),
            };
            StrMethods.AppendCodePoint(sb, cp);
            i = j;
        }
    }

    // errors="surrogatepass" takes a lone surrogate unit as the code point it is.
    private static bool PassSurrogate(StringBuilder sb, string errors, int unit)
    {
        if (errors != "surrogatepass" || unit is < 0xD800 or > 0xDFFF) return false;
        sb.Append((char)unit);
        return true;
    }

    private static void DecodeWide(StringBuilder sb, PyBytes bytes, byte[] d, string codec, string errors)
    {
        var wide = codec.StartsWith("utf-32", StringComparison.Ordinal);
        var size = wide ? 4 : 2;
        var big = codec.EndsWith("-be", StringComparison.Ordinal);
        var i = 0;
        var shown = codec;
        if (codec is "utf-16" or "utf-32")
        {
            shown = codec + "-le";
            if (d.Length >= size)
            {
                var bomLe = wide ? d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0 : d[0] == 0xFF && d[1] == 0xFE;
                var bomBe = wide ? d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF : d[0] == 0xFE && d[1] == 0xFF;
                if (bomLe) i = size;
                else if (bomBe)
                {
                    i = size;
                    big = true;
                    shown = codec + "-be";
                }
            }
        }
        while (i < d.Length)
        {
            if (i + size > d.Length)
            {
                Handle(sb, bytes, shown, errors, i, d.Length, "truncated data");
                break;
            }
            var unit = 0;
            for (var k = 0; k < size; k++) unit |= d[i + k] << (8 * (big ? size - 1 - k : k));
            if (wide)
            {
                if (PassSurrogate(sb, errors, unit)) { }
                else if ((uint)unit > 0x10FFFF || unit is >= 0xD800 and <= 0xDFFF)
                {
                    Handle(sb, bytes, shown, errors, i, i + 4, (uint)unit > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
                }
                else StrMethods.AppendCodePoint(sb, unit);
                i += 4;
                continue;
            }
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 4 > d.Length)
                {
                    if (PassSurrogate(sb, errors, unit))
                    {
                        i += 2;
                        continue;
                    }
                    Handle(sb, bytes, shown, errors, i, d.Length, "unexpected end of data");
                    break;
                }
                var low = big ? (d[i + 2] << 8) | d[i + 3] : d[i + 2] | (d[i + 3] << 8);
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    if (!PassSurrogate(sb, errors, unit)) Handle(sb, bytes, shown, errors, i, i + 2, "illegal UTF-16 surrogate");
                    i += 2;
                    continue;
                }
                sb.Append((char)unit).Append((char)low);
                i += 4;
                continue;
            }
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                if (!PassSurrogate(sb, errors, unit)) Handle(sb, bytes, shown, errors, i, i + 2, "illegal encoding");
                i += 2;
                continue;
            }
            sb.Append((char)unit);
            i += 2;
        }
    }
}
