using PyPack.Runtime.Modules.Io;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Csv;

/// <summary>
/// What csv.reader returns (<c>_csv.reader</c>): iterating it parses the lines of its input into
/// records with the state machine of CPython's _csv, run over each line's code points and then an
/// end-of-line marker, so quoting, escapes, embedded newlines, line_num and errors come out the same.
/// </summary>
public sealed class CsvReader : PyIterator
{
    public static readonly PyType TypeObject = CreateType();

    private enum State
    {
        StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
        QuoteInQuotedField, EatCrNl, AfterEscapedCrNl,
    }

    // The end of a line, fed after its last character (CPython's c == '\0' at EOL).
    private const int Eol = -2;

    private readonly PyIterator _input;
    // The input when it is an exact StringIO: its lines are read in place, no str made for each.
    private readonly PyMemoryStream? _text;
    private readonly CsvFormat _format;
    private long _lineNum;
    // line_num as last handed out: csv.DictReader reads it twice per record (its fieldnames property
    // and __next__), and a line count past 256 is a new int each time otherwise.
    private PyInt? _lineNumBox;
    private PyList _fields = new();
    private int _lastFieldCount; // of the last non-blank record (the caller may change its list since)
    // The field being read: its UTF-16 units, made into a str (inline when short) at its end.
    private char[] _field = new char[64];
    private int _fieldUnits;
    private int _fieldLength; // in code points, for the field size limit
    private State _state = State.StartRecord;
    private bool _numeric;

