using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// UTF-8 with 'surrogatepass', as pickle writes and reads str: a lone surrogate (which a Python
/// str may hold) is encoded as its three bytes instead of failing.
/// </summary>
internal static class PickleText
{
    public static int Utf8Length(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAnyExceptInRange('\0', '\x7f')) return text.Length;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80) length += 1;
            else if (c < 0x800) length += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                length += 4;
                i++;
            }
            else length += 3;
        }
        return length;
    }

    /// <summary>Writes the bytes <see cref="Utf8Length"/> counted (as many as chars: ASCII, narrowed in bulk).</summary>
    public static void EncodeUtf8(ReadOnlySpan<char> text, Span<byte> into)
    {
        if (into.Length == text.Length)
        {
            System.Text.Ascii.FromUtf16(text, into, out _);
            return;
        }
        var o = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                into[o++] = (byte)c;
                continue;
            }
            if (c < 0x800)
            {
                into[o++] = (byte)(0xc0 | (c >> 6));
                into[o++] = (byte)(0x80 | (c & 0x3f));
                continue;
            }
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
                into[o++] = (byte)(0xf0 | (c >> 18));
                into[o++] = (byte)(0x80 | ((c >> 12) & 0x3f));
                into[o++] = (byte)(0x80 | ((c >> 6) & 0x3f));
                into[o++] = (byte)(0x80 | (c & 0x3f));
                continue;
            }
            into[o++] = (byte)(0xe0 | (c >> 12));
            into[o++] = (byte)(0x80 | ((c >> 6) & 0x3f));
            into[o++] = (byte)(0x80 | (c & 0x3f));
        }
    }

    /// <summary>Decodes UTF-8 (surrogatepass); null when the bytes are not valid.</summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> data)
    {
        var ascii = true;
        foreach (var b in data)
        {
            if (b >= 0x80)
            {
                ascii = false;
                break;
            }
        }
        if (ascii) return System.Text.Encoding.Latin1.GetString(data);
        var chars = new System.Text.StringBuilder(data.Length);
        for (var i = 0; i < data.Length;)
        {
            int b = data[i];
            int c, need;
            if (b < 0x80) { c = b; need = 0; }
            else if (b is >= 0xc2 and < 0xe0) { c = b & 0x1f; need = 1; }
            else if (b is >= 0xe0 and < 0xf0) { c = b & 0x0f; need = 2; }
            else if (b is >= 0xf0 and < 0xf5) { c = b & 0x07; need = 3; }
            else return null;
            if (i + need >= data.Length) return null;
            for (var k = 1; k <= need; k++)
            {
                int next = data[i + k];
                if ((next & 0xc0) != 0x80) return null;
                c = (c << 6) | (next & 0x3f);
            }
            if ((need == 2 && c < 0x800) || (need == 3 && (c < 0x10000 || c > 0x10ffff))) return null;
            i += need + 1;
            if (c >= 0x10000) chars.Append(char.ConvertFromUtf32(c));
            else chars.Append((char)c);
        }
        return chars.ToString();
    }

    /// <summary>
    /// A str read from a pickle: the one empty str and the one-character Latin-1 strs are shared,
    /// as CPython's UTF-8 decoder hands them out; ASCII text is widened without a string between
    /// (a short str is stored inline). Null when the bytes are not UTF-8.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the stack buffers are written before they are read
    public static PyStr? DecodeStr(ReadOnlySpan<byte> data)
    {
        if (data.Length <= ShortAscii)
        {
            // Short ASCII widened by a plain loop: the general decoder's fixed cost per call is
            // more than such a str's whole copy. Other bytes go on to the decoder.
            Span<char> chars = stackalloc char[ShortAscii];
            var i = 0;
            for (; i < data.Length; i++)
            {
                var b = data[i];
                if (b >= 0x80) break;
                chars[i] = (char)b;
            }
            if (i == data.Length) return PyStr.SharedUnpaired(chars[..i]);
        }
        if (data.Length <= StackLimit)
        {
            // One pass of .NET's decoder (never more UTF-16 units than bytes). It refuses what
            // surrogatepass allows (an encoded lone surrogate) as well as invalid bytes: the
            // scalar decoder below tells the two apart.
            Span<char> chars = stackalloc char[data.Length];
            if (System.Text.Unicode.Utf8.ToUtf16(data, chars, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            {
                // As many units as bytes: ASCII, which holds no surrogate.
                return written == data.Length ? PyStr.SharedUnpaired(chars) : PyStr.Shared(chars[..written]);
            }
        }
        return DecodeUtf8(data) is { } text ? PyStr.Shared(text) : null;
    }

    private const int StackLimit = 256;
    private const int ShortAscii = 32;
}
