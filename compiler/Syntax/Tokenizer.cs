using System.Globalization;
using System.Text;
using PyPack.Runtime.Unicode;

namespace PyPack.Compiler.Syntax;

/// <summary>
/// Python 3.11's tokenizer over UTF-8 bytes (line endings already normalised to '\n' and a final
/// newline present). It produces one token per call so the parser reads only as far as it needs,
/// which decides where CPython reports errors. Error messages and locations follow CPython's.
/// </summary>
public sealed partial class Tokenizer
{
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly byte[] _buf;
    private readonly int _length;
    private readonly string _fileName;
    private readonly NameTable _names;
    private int _pos;
    private int _lineStart;
    private int _line = 1;
    private bool _atBeginningOfLine = true;
    private readonly int[] _indentStack = new int[MaxIndent + 1];
    private readonly int[] _altIndentStack = new int[MaxIndent + 1];
    private int _indent;
    private int _pendingIndents;
    private readonly byte[] _parenStack = new byte[MaxLevel];
    private readonly int[] _parenLine = new int[MaxLevel];
    private readonly int[] _parenCol = new int[MaxLevel];
    private int _level;
    private bool _done;
    private Dictionary<string, string>? _unicodeNames;

    /// <summary>Line/column shift applied to tokens of the first line (f-string sub-expressions).</summary>
    private readonly int _startingLine;
    private readonly int _startingCol;

    public Tokenizer(byte[] utf8, int length, string fileName)
        : this(utf8, length, fileName, new NameTable(), 1, 0, 0)
    {
    }

    internal Tokenizer(byte[] utf8, int length, string fileName, NameTable names, int firstLine, int startingLine, int startingCol)
    {
        _buf = utf8;
        _length = length;
        _fileName = fileName;
        _names = names;
        _line = firstLine;
        _startingLine = startingLine;
        _startingCol = startingCol;
    }

    internal byte[] Buffer => _buf;
    internal int Length => _length;
    public int Level => _level;
    public int CurrentLine => _line;
    /// <summary>Byte column of the current position (CPython's tok->cur - tok->line_start).</summary>
    public int CurrentCol => _pos - _lineStart;
    internal NameTable Names => _names;
    internal bool AtEndOfInput => _pos >= _length;

    /// <summary>Set when the last error was one CPython raises from the parser's view of the
    /// tokenizer state (E_EOF, E_DEDENT, E_TABSPACE, ...): such errors do not override a parser error
    /// found before them.</summary>
    internal bool LastErrorDeferred { get; private set; }

    /// <summary>Line and column of the innermost unclosed bracket when the input ended inside brackets.</summary>
    internal int UnclosedLine => _level > 0 ? _parenLine[_level - 1] : 0;

    private int Peek() => _pos < _length ? _buf[_pos] : -1;

    private int NextChar() => _pos < _length ? _buf[_pos++] : -1;

    private void Backup(int c)
    {
        if (c != -1)
            _pos--;
    }

    /// <summary>Moves to the next line after a '\n' at _pos-1.</summary>
    private void StartNewLine()
    {
        _line++;
        _lineStart = _pos;
    }

    private Token Make(TokenKind kind, int start, int end)
    {
        Token t;
        t.Kind = kind;
        t.Level = _level;
        t.Start = start;
        t.End = end;
        t.Line = _line;
        t.EndLine = _line;
        int col = start - _lineStart;
        int endCol = end - _lineStart;
        if (_line == _startingLine)
        {
            col += _startingCol;
            endCol += _startingCol;
        }
        t.Col = col;
        t.EndCol = endCol;
        t.Text = null;
        return t;
    }

