using System.Text;

namespace PyPack.Compiler.Syntax;

// Numbers, strings and operators: the same acceptance rules and error messages as CPython 3.11.
public sealed partial class Tokenizer
{
    private Token ReadNumber(int start, int c)
    {
        if (c == '0')
        {
            c = NextChar();
            if (c == 'x' || c == 'X')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                        c = NextChar();
                    if (!IsHexDigit(c))
                    {
                        Backup(c);
                        throw ErrorAtCur("invalid hexadecimal literal");
                    }
                    do
                        c = NextChar();
                    while (IsHexDigit(c));
                }
                while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c == 'o' || c == 'O')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                        c = NextChar();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c))
                            throw ErrorAtCur($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        throw ErrorAtCur("invalid octal literal");
                    }
                    do
                        c = NextChar();
                    while ('0' <= c && c < '8');
                }
                while (c == '_');
                if (IsDigit(c))
                    throw ErrorAtCur($"invalid digit '{(char)c}' in octal literal");
                VerifyEndOfNumber(c, "octal");
            }
            else if (c == 'b' || c == 'B')
            {
                c = NextChar();
                do
                {
                    if (c == '_')
                        c = NextChar();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c))
                            throw ErrorAtCur($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        throw ErrorAtCur("invalid binary literal");
                    }
                    do
                        c = NextChar();
                    while (c == '0' || c == '1');
                }
                while (c == '_');
                if (IsDigit(c))
                    throw ErrorAtCur($"invalid digit '{(char)c}' in binary literal");
                VerifyEndOfNumber(c, "binary");
            }
            else
            {
                bool nonzero = false;
                // Only zeros may follow a leading zero in an integer; anything else must be a float.
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextChar();
                        if (!IsDigit(c))
                        {
                            Backup(c);
                            throw ErrorAtCur("invalid decimal literal");
                        }
                    }
                    if (c != '0')
                        break;
                    c = NextChar();
                }
                int zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }
                if (c == '.')
                {
                    c = NextChar();
                    return ReadFractionFrom(start, c);
                }
                if (c == 'e' || c == 'E')
                    return ReadExponent(start, c);
                if (c == 'j' || c == 'J')
                    return ReadImaginary(start);
                if (nonzero)
                {
                    Backup(c);
                    throw ErrorKnownRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start + 1 - _lineStart, zerosEnd - _lineStart);
                }
                VerifyEndOfNumber(c, "decimal");
            }
        }
        else
        {
            c = DecimalTail();
            if (c == '.')
            {
                c = NextChar();
                return ReadFractionFrom(start, c);
            }
            if (c == 'e' || c == 'E')
                return ReadExponent(start, c);
            if (c == 'j' || c == 'J')
                return ReadImaginary(start);
            VerifyEndOfNumber(c, "decimal");
        }
        Backup(c);
        return Make(TokenKind.Number, start, _pos);
    }

    /// <summary>After ".digit": the fraction of a number written without integer part.</summary>
    private Token ReadFraction(int start)
    {
        _pos--;
        int c = NextChar();
        return ReadFractionFrom(start, c);
    }

    private Token ReadFractionFrom(int start, int c)
    {
        if (IsDigit(c))
            c = DecimalTail();
        if (c == 'e' || c == 'E')
            return ReadExponent(start, c);
        if (c == 'j' || c == 'J')
            return ReadImaginary(start);
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return Make(TokenKind.Number, start, _pos);
    }

    private Token ReadExponent(int start, int e)
    {
        int c = NextChar();
        if (c == '+' || c == '-')
        {
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw ErrorAtCur("invalid decimal literal");
            }
        }
        else if (!IsDigit(c))
        {
            // "1e" followed by no digits: the number ends before the 'e'.
            Backup(c);
            VerifyEndOfNumber(e, "decimal");
            _pos--;
            return Make(TokenKind.Number, start, _pos);
        }
        c = DecimalTail();
        if (c == 'j' || c == 'J')
            return ReadImaginary(start);
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return Make(TokenKind.Number, start, _pos);
    }

    private Token ReadImaginary(int start)
    {
        int c = NextChar();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return Make(TokenKind.Number, start, _pos);
    }

    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do
                c = NextChar();
            while (IsDigit(c));
            if (c != '_')
                break;
            c = NextChar();
            if (!IsDigit(c))
            {
                Backup(c);
                throw ErrorAtCur("invalid decimal literal");
            }
        }
        return c;
    }

    private static bool IsHexDigit(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    // A number directly followed by a keyword that may legally follow it ("1if x else y") is only a
    // deprecation warning in 3.11; followed by any other identifier character it is an error.
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool keyword = c switch
        {
            'a' => LookaheadIs("nd"),
            'e' => LookaheadIs("lse"),
            'f' => LookaheadIs("or"),
            'i' => Peek() is 'f' or 'n' or 's',
            'o' => LookaheadIs("r"),
            'n' => LookaheadIs("ot"),
            _ => false,
        };
        if (keyword)
            return;
        if (IsPotentialIdentifierChar(c))
        {
            Backup(c);
            throw ErrorAtCur($"invalid {kind} literal");
        }
    }

    private bool LookaheadIs(string rest)
    {
        for (int i = 0; i < rest.Length; i++)
        {
            if (_pos + i >= _length || _buf[_pos + i] != rest[i])
                return false;
        }
        return true;
    }

    private Token ReadString(int start, int quote)
    {
        int firstLine = _line;
        int multiLineStart = _lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = NextChar();
        if (c == quote)
        {
            c = NextChar();
            if (c == quote)
                quoteSize = 3;
            else
                endQuoteSize = 1; // Empty string.
        }
        if (c != quote)
            Backup(c);
        while (endQuoteSize != quoteSize)
        {
            c = NextChar();
            if (c == -1 || quoteSize == 1 && c == '\n')
            {
                // Reported at the opening quote, naming the line where the end of input was found.
                // At the end of input CPython's line counter has not moved past the last line.
                int detected = c == -1 ? _line - 1 : _line;
                _pos = start + 1;
                _lineStart = multiLineStart;
                _line = firstLine;
                if (quoteSize == 3)
                    throw ErrorAtCur($"unterminated triple-quoted string literal (detected at line {detected})");
                throw ErrorAtCur($"unterminated string literal (detected at line {detected})");
            }
            if (c == quote)
            {
                endQuoteSize++;
            }
            else
            {
                endQuoteSize = 0;
                if (c == '\\')
                {
                    c = NextChar();
                    if (c == '\n')
                        StartNewLine();
                }
                else if (c == '\n')
                {
                    StartNewLine();
                }
            }
        }
        Token t = Make(TokenKind.String, start, _pos);
        if (firstLine != _line)
        {
            // CPython shifts columns by the line the tokenizer is on, which is the string's last.
            t.Line = firstLine;
            t.Col = start - multiLineStart + (_line == _startingLine ? _startingCol : 0);
        }
        return t;
    }

    private Token ReadOperator(int start, int c)
    {
        int c2 = Peek();
        TokenKind kind = TwoChars(c, c2);
        if (kind != TokenKind.ErrorOp)
        {
            _pos++;
            int c3 = Peek();
            TokenKind kind3 = ThreeChars(c, c2, c3);
            if (kind3 != TokenKind.ErrorOp)
            {
                _pos++;
                kind = kind3;
            }
            return Make(kind, start, _pos);
        }
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel)
                    throw ErrorAtCur("too many nested parentheses");
                _parenStack[_level] = (byte)c;
                _parenLine[_level] = _line;
                _parenCol[_level] = start - _lineStart;
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0)
                    throw ErrorAtCur($"unmatched '{(char)c}'");
                _level--;
                int opening = _parenStack[_level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}'))
                {
                    if (_parenLine[_level] != _line)
                        throw ErrorAtCur($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}' on line {_parenLine[_level]}");
                    throw ErrorAtCur($"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)opening}'");
                }
                break;
        }
        if (c < 32 || c == 127)
            throw ErrorAtCur($"invalid non-printable character U+{c:X4}");
        // The level recorded is the one after this bracket was counted, as in CPython.
        return Make(OneChar(c), start, _pos);
    }

    private static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent,
        '&' => TokenKind.Amper,
        '(' => TokenKind.LPar,
        ')' => TokenKind.RPar,
        '*' => TokenKind.Star,
        '+' => TokenKind.Plus,
        ',' => TokenKind.Comma,
        '-' => TokenKind.Minus,
        '.' => TokenKind.Dot,
        '/' => TokenKind.Slash,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semi,
        '<' => TokenKind.Less,
        '=' => TokenKind.Equal,
        '>' => TokenKind.Greater,
        '@' => TokenKind.At,
        '[' => TokenKind.LSqb,
        ']' => TokenKind.RSqb,
        '^' => TokenKind.Circumflex,
        '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar,
        '}' => TokenKind.RBrace,
        '~' => TokenKind.Tilde,
        _ => TokenKind.ErrorOp,
    };

    private static TokenKind TwoChars(int c1, int c2)
    {
        switch (c1)
        {
            case '!': return c2 == '=' ? TokenKind.NotEqual : TokenKind.ErrorOp;
            case '%': return c2 == '=' ? TokenKind.PercentEqual : TokenKind.ErrorOp;
            case '&': return c2 == '=' ? TokenKind.AmperEqual : TokenKind.ErrorOp;
            case '*': return c2 == '*' ? TokenKind.DoubleStar : c2 == '=' ? TokenKind.StarEqual : TokenKind.ErrorOp;
            case '+': return c2 == '=' ? TokenKind.PlusEqual : TokenKind.ErrorOp;
            case '-': return c2 == '=' ? TokenKind.MinusEqual : c2 == '>' ? TokenKind.RArrow : TokenKind.ErrorOp;
            case '/': return c2 == '/' ? TokenKind.DoubleSlash : c2 == '=' ? TokenKind.SlashEqual : TokenKind.ErrorOp;
            case ':': return c2 == '=' ? TokenKind.ColonEqual : TokenKind.ErrorOp;
            case '<': return c2 == '<' ? TokenKind.LeftShift : c2 == '=' ? TokenKind.LessEqual : c2 == '>' ? TokenKind.NotEqual : TokenKind.ErrorOp;
            case '=': return c2 == '=' ? TokenKind.EqEqual : TokenKind.ErrorOp;
            case '>': return c2 == '=' ? TokenKind.GreaterEqual : c2 == '>' ? TokenKind.RightShift : TokenKind.ErrorOp;
            case '@': return c2 == '=' ? TokenKind.AtEqual : TokenKind.ErrorOp;
            case '^': return c2 == '=' ? TokenKind.CircumflexEqual : TokenKind.ErrorOp;
            case '|': return c2 == '=' ? TokenKind.VBarEqual : TokenKind.ErrorOp;
        }
        return TokenKind.ErrorOp;
    }

    private static TokenKind ThreeChars(int c1, int c2, int c3)
    {
        if (c3 != '=')
            return TokenKind.ErrorOp;
        if (c1 == '*' && c2 == '*')
            return TokenKind.DoubleStarEqual;
        if (c1 == '/' && c2 == '/')
            return TokenKind.DoubleSlashEqual;
        if (c1 == '<' && c2 == '<')
            return TokenKind.LeftShiftEqual;
        if (c1 == '>' && c2 == '>')
            return TokenKind.RightShiftEqual;
        return TokenKind.ErrorOp;
    }

    /// <summary>The text of line <paramref name="line"/> of this tokenizer's buffer, with its newline.</summary>
    internal string LineText(int lineStart)
    {
        int end = Array.IndexOf(_buf, (byte)'\n', lineStart, _length - lineStart);
        end = end < 0 ? _length : end + 1;
        return Encoding.UTF8.GetString(_buf, lineStart, end - lineStart);
    }

    private int CharCount(int from, int to) => CountCodePoints(_buf, from, to);

    /// <summary>Code points in a UTF-8 range (bytes that do not continue a sequence).</summary>
    internal static int CountCodePoints(byte[] b, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if ((b[i] & 0xC0) != 0x80)
                n++;
        }
        return n;
    }

    // syntaxerror() in CPython's tokenizer: the caret goes just before the current position.
    private PythonSyntaxError ErrorAtCur(string msg)
    {
        LastErrorDeferred = false;
        int col = CharCount(_lineStart, _pos);
        string text = LineText(_lineStart).TrimEnd('\n');
        return new PythonSyntaxError("SyntaxError", msg, _fileName, _line, col, _line, col, text);
    }

    private PythonSyntaxError ErrorKnownRange(string msg, int col, int endCol)
    {
        LastErrorDeferred = false;
        string text = LineText(_lineStart).TrimEnd('\n');
        return new PythonSyntaxError("SyntaxError", msg, _fileName, _line, col, _line, endCol, text);
    }

    /// <summary>
    /// An error CPython's parser raises from the tokenizer's state: the 1-based byte column is turned
    /// into characters over the line's text, the end column is 0.
    /// </summary>
    private PythonSyntaxError DoneStateError(string kind, string msg, int byteCol)
    {
        LastErrorDeferred = true;
        string text = LineText(_lineStart);
        int col = byteCol < 0 ? 0 : ByteToCharOffset(text, byteCol);
        return new PythonSyntaxError(kind, msg, _fileName, _line, col, _line, 0, text);
    }

    private PythonSyntaxError IndentError() => DoneStateError("TabError", "inconsistent use of tabs and spaces in indentation", 1);

    private PythonSyntaxError DedentError()
    {
        // CPython points past the end of the offending line.
        LastErrorDeferred = true;
        string text = LineText(_lineStart);
        int byteCol = Encoding.UTF8.GetByteCount(text);
        return new PythonSyntaxError("IndentationError", "unindent does not match any outer indentation level", _fileName, _line,
            ByteToCharOffset(text, byteCol), _line, -1, text);
    }

    private PythonSyntaxError UnclosedError()
    {
        LastErrorDeferred = true;
        return UnclosedBracketError();
    }

    /// <summary>"'(' was never closed" for the innermost open bracket.</summary>
    internal PythonSyntaxError UnclosedBracketError()
    {
        int line = _parenLine[_level - 1];
        int col = _parenCol[_level - 1];
        int ls = LineStartOf(line);
        string text = LineText(ls);
        return new PythonSyntaxError("SyntaxError", $"'{(char)_parenStack[_level - 1]}' was never closed", _fileName, line,
            ByteToCharOffset(text, col + 1), line, 0, text);
    }

    private int LineStartOf(int line)
    {
        int ls = _lineStart;
        int l = _line;
        while (l > line && ls > 0)
        {
            ls--;
            while (ls > 0 && _buf[ls - 1] != '\n')
                ls--;
            l--;
        }
        return ls;
    }

    /// <summary>CPython's _PyPegen_byte_offset_to_character_offset.</summary>
    internal static int ByteToCharOffset(string line, int byteOffset)
    {
        byte[] b = Encoding.UTF8.GetBytes(line);
        int len = b.Length;
        if (byteOffset > len + 1)
            byteOffset = len + 1;
        // One past the end reads C's terminating NUL, which counts as a character.
        if (byteOffset > len)
            return CountCodePoints(b, 0, len) + 1;
        return CountCodePoints(b, 0, byteOffset);
    }
}
