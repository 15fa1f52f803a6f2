using System.Text;
using PyPack.Runtime.Unicode;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Decodes the escapes of string and bytes literals like CPython 3.11, including its error texts.
/// Unknown escapes keep their backslash (CPython only warns about them).
/// </summary>
internal static class StringDecoder
{
    public static string DecodeString(Parser parser, int token, byte[] buf, int start, int end)
    {
        int bs = Array.IndexOf(buf, (byte)'\\', start, end - start);
        if (bs < 0)
            return Encoding.UTF8.GetString(buf, start, end - start);
        var sb = new StringBuilder(end - start);
        sb.Append(Encoding.UTF8.GetString(buf, start, bs - start));
        int i = bs;
        while (i < end)
        {
            byte c = buf[i];
            if (c != '\\')
            {
                int j = i;
                while (j < end && buf[j] != '\\')
                    j++;
                sb.Append(Encoding.UTF8.GetString(buf, i, j - i));
                i = j;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= end)
            {
                sb.Append('\\');
                break;
            }
            c = buf[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'\'': sb.Append('\''); break;
                case (byte)'"': sb.Append('"'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'v': sb.Append('\v'); break;
                case (byte)'a': sb.Append('\a'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    if (i < end && buf[i] is >= (byte)'0' and <= (byte)'7')
                    {
                        v = v * 8 + buf[i++] - '0';
                        if (i < end && buf[i] is >= (byte)'0' and <= (byte)'7')
                            v = v * 8 + buf[i++] - '0';
                    }
                    AppendCodePoint(parser, sb, v);
                    break;
                }
                case (byte)'x':
                case (byte)'u':
                case (byte)'U':
                {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    string message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long v = 0;
                    for (; count > 0; count--, i++)
                    {
                        if (i >= end)
                            throw UnicodeError(parser, buf, start, end, escStart, i, message);
                        int d = HexValue(buf[i]);
                        if (d < 0)
                            throw UnicodeError(parser, buf, start, end, escStart, i, message);
                        v = v * 16 + d;
                    }
                    if (v > 0x10FFFF)
                        throw UnicodeError(parser, buf, start, end, escStart, i, "illegal Unicode character");
                    AppendCodePoint(parser, sb, (int)v);
                    break;
                }
                case (byte)'N':
                {
                    const string malformed = "malformed \\N character escape";
                    if (i >= end)
                        throw UnicodeError(parser, buf, start, end, escStart, i, malformed);
                    if (buf[i] != '{')
                        throw UnicodeError(parser, buf, start, end, escStart, i, malformed);
                    int nameStart = ++i;
                    while (i < end && buf[i] != '}')
                        i++;
                    if (i >= end)
                        throw UnicodeError(parser, buf, start, end, escStart, i, malformed);
                    int nameLen = i - nameStart;
                    if (nameLen == 0)
                        throw UnicodeError(parser, buf, start, end, escStart, i, malformed);
                    i++;
                    string name = Encoding.UTF8.GetString(buf, nameStart, nameLen);
                    string? named = UnicodeNames.Lookup(name, sequences: false);
                    if (named == null)
                        throw UnicodeError(parser, buf, start, end, escStart, i, "unknown Unicode character name");
                    AppendCodePoint(parser, sb, char.ConvertToUtf32(named, 0));
                    break;
                }
                default:
                    // Not an escape: the backslash stays (CPython warns). Keep whole UTF-8 sequences.
                    sb.Append('\\');
                    i--;
                    break;
            }
        }
        return sb.ToString();
    }

    private static void AppendCodePoint(Parser parser, StringBuilder sb, int v)
    {
        // A low surrogate right after a high one: escapes only make lone ones (a pair written
        // whole ends in a low surrogate), and CPython keeps the two as two code points.
        if (v is >= 0xDC00 and <= 0xDFFF && sb.Length > 0 && char.IsHighSurrogate(sb[^1]))
            parser.JoinedLoneSurrogates = true;
        if (v < 0x10000)
            sb.Append((char)v);
        else
            sb.Append(char.ConvertFromUtf32(v));
    }

    private static int HexValue(byte c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // CPython first rewrites non-ASCII characters as \UXXXXXXXX (and a backslash before one as
    // \u005c), then decodes; error positions count in that rewritten text.
    private static PythonSyntaxError UnicodeError(Parser parser, byte[] buf, int start, int end, int errStart, int errEnd, string message)
    {
        int s = Rewritten(buf, start, errStart);
        int e = Rewritten(buf, start, errEnd);
        string text = e - s == 1
            ? $"(unicode error) 'unicodeescape' codec can't decode byte 0x{buf[errStart]:x2} in position {s}: {message}"
            : $"(unicode error) 'unicodeescape' codec can't decode bytes in position {s}-{e - 1}: {message}";
        return parser.RaiseSyntaxErrorAtLastToken(text);
    }

    private static int Rewritten(byte[] buf, int start, int upTo)
    {
        int n = 0;
        int i = start;
        while (i < upTo)
        {
            byte c = buf[i];
            if (c == '\\' && i + 1 < upTo + 1 && i + 1 < buf.Length && buf[i + 1] >= 0x80)
            {
                n += 6;
                i++;
                continue;
            }
            if (c >= 0x80)
            {
                int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                n += 10;
                i += len;
                continue;
            }
            n++;
            i++;
        }
        return n;
    }

    public static void DecodeBytes(Parser parser, int token, byte[] buf, int start, int end, List<byte> into)
    {
        int i = start;
        while (i < end)
        {
            byte c = buf[i];
            if (c != '\\')
            {
                into.Add(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= end)
            {
                into.Add((byte)'\\');
                break;
            }
            c = buf[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': into.Add((byte)'\\'); break;
                case (byte)'\'': into.Add((byte)'\''); break;
                case (byte)'"': into.Add((byte)'"'); break;
                case (byte)'b': into.Add((byte)'\b'); break;
                case (byte)'f': into.Add((byte)'\f'); break;
                case (byte)'t': into.Add((byte)'\t'); break;
                case (byte)'n': into.Add((byte)'\n'); break;
                case (byte)'r': into.Add((byte)'\r'); break;
                case (byte)'v': into.Add((byte)'\v'); break;
                case (byte)'a': into.Add(7); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = c - '0';
                    if (i < end && buf[i] is >= (byte)'0' and <= (byte)'7')
                    {
                        v = v * 8 + buf[i++] - '0';
                        if (i < end && buf[i] is >= (byte)'0' and <= (byte)'7')
                            v = v * 8 + buf[i++] - '0';
                    }
                    into.Add((byte)v);
                    break;
                }
                case (byte)'x':
                {
                    int d1 = i < end ? HexValue(buf[i]) : -1;
                    int d2 = i + 1 < end ? HexValue(buf[i + 1]) : -1;
                    if (d1 < 0 || d2 < 0)
                        throw parser.RaiseSyntaxErrorAtLastToken($"(value error) invalid \\x escape at position {escStart - start}");
                    into.Add((byte)(d1 * 16 + d2));
                    i += 2;
                    break;
                }
                default:
                    into.Add((byte)'\\');
                    i--;
                    break;
            }
        }
    }
}