    public Token Next()
    {
        if (_done)
            return Make(TokenKind.EndMarker, _pos, _pos);
        int c;
        bool blankLine;
    nextline:
        blankLine = false;
        if (_atBeginningOfLine)
        {
            _atBeginningOfLine = false;
            int col = 0, altCol = 0;
            while (true)
            {
                c = NextChar();
                if (c == ' ')
                {
                    col++;
                    altCol++;
                }
                else if (c == '\t')
                {
                    col = (col / 8 + 1) * 8;
                    altCol++;
                }
                else if (c == '\f')
                {
                    col = altCol = 0;
                }
                else
                {
                    break;
                }
            }
            Backup(c);
            // Comment-only and blank lines do not affect indentation; the end of input counts as a
            // line at column 0, which closes every open block.
            if (c == '#' || c == '\n')
                blankLine = true;
            if (!blankLine && _level == 0)
            {
                if (col == _indentStack[_indent])
                {
                    if (altCol != _altIndentStack[_indent])
                        throw IndentError();
                }
                else if (col > _indentStack[_indent])
                {
                    if (_indent + 1 >= MaxIndent)
                        throw DoneStateError("IndentationError", "too many levels of indentation", 0);
                    if (altCol <= _altIndentStack[_indent])
                        throw IndentError();
                    _pendingIndents++;
                    _indent++;
                    _indentStack[_indent] = col;
                    _altIndentStack[_indent] = altCol;
                }
                else
                {
                    while (_indent > 0 && col < _indentStack[_indent])
                    {
                        _pendingIndents--;
                        _indent--;
                    }
                    if (col != _indentStack[_indent])
                        throw DedentError();
                    if (altCol != _altIndentStack[_indent])
                        throw IndentError();
                }
            }
        }

        if (_pendingIndents != 0)
        {
            Token t = Make(_pendingIndents < 0 ? TokenKind.Dedent : TokenKind.Indent, _pos, _pos);
            t.Col = -1;
            t.EndCol = -1;
            if (_pendingIndents < 0)
                _pendingIndents++;
            else
                _pendingIndents--;
            return t;
        }

    again:
        do
        {
            c = NextChar();
        }
        while (c == ' ' || c == '\t' || c == '\f');
        int start = _pos - 1;

        if (c == '#')
        {
            while (c != -1 && c != '\n')
                c = NextChar();
        }

        if (c == -1)
        {
            if (_level > 0)
                throw UnclosedError();
            _done = true;
            return Make(TokenKind.EndMarker, _pos, _pos);
        }

        if (IsPotentialIdentifierStart(c))
            return ReadNameOrPrefixedString(start, c);

        if (c == '\n')
        {
            _atBeginningOfLine = true;
            if (blankLine || _level > 0)
            {
                StartNewLine();
                goto nextline;
            }
            // CPython leaves the '\n' out of the token: it ends where it starts.
            Token t = Make(TokenKind.Newline, start, _pos - 1);
            StartNewLine();
            return t;
        }

        if (c == '.')
        {
            c = NextChar();
            if (IsDigit(c))
                return ReadFraction(start);
            if (c == '.')
            {
                c = NextChar();
                if (c == '.')
                    return Make(TokenKind.Ellipsis, start, _pos);
                Backup(c);
                _pos--;
            }
            else
            {
                Backup(c);
            }
            return Make(TokenKind.Dot, start, _pos);
        }

        if (IsDigit(c))
            return ReadNumber(start, c);

        if (c == '\'' || c == '"')
            return ReadString(start, c);

        if (c == '\\')
        {
            c = NextChar();
            if (c != '\n')
            {
                throw DoneStateError("SyntaxError", "unexpected character after line continuation character", _pos - 1 - _lineStart + 1);
            }
            if (_pos >= _length)
            {
                // CPython reports this on the continued line, just past its end.
                throw DoneStateError("SyntaxError", "unexpected EOF while parsing", _pos - _lineStart);
            }
            StartNewLine();
            goto again;
        }

        return ReadOperator(start, c);
    }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;
    private static bool IsPotentialIdentifierStart(int c) => (uint)((c | 0x20) - 'a') <= 25 || c == '_' || c >= 128;
    private static bool IsPotentialIdentifierChar(int c) => (uint)((c | 0x20) - 'a') <= 25 || c == '_' || IsDigit(c) || c >= 128;

    private Token ReadNameOrPrefixedString(int start, int c)
    {
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (true)
        {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
                sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
                sawU = true;
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
                sawR = true;
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
                sawF = true;
            else
                break;
            c = NextChar();
            if (c == '"' || c == '\'')
                return ReadString(start, c);
        }
        bool nonAscii = false;
        while (IsPotentialIdentifierChar(c))
        {
            if (c >= 128)
                nonAscii = true;
            c = NextChar();
        }
        Backup(c);
        Token t = Make(TokenKind.Name, start, _pos);
        if (nonAscii)
        {
            t.Text = VerifyIdentifier(start);
            t.Kind = TokenKind.Name;
        }
        else
        {
            t.Text = _names.Lookup(new ReadOnlySpan<byte>(_buf, start, _pos - start), out TokenKind kind);
            t.Kind = kind;
        }
        return t;
    }

    private string VerifyIdentifier(int start)
    {
        string s = Encoding.UTF8.GetString(_buf, start, _pos - start);
        int i = 0;
        int byteOffset = start;
        bool first = true;
        while (i < s.Length)
        {
            Rune r = Rune.GetRuneAt(s, i);
            bool ok = first ? IsXidStart(r) : IsXidContinue(r);
            if (!ok)
            {
                // CPython points just past the offending character.
                _pos = byteOffset + r.Utf8SequenceLength;
                string shown = r.ToString();
                throw ErrorAtCur($"invalid character '{shown}' (U+{r.Value:X4})");
            }
            first = false;
            byteOffset += r.Utf8SequenceLength;
            i += r.Utf16SequenceLength;
        }
        // PEP 3131: non-ASCII identifiers are compared, and stored in the AST, in NFKC form.
        s = UnicodeNormalizer.Nfkc(s);
        _unicodeNames ??= new Dictionary<string, string>();
        if (!_unicodeNames.TryGetValue(s, out string? interned))
        {
            _unicodeNames[s] = s;
            interned = s;
        }
        return interned;
    }

    // XID_Start / XID_Continue of Unicode 14.0, as CPython 3.11 tests identifiers.
    internal static bool IsXidStart(Rune r)
    {
        if (r.Value < 128)
            return r.Value == '_' || (uint)((r.Value | 0x20) - 'a') <= 25;
        return UnicodeFlags.Has(r.Value, CharFlags.IdentifierStart);
    }

    internal static bool IsXidContinue(Rune r)
    {
        if (r.Value < 128)
            return r.Value == '_' || (uint)((r.Value | 0x20) - 'a') <= 25 || IsDigit(r.Value);
        return UnicodeFlags.Has(r.Value, CharFlags.IdentifierContinue);
    }
}
