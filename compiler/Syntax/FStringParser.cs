using System.Text;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Syntax;

/// <summary>Where an f-string sub-expression sits in the file, for positions and error messages.</summary>
internal sealed class FStringContext(int startingLine, int startingCol)
{
    public int StartingLine { get; } = startingLine;
    public int StartingCol { get; } = startingCol;
}

// Python 3.11 parses f-strings after tokenizing: the STRING token's text is scanned for fields and
// each expression is parsed by a sub-parser over "(expr)". Positions, including their quirks
// (format specs span the single token, columns shifted by the token's column even on later lines),
// follow CPython's string_parser.c.
internal sealed partial class Parser
{
    private sealed class FStringBuilder(Parser parser, int firstToken, int lastToken)
    {
        private StringBuilder? _lastStr;
        private readonly List<Expr> _exprs = [];
        private bool _fmode;

        public void AppendLiteral(string s)
        {
            if (s.Length == 0)
                return;
            // Pieces of adjacent literals meet here: a lone high surrogate ending one and a lone
            // low one starting the next (text written whole never ends high or starts low).
            if (_lastStr is { Length: > 0 } && char.IsHighSurrogate(_lastStr[^1]) && char.IsLowSurrogate(s[0]))
                parser.JoinedLoneSurrogates = true;
            (_lastStr ??= new StringBuilder()).Append(s);
        }

        private Constant MakeStr(int first, int last)
        {
            string s = _lastStr!.ToString();
            _lastStr = null;
            var c = new Constant(s, parser.StringKind(first)) { JoinsLoneSurrogates = parser.JoinedLoneSurrogates };
            parser.JoinedLoneSurrogates = false;
            ref Token f = ref parser._tokens[first];
            ref Token l = ref parser._tokens[last];
            c.SetSpan(f.Line, f.Col, l.EndLine, l.EndCol);
            return c;
        }

        /// <summary>_PyPegen_FstringParser_ConcatFstring over bytes [pos, end) of token <paramref name="t"/>.</summary>
        public void ConcatFString(int t, int pos, int end, bool raw) => Concat(ref pos, end, raw, 0, t);

        private void Concat(ref int pos, int end, bool raw, int recurseLevel, int t)
        {
            _fmode = true;
            byte[] buf = parser._tokenizer.Buffer;
            while (true)
            {
                int result = parser.FindLiteral(ref pos, end, raw, recurseLevel, t, out string? literal);
                if (literal != null)
                    AppendLiteral(literal);
                if (result == 1)
                    continue;
                if (pos >= end || buf[pos] == '}')
                    break;
                FormattedValue fv = parser.FindExpr(ref pos, end, raw, recurseLevel, firstToken, t, lastToken, out string? exprText);
                if (exprText != null)
                    AppendLiteral(exprText);
                if (_lastStr != null)
                    _exprs.Add(MakeStr(firstToken, lastToken));
                _exprs.Add(fv);
            }
            if (recurseLevel == 0 && pos < end - 1)
                throw parser.RaiseSyntaxErrorAtLastToken("f-string: unexpected end of string");
            if (recurseLevel != 0 && (pos >= end || buf[pos] != '}'))
                throw parser.RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");
        }

        /// <summary>A format spec: its own builder, finished over the single token.</summary>
        public static Expr ParseSpec(Parser parser, ref int pos, int end, bool raw, int recurseLevel, int first, int t, int last)
        {
            var b = new FStringBuilder(parser, first, last);
            b.Concat(ref pos, end, raw, recurseLevel, t);
            return b.Finish(true, t, t);
        }

        public Expr Finish(bool fmode, int first, int last)
        {
            if (!fmode && !_fmode)
            {
                _lastStr ??= new StringBuilder();
                return MakeStr(first, last);
            }
            if (_lastStr != null)
                _exprs.Add(MakeStr(first, last));
            var j = new JoinedStr(_exprs);
            ref Token f = ref parser._tokens[first];
            ref Token l = ref parser._tokens[last];
            j.SetSpan(f.Line, f.Col, l.EndLine, l.EndCol);
            return j;
        }
    }