    internal CsvReader(PyIterator input, CsvFormat format)
    {
        _input = input;
        _text = input is PyMemoryStream { IsExactText: true } text ? text : null;
        _format = format;
    }

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "dialect" => _format.Dialect,
        "line_num" => LineNumber(),
        _ => null,
    };

    private PyInt LineNumber()
    {
        if (_lineNumBox is not { } box || box.Small != _lineNum) _lineNumBox = box = PyInt.From(_lineNum);
        return box;
    }

    internal static int CodePointAt(ReadOnlySpan<char> s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];

    public override PyObject? Next()
    {
        // Sized as the previous record: records mostly have the same field count, and the list then
        // takes no growing (two garbage arrays per record of six fields).
        _fields = new PyList(_lastFieldCount);
        _fieldUnits = 0;
        _fieldLength = 0;
        _state = State.StartRecord;
        _numeric = false;
        while (true)
        {
            if (!NextLine(out var s))
            {
                if (_fieldLength != 0 || _state == State.InQuotedField)
                {
                    if (_format.Strict) throw Errors.Raise(CsvModule.Error, "unexpected end of data");
                    SaveField();
                    break;
                }
                return null;
            }
            _lineNum++;
            for (var i = 0; i < s.Length; i++)
            {
                if (_state is State.InField or State.InQuotedField)
                {
                    var run = OrdinaryRun(s, i);
                    if (run > 0)
                    {
                        AddRun(s, i, run);
                        i += run;
                        if (i == s.Length) break;
                    }
                }
                var c = CodePointAt(s, i);
                if (c > 0xFFFF) i++;
                Process(c);
            }
            Process(Eol);
            if (_state == State.StartRecord) break;
        }
        if (_fields.Count != 0) _lastFieldCount = _fields.Count;
        return _fields;
    }

    /// <summary>The input's next line (false at its end): read in place from an exact StringIO, else the str its iterator gives.</summary>
    private bool NextLine(out ReadOnlySpan<char> s)
    {
        if (_text is not null) return _text.TryNextLine(out s);
        var line = _input.Next();
        if (line is null)
        {
            s = default;
            return false;
        }
        if (line is not PyStr text)
        {
            throw Errors.Raise(CsvModule.Error,
                $"iterator should return strings, not {line.Type.TpName} (the file should be opened in text mode)");
        }
        s = text.Chars;
        return true;
    }

    /// <summary>
    /// How many characters from s[start] the state machine would only append to the current field
    /// (the field goes on and the state stays): the common case, taken as one run instead of one
    /// Process call per character. Surrogates end a run so that code points are counted one by one.
    /// </summary>
    private int OrdinaryRun(ReadOnlySpan<char> s, int start)
    {
        var d = _format;
        var end = start;
        if (_state == State.InField)
        {
            while (end < s.Length)
            {
                var c = s[end];
                if (c == '\n' || c == '\r' || c == d.Delimiter || c == d.EscapeChar || char.IsSurrogate(c)) break;
                end++;
            }
        }
        else
        {
            var quote = d.Quoting != CsvFormat.QuoteNone ? d.QuoteChar : -1;
            while (end < s.Length)
            {
                var c = s[end];
                if (c == quote || c == d.EscapeChar || char.IsSurrogate(c)) break;
                end++;
            }
        }
        return end - start;
    }

    /// <summary>AddChar for each of s[start..start+count], BMP characters all.</summary>
    private void AddRun(ReadOnlySpan<char> s, int start, int count)
    {
        var limit = CsvModule.FieldSizeLimit;
        if (_fieldLength + count > limit) throw Errors.Raise(CsvModule.Error, $"field larger than field limit ({limit})");
        s.Slice(start, count).CopyTo(Room(count));
        _fieldUnits += count;
        _fieldLength += count;
    }

    /// <summary>The free part of the field buffer, grown to hold at least <paramref name="count"/> more units.</summary>
    private Span<char> Room(int count)
    {
        if (_fieldUnits + count > _field.Length) Array.Resize(ref _field, Math.Max(_fieldUnits + count, 2 * _field.Length));
        return _field.AsSpan(_fieldUnits);
    }

    private void SaveField()
    {
        // As CPython's: the shared empty str and one-character Latin-1 strs, else a new str.
        PyObject value = PyStr.Shared(_field.AsSpan(0, _fieldUnits));
        _fieldUnits = 0;
        _fieldLength = 0;
        if (_numeric)
        {
            _numeric = false;
            value = PyFloat.TypeObject.Call1(value);
        }
        _fields.Append(value);
    }

    private void AddChar(int c)
    {
        var limit = CsvModule.FieldSizeLimit;
        if (_fieldLength >= limit) throw Errors.Raise(CsvModule.Error, $"field larger than field limit ({limit})");
        if (c > 0xFFFF)
        {
            _fieldUnits += new System.Text.Rune(c).EncodeToUtf16(Room(2));
        }
        else
        {
            Room(1)[0] = (char)c;
            _fieldUnits++;
        }
        _fieldLength++;
    }

    private static bool IsNewline(int c) => c == '\n' || c == '\r';

    private void EndField(int c)
    {
        SaveField();
        _state = c == Eol ? State.StartRecord : State.EatCrNl;
    }

    private void Process(int c)
    {
        var d = _format;
        switch (_state)
        {
            case State.StartRecord:
                if (c == Eol) return;
                if (IsNewline(c))
                {
                    _state = State.EatCrNl;
                    return;
                }
                _state = State.StartField;
                goto case State.StartField;
            case State.StartField:
                if (c == Eol || IsNewline(c)) EndField(c);
                else if (c == d.QuoteChar && d.Quoting != CsvFormat.QuoteNone) _state = State.InQuotedField;
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == ' ' && d.SkipInitialSpace) { }
                else if (c == d.Delimiter) SaveField();
                else
                {
                    if (d.Quoting == CsvFormat.QuoteNonNumeric) _numeric = true;
                    AddChar(c);
                    _state = State.InField;
                }
                break;
            case State.EscapedChar:
                if (IsNewline(c))
                {
                    AddChar(c);
                    _state = State.AfterEscapedCrNl;
                    return;
                }
                AddChar(c == Eol ? '\n' : c);
                _state = State.InField;
                break;
            case State.AfterEscapedCrNl:
                if (c == Eol) return;
                goto case State.InField;
            case State.InField:
                if (c == Eol || IsNewline(c)) EndField(c);
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == d.Delimiter)
                {
                    SaveField();
                    _state = State.StartField;
                }
                else
                {
                    AddChar(c);
                    _state = State.InField;
                }
                break;
            case State.InQuotedField:
                if (c == Eol) { }
                else if (c == d.EscapeChar) _state = State.EscapeInQuotedField;
                else if (c == d.QuoteChar && d.Quoting != CsvFormat.QuoteNone) _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                else AddChar(c);
                break;
            case State.EscapeInQuotedField:
                AddChar(c == Eol ? '\n' : c);
                _state = State.InQuotedField;
                break;
            case State.QuoteInQuotedField:
                if (d.Quoting != CsvFormat.QuoteNone && c == d.QuoteChar)
                {
                    AddChar(c);
                    _state = State.InQuotedField;
                }
                else if (c == d.Delimiter)
                {
                    SaveField();
                    _state = State.StartField;
                }
                else if (c == Eol || IsNewline(c)) EndField(c);
                else if (!d.Strict)
                {
                    AddChar(c);
                    _state = State.InField;
                }
                else
                {
                    throw Errors.Raise(CsvModule.Error, $"'{Char(d.Delimiter)}' expected after '{Char(d.QuoteChar)}'");
                }
                break;
            case State.EatCrNl:
                if (IsNewline(c)) { }
                else if (c == Eol) _state = State.StartRecord;
                else throw Errors.Raise(CsvModule.Error, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                break;
        }
    }

    internal static string Char(int c) => c < 0 ? "None" : c > 0xFFFF ? char.ConvertFromUtf32(c) : ((char)c).ToString();

    private static PyType CreateType()
    {
        var type = new PyType("reader", null) { Module = "_csv", TpName = "_csv.reader" };
        return type;
    }
}
