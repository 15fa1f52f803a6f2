using System.Text;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Turns a file's bytes into the UTF-8 text the tokenizer reads: BOM, PEP 263 declaration,
/// universal newlines and a final newline, with CPython's errors for what it rejects up front.
/// </summary>
internal static class SourceDecoder
{
    public static SourceText Decode(byte[] source, string fileName)
    {
        int offset = 0;
        bool declared = false;
        if (source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF)
        {
            offset = 3;
            declared = true;
        }
        byte[] utf8 = source;
        string? encoding = FindCodingSpec(source, offset);
        if (encoding != null)
        {
            declared = true;
            string normal = NormalName(encoding);
            if (normal == "iso-8859-1")
            {
                string s = Encoding.Latin1.GetString(source, offset, source.Length - offset);
                utf8 = Encoding.UTF8.GetBytes(s);
                offset = 0;
            }
            else if (normal is "ascii" or "us-ascii")
            {
                // ASCII is a subset of UTF-8; non-ASCII bytes are reported like undeclared UTF-8 errors.
            }
            else if (normal != "utf-8")
            {
                Encoding? enc = LookupEncoding(normal);
                if (enc == null)
                    throw new PythonSyntaxError("SyntaxError", $"encoding problem: {encoding}", fileName, 0, 0, 0, 0, null);
                string s = enc.GetString(source, offset, source.Length - offset);
                utf8 = Encoding.UTF8.GetBytes(s);
                offset = 0;
            }
        }
        int nul = Array.IndexOf(utf8, (byte)0, offset);
        if (nul >= 0)
        {
            int line = 1, lineStart = offset;
            for (int i = offset; i < nul; i++)
            {
                if (utf8[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            string text = Encoding.UTF8.GetString(utf8, lineStart, nul - lineStart);
            throw new PythonSyntaxError("SyntaxError", "source code cannot contain null bytes", fileName, line, 0, line, 0, text);
        }
        int bad = FindInvalidUtf8(utf8, offset, out int badLine);
        if (bad >= 0)
        {
            throw new PythonSyntaxError("SyntaxError",
                $"Non-UTF-8 code starting with '\\x{utf8[bad]:x2}' in file {fileName} on line {badLine}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                fileName, 0, 0, 0, 0, null);
        }
        // Universal newlines and a final newline, as CPython's file reader gives them.
        var output = new byte[utf8.Length - offset + 1];
        int n = 0;
        for (int i = offset; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            if (b == '\r')
            {
                output[n++] = (byte)'\n';
                if (i + 1 < utf8.Length && utf8[i + 1] == '\n')
                    i++;
            }
            else
            {
                output[n++] = b;
            }
        }
        bool hadNewline = n == 0 || output[n - 1] == '\n';
        if (n > 0 && output[n - 1] != '\n')
            output[n++] = (byte)'\n';
        return new SourceText(output, n, declared, hadNewline);
    }

    private static int FindInvalidUtf8(byte[] b, int start, out int line)
    {
        line = 1;
        int i = start;
        while (i < b.Length)
        {
            byte c = b[i];
            if (c < 0x80)
            {
                if (c == '\n')
                    line++;
                i++;
                continue;
            }
            int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (len == 0 || i + len > b.Length)
                return i;
            for (int k = 1; k < len; k++)
            {
                if ((b[i + k] & 0xC0) != 0x80)
                    return i;
            }
            i += len;
        }
        return -1;
    }

    /// <summary>The encoding named by a "coding[:=]" comment on line 1, or line 2 after a blank/comment line.</summary>
    private static string? FindCodingSpec(byte[] b, int start)
    {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < b.Length; lineNo++)
        {
            int end = lineStart;
            while (end < b.Length && b[end] != '\n' && b[end] != '\r')
                end++;
            string? spec = CodingSpec(b, lineStart, end, out bool commentOrBlank);
            if (spec != null)
                return spec;
            if (!commentOrBlank)
                return null;
            lineStart = end;
            if (lineStart < b.Length && b[lineStart] == '\r')
                lineStart++;
            if (lineStart < b.Length && b[lineStart] == '\n')
                lineStart++;
        }
        return null;
    }

    private static string? CodingSpec(byte[] b, int start, int end, out bool commentOrBlank)
    {
        int i = start;
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\f'))
            i++;
        commentOrBlank = i == end || b[i] == '#';
        if (i == end || b[i] != '#')
            return null;
        for (int k = i; k + 6 <= end; k++)
        {
            if (b[k] == 'c' && b[k + 1] == 'o' && b[k + 2] == 'd' && b[k + 3] == 'i' && b[k + 4] == 'n' && b[k + 5] == 'g')
            {
                int t = k + 6;
                if (t >= end || (b[t] != ':' && b[t] != '='))
                    continue;
                t++;
                while (t < end && (b[t] == ' ' || b[t] == '\t'))
                    t++;
                int s = t;
                while (t < end && (char.IsAsciiLetterOrDigit((char)b[t]) || b[t] == '-' || b[t] == '_' || b[t] == '.'))
                    t++;
                if (t > s)
                    return Encoding.ASCII.GetString(b, s, t - s);
            }
        }
        return null;
    }

    private static Encoding? LookupEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string NormalName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal) || n == "utf8")
            return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" or "latin1" || n.StartsWith("latin-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-8859-1-", StringComparison.Ordinal) || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return n;
    }
}
