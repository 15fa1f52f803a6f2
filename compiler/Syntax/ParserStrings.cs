using System.Globalization;
using System.Numerics;
using System.Text;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

// Literals: numbers and the concatenation of adjacent string tokens (f-strings in FStringParser).
internal sealed partial class Parser
{
    // strings (memo): STRING+
    private Expr? Strings()
    {
        int start = _mark;
        if (TryMemo(RuleStrings, out Expr? memo))
            return memo;
        if (PeekKind() != TokenKind.String)
            return null;
        int end = start;
        while (PeekKind() == TokenKind.String)
        {
            _mark++;
            end = _mark;
        }
        Expr result = ConcatenateStrings(start, end);
        return Memo(RuleStrings, start, result);
    }

    /// <summary>The value of the NUMBER token at <paramref name="index"/>.</summary>
    private object NumberValue(int index)
    {
        ref Token t = ref _tokens[index];
        ReadOnlySpan<byte> raw = new(_tokenizer.Buffer, t.Start, t.End - t.Start);
        Span<char> text = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        int n = 0;
        foreach (byte b in raw)
        {
            if (b != '_')
                text[n++] = (char)b;
        }
        return ParseNumber(text[..n]);
    }

    internal static object ParseNumber(ReadOnlySpan<char> s)
    {
        char last = s[^1];
        if (last == 'j' || last == 'J')
            return new Complex(0, ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 };
            BigInteger v = BigInteger.Zero;
            ulong small = 0;
            bool big = false;
            for (int i = 2; i < s.Length; i++)
            {
                int d = s[i] <= '9' ? s[i] - '0' : (s[i] | 0x20) - 'a' + 10;
                if (!big && small > (ulong.MaxValue >> 4))
                {
                    big = true;
                    v = small;
                }
                if (big)
                    v = v * radix + d;
                else
                    small = small * (ulong)radix + (ulong)d;
            }
            return big ? v : new BigInteger(small);
        }
        foreach (char c in s)
        {
            if (c == '.' || c == 'e' || c == 'E')
                return ParseFloat(s);
        }
        if (s.Length <= 18)
        {
            long l = 0;
            foreach (char c in s)
                l = l * 10 + (c - '0');
            return new BigInteger(l);
        }
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static double ParseFloat(ReadOnlySpan<char> s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>CPython's _PyPegen_concatenate_strings over tokens [start, end).</summary>
    private Expr ConcatenateStrings(int start, int end)
    {
        ref Token first = ref _tokens[start];
        ref Token last = ref _tokens[end - 1];
        bool bytesMode = false;
        bool fMode = false;
        var state = new FStringBuilder(this, start, end - 1);
        List<byte>? bytes = null;
        for (int i = start; i < end; i++)
        {
            ref Token t = ref _tokens[i];
            byte[] buf = _tokenizer.Buffer;
            int p = t.Start;
            bool isBytes = false, isRaw = false, isF = false;
            while (true)
            {
                byte c = buf[p];
                if (c == '\'' || c == '"')
                    break;
                switch (c | 0x20)
                {
                    case 'b': isBytes = true; break;
                    case 'r': isRaw = true; break;
                    case 'f': isF = true; break;
                }
                p++;
            }
            byte quote = buf[p];
            int bodyStart, bodyEnd;
            if (t.End - p >= 6 && buf[p + 1] == quote && buf[p + 2] == quote)
            {
                bodyStart = p + 3;
                bodyEnd = t.End - 3;
            }
            else
            {
                bodyStart = p + 1;
                bodyEnd = t.End - 1;
            }
            if (i != start && bytesMode != isBytes)
                throw RaiseSyntaxErrorAtLastToken("cannot mix bytes and nonbytes literals");
            bytesMode = isBytes;
            if (isF)
            {
                fMode = true;
                state.ConcatFString(i, bodyStart, bodyEnd, isRaw);
            }
            else if (isBytes)
            {
                for (int k = bodyStart; k < bodyEnd; k++)
                {
                    if (buf[k] >= 0x80)
                        throw RaiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
                }
                bytes ??= [];
                if (isRaw)
                {
                    for (int k = bodyStart; k < bodyEnd; k++)
                        bytes.Add(buf[k]);
                }
                else
                {
                    StringDecoder.DecodeBytes(this, i, buf, bodyStart, bodyEnd, bytes);
                }
            }
            else
            {
                string s = isRaw
                    ? Encoding.UTF8.GetString(buf, bodyStart, bodyEnd - bodyStart)
                    : StringDecoder.DecodeString(this, i, buf, bodyStart, bodyEnd);
                state.AppendLiteral(s);
            }
        }
        if (bytesMode)
        {
            var c = new Constant(bytes!.ToArray(), null);
            c.SetSpan(first.Line, first.Col, last.EndLine, last.EndCol);
            return c;
        }
        return state.Finish(fMode, start, end - 1);
    }

    /// <summary>Whether the string token at <paramref name="index"/> starts with a lowercase 'u' (Constant.kind).</summary>
    private string? StringKind(int index) => _tokenizer.Buffer[_tokens[index].Start] == 'u' ? "u" : null;
}