    /// <summary>fstring_find_literal: returns 1 when a doubled brace ended the literal.</summary>
    private int FindLiteral(ref int pos, int end, bool raw, int recurseLevel, int t, out string? literal)
    {
        byte[] buf = _tokenizer.Buffer;
        int s = pos;
        int literalStart = s;
        int result = 0;
        literal = null;
        while (s < end)
        {
            byte ch = buf[s++];
            if (!raw && ch == '\\' && s < end)
            {
                ch = buf[s++];
                if (ch == 'N')
                {
                    // Skip "\N{NAME}" so its brace does not start an expression.
                    if (s < end && buf[s++] == '{')
                    {
                        while (s < end && buf[s++] != '}')
                        {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}')
            {
                if (recurseLevel == 0)
                {
                    if (s < end && buf[s] == ch)
                    {
                        pos = s + 1;
                        result = 1;
                        goto done;
                    }
                    if (ch == '}')
                    {
                        pos = s - 1;
                        throw RaiseSyntaxErrorAtLastToken("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
    done:
        int literalEnd = result == 1 ? pos - 1 : s;
        if (literalStart != literalEnd)
        {
            literal = raw
                ? Encoding.UTF8.GetString(buf, literalStart, literalEnd - literalStart)
                : StringDecoder.DecodeString(this, t, buf, literalStart, literalEnd);
        }
        return result;
    }

    /// <summary>fstring_find_expr: scans one replacement field starting at '{'.</summary>
    private FormattedValue FindExpr(ref int pos, int end, bool raw, int recurseLevel, int first, int t, int last, out string? exprText)
    {
        byte[] buf = _tokenizer.Buffer;
        exprText = null;
        if (recurseLevel >= 2)
            throw RaiseSyntaxErrorAtLastToken("f-string: expressions nested too deeply");
        pos++;
        int exprStart = pos;
        byte quoteChar = 0;
        int stringType = 0;
        int nestedDepth = 0;
        Span<byte> parenStack = stackalloc byte[200];
        for (; pos < end; pos++)
        {
            byte ch = buf[pos];
            if (ch == '\\')
                throw RaiseSyntaxErrorAtLastToken("f-string expression part cannot include a backslash");
            if (quoteChar != 0)
            {
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && buf[pos + 1] == ch && buf[pos + 2] == ch)
                        {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    }
                    else
                    {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && buf[pos + 1] == ch && buf[pos + 2] == ch)
                {
                    stringType = 3;
                    pos += 2;
                }
                else
                {
                    stringType = 1;
                }
                quoteChar = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (nestedDepth >= 200)
                    throw RaiseSyntaxErrorAtLastToken("f-string: too many nested parenthesis");
                parenStack[nestedDepth++] = ch;
            }
            else if (ch == '#')
            {
                throw RaiseSyntaxErrorAtLastToken("f-string expression part cannot include '#'");
            }
            else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                if (pos + 1 < end)
                {
                    byte next = buf[pos + 1];
                    if (ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '=' || ch == '>' && next == '=')
                    {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<')
                    continue;
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (nestedDepth == 0)
                    throw RaiseSyntaxErrorAtLastToken($"f-string: unmatched '{(char)ch}'");
                nestedDepth--;
                int opening = parenStack[nestedDepth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}'))
                    throw RaiseSyntaxErrorAtLastToken($"f-string: closing parenthesis '{(char)ch}' does not match opening parenthesis '{(char)opening}'");
            }
        }
        int exprEnd = pos;
        if (quoteChar != 0)
            throw RaiseSyntaxErrorAtLastToken("f-string: unterminated string");
        if (nestedDepth != 0)
            throw RaiseSyntaxErrorAtLastToken($"f-string: unmatched '{(char)parenStack[nestedDepth - 1]}'");
        if (pos >= end)
            throw RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");

        Expr simple = CompileFStringExpression(exprStart, exprEnd, t);

        if (buf[pos] == '=')
        {
            pos++;
            while (pos < end && IsAsciiSpace(buf[pos]))
                pos++;
            if (pos >= end)
                throw RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");
            exprText = Encoding.UTF8.GetString(buf, exprStart, pos - exprStart);
        }
        int conversion = -1;
        if (buf[pos] == '!')
        {
            pos++;
            if (pos >= end)
                throw RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");
            conversion = buf[pos];
            pos++;
            if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
                throw RaiseSyntaxErrorAtLastToken("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        Expr? formatSpec = null;
        if (pos < end && buf[pos] == ':')
        {
            pos++;
            if (pos >= end)
                throw RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");
            formatSpec = FStringBuilder.ParseSpec(this, ref pos, end, raw, recurseLevel + 1, first, t, last);
        }
        if (pos >= end || buf[pos] != '}')
            throw RaiseSyntaxErrorAtLastToken("f-string: expecting '}'");
        pos++;
        if (exprText != null && formatSpec == null && conversion == -1)
            conversion = 'r';
        var fv = new FormattedValue(simple, conversion, formatSpec);
        ref Token f = ref _tokens[first];
        ref Token l = ref _tokens[last];
        fv.SetSpan(f.Line, f.Col, l.EndLine, l.EndCol);
        return fv;
    }

    private static bool IsAsciiSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v';

    /// <summary>fstring_compile_expr: parses bytes [start, end) as "(expr)" with shifted positions.</summary>
    private Expr CompileFStringExpression(int start, int end, int t)
    {
        byte[] buf = _tokenizer.Buffer;
        int s = start;
        while (s < end && buf[s] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f')
            s++;
        if (s == end)
        {
            if (buf[end] is (byte)'!' or (byte)':' or (byte)'=')
                throw RaiseSyntaxErrorAtLastToken($"f-string: expression required before '{(char)buf[end]}'");
            throw RaiseSyntaxErrorAtLastToken("f-string: empty expression not allowed");
        }
        int len = end - start;
        var sub = new byte[len + 3];
        sub[0] = (byte)'(';
        System.Buffer.BlockCopy(buf, start, sub, 1, len);
        sub[len + 1] = (byte)')';
        sub[len + 2] = (byte)'\n';

        // fstring_find_expr_location: lines before the '{' within the token, and the column shift.
        ref Token tok = ref _tokens[t];
        int exprBrace = start - 1;
        int lines = 0, cols = 0;
        bool newlineAfterBrace = true;
        for (int k = exprBrace + 1; k < _tokenizer.Length && buf[k] != '}' && buf[k] != '\n'; k++)
        {
            if (buf[k] != ' ' && buf[k] != '\t' && buf[k] != '\f')
            {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace)
        {
            int k = exprBrace;
            while (k > tok.Start && buf[k] != '\n')
                k--;
            cols += exprBrace - k;
            if (buf[k] == '\n')
                cols--;
        }
        for (int k = tok.Start; k < exprBrace; k++)
        {
            if (buf[k] == '\n')
                lines++;
        }
        int startingLine = tok.Line + lines;
        // CPython adds the token's own column only when the field is on the token's first line.
        int startingCol = lines != 0 ? cols : tok.Col + cols;
        var tokenizer = new Tokenizer(sub, sub.Length, _fileName, _tokenizer.Names, startingLine, startingLine, startingCol);
        var parser = new Parser(tokenizer, _source, _fileName, new FStringContext(startingLine, startingCol));
        return (Expr)RunParser(parser, fstring: true)!;
    }
}
