using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Io;

/// <summary>
/// io.StringIO and io.BytesIO: an in-memory stream of code points or bytes with a position,
/// read/write/readline/seek/tell/getvalue/truncate, iteration by line, and close.
/// </summary>
public class PyMemoryStream : PyIterator
{
    public static readonly PyType StringIOType = CreateType("StringIO");
    public static readonly PyType BytesIOType = CreateType("BytesIO");

    // The contents as UTF-16 units (a byte per char for BytesIO), appended to in place: a write
    // copies its text once, and read/readline/getvalue make strings straight from the buffer.
    private char[] _buffer = [];
    private int _length;

    // StringIO text appended at the end since the buffer was last complete: the last _tail.Length
    // units of the contents. A StringBuilder grows by chunks below the large-object threshold, so a
    // report built with many writes and read back once with getvalue() leaves no trail of doubled
    // buffers in the large-object heap, which only a full collection frees. Any other operation
    // first moves the tail into the buffer (Settle); the position is at the end while there is one.
    private StringBuilder? _tail;

    // The initial value's text, read in place until the stream is first changed (then copied into
    // the buffer, see Own): StringIO(text) made to read text line by line copies nothing, where a
    // copy of a big text is a large object whose garbage only a full collection frees.
    private string? _source;
    private int _position;   // in units; a str position past the end counts code points beyond it
    private bool _bytes;
    private bool _closed;

    // Whether a surrogate pair was ever written: only then do str positions (code points) differ from units.
    private bool _pairs;

    // StringIO's newline argument: "\n" (the default) stores and splits text as it is; null
    // translates "\r\n" and "\r" to "\n" as text is written; "" keeps them but ends lines at any
    // of the three; "\r" and "\r\n" replace each "\n" written and end lines there.
    private string? _newline = "\n";

    // The kinds of line ending written so far (newline None or ""), for the newlines attribute.
    private SeenNewlines _seen;

    public PyMemoryStream(bool bytes, PyObject? initial, string? newline = "\n")
    {
        _bytes = bytes;
        _newline = newline;
        if (initial is null or PyNone) return;
        if (!bytes && initial is PyStr text && newline == "\n")
        {
            // Stored as it is (only a newline argument other than "\n" translates on write).
            _source = text.Value;
            _length = _source.Length;
            _pairs = text.CodePointCount != _length;
            return;
        }
        Write(initial);
        _position = 0;
    }

    /// <summary>
    /// Takes <paramref name="other"/>'s contents, position and settings: <c>__init__</c> of an
    /// instance of a subclass (run again, it starts the stream over, as CPython's does).
    /// </summary>
    internal void ReplaceWith(PyMemoryStream other)
    {
        other.Settle();
        _tail = null;
        _buffer = other._buffer;
        _source = other._source;
        _length = other._length;
        _position = other._position;
        _bytes = other._bytes;
        _closed = other._closed;
        _pairs = other._pairs;
        _newline = other._newline;
        _seen = other._seen;
    }

    public override PyType Type => _bytes ? BytesIOType : StringIOType;

    // An exact stream's __dict__ (CPython's StringIO and BytesIO have one), made when first used;
    // a subclass's instances keep theirs in PyMemoryStreamSubclass.Dict.
    private PyDict? _attributes;

    private bool IsExact => this is not PyMemoryStreamSubclass;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "closed" => PyBool.From(_closed),
        "newlines" when !_bytes => _seen.ToPython(),
        "__dict__" when IsExact => _attributes ??= new PyDict(),
        _ => IsExact ? _attributes?.TryGetStr(name) : null,
    };

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (!IsExact) return false;
        (_attributes ??= new PyDict()).SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => IsExact && _attributes is not null && _attributes.RemoveStr(name);

    protected bool IsBytes => _bytes;

    protected void CheckOpen()
    {
        // CPython's two classes word it differently.
        if (_closed) throw Errors.ValueError(_bytes ? "I/O operation on closed file." : "I/O operation on closed file");
    }

    /// <summary>Moves appended text into the buffer, which then holds all the contents.</summary>
    private void Settle()
    {
        if (_tail is not { } tail) return;
        Own();
        _tail = null;
        var start = _length - tail.Length;
        if (_buffer.Length < _length) Array.Resize(ref _buffer, _length);
        tail.CopyTo(0, _buffer.AsSpan(start), tail.Length);
    }

    /// <summary>The initial text moves into the buffer, before the stream's first change.</summary>
    private void Own()
    {
        if (_source is not { } source) return;
        _source = null;
        _buffer = new char[System.Math.Max(16, _length)];
        source.AsSpan(0, _length).CopyTo(_buffer);
    }

    /// <summary>The contents (appended text settled into the buffer first).</summary>
    private ReadOnlySpan<char> Units
    {
        get
        {
            Settle();
            return _source is { } source ? source.AsSpan(0, _length) : _buffer.AsSpan(0, _length);
        }
    }

    /// <summary>The whole text, made from the buffer and the appended chunks without settling them.</summary>
    private PyObject Contents()
    {
        if (_tail is null) return Make(0, _length);
        return new PyStr(string.Create(_length, this, static (span, stream) =>
        {
            var tail = stream._tail!;
            var head = stream._length - tail.Length;
            stream._buffer.AsSpan(0, head).CopyTo(span);
            tail.CopyTo(0, span[head..], tail.Length);
        }));
    }

    private PyObject Make(int start, int count)
    {
        Settle();
        if (_bytes)
        {
            var data = new byte[count];
            for (var i = 0; i < count; i++) data[i] = (byte)_buffer[start + i];
            return PyBytes.Of(data);
        }
        if (count == 0) return PyStr.Empty;
        if (_source is { } source && start == 0 && count == source.Length) return new PyStr(source);
        return new PyStr(new string(Units.Slice(start, count)));
    }

    private void EnsureCapacity(int needed)
    {
        Own();
        Settle();
        if (needed <= _buffer.Length) return;
        Array.Resize(ref _buffer, System.Math.Max(needed, System.Math.Max(16, _buffer.Length * 2)));
    }

    public int Write(PyObject data)
    {
        CheckOpen();
        if (_bytes)
        {
            if (data is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            if (data is not PyBytes b) throw Errors.TypeError($"a bytes-like object is required, not '{data.Type.TpName}'");
            var bytes = b.Data;
            Place(bytes.Length);
            for (var i = 0; i < bytes.Length; i++) _buffer[_position + i] = (char)bytes[i];
            return Advance(bytes.Length);
        }
        if (data is not PyStr s) throw Errors.TypeError($"string argument expected, got '{data.Type.TpName}'");
        var count = s.CodePointCount;
        // write() returns the length of what it was given, before any translation.
        var raw = s.Value;
        var text = Translated(raw);
        WriteText(text, ReferenceEquals(text, raw) ? count : new PyStr(text).CodePointCount);
        return count;
    }

    /// <summary>Text as the newline argument stores it (each write on its own: a "\r" at the end of one is not joined to a "\n" starting the next, as in CPython).</summary>
    private string Translated(string text)
    {
        if (_newline == "\n" || text.AsSpan().IndexOfAny('\r', '\n') < 0) return text;
        if (_newline is null or "")
        {
            _seen.Scan(text);
            return _newline is null ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        return text.Replace("\n", _newline);
    }

    private void WriteText(string text, int count)
    {
        Own();
        if (_position == _length && (_tail is not null || _length + text.Length > _buffer.Length))
        {
            // Appending past what the buffer holds: into the tail, without growing the buffer.
            (_tail ??= new StringBuilder()).Append(text);
            _length += text.Length;
            _position = _length;
            if (count != text.Length) _pairs = true;
            return;
        }
        Settle();
        if (_position < _length && (_pairs || count != text.Length))
        {
            // Overwriting where pairs make units and code points differ: code point by code point.
            WriteCodePoints(text);
            return;
        }
        Place(text.Length);
        text.CopyTo(0, _buffer, _position, text.Length);
        Advance(text.Length);
        if (count != text.Length) _pairs = true;
    }

    /// <summary>Makes room for <paramref name="units"/> at the position, padding a gap after the end with NULs.</summary>
    private void Place(int units)
    {
        EnsureCapacity(_position + units);
        if (_position > _length) Array.Clear(_buffer, _length, _position - _length);
    }

    private int Advance(int units)
    {
        _position += units;
        if (_position > _length) _length = _position;
        return units;
    }

    private void WriteCodePoints(string text)
    {
        var points = CodePoints(Units);
        var at = (int)CodePointOfUnit(_position);
        while (points.Count < at) points.Add(0);
        var incoming = CodePoints(text.AsSpan());
        for (var i = 0; i < incoming.Count; i++)
        {
            if (at + i < points.Count) points[at + i] = incoming[i];
            else points.Add(incoming[i]);
        }
        var sb = new StringBuilder(points.Count);
        foreach (var cp in points)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        var whole = sb.ToString();
        _buffer = whole.ToCharArray();
        _length = whole.Length;
        _pairs = true;
        _position = UnitOfCodePoint(at + incoming.Count);
    }

    private static List<int> CodePoints(ReadOnlySpan<char> s)
    {
        var points = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                points.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                points.Add(s[i]);
            }
        }
        return points;
    }

    /// <summary>The unit offset of code point <paramref name="index"/> (past the end: one unit per code point).</summary>
    private int UnitOfCodePoint(long index)
    {
        if (!_pairs) return (int)index;
        var units = Units;
        var unit = 0;
        for (long cp = 0; cp < index; cp++)
        {
            if (unit >= _length) return (int)(unit + (index - cp));
            unit += char.IsHighSurrogate(units[unit]) && unit + 1 < _length && char.IsLowSurrogate(units[unit + 1]) ? 2 : 1;
        }
        return unit;
    }

    /// <summary>The code point index of unit offset <paramref name="unit"/>.</summary>
    private long CodePointOfUnit(int unit)
    {
        if (!_pairs) return unit;
        var units = Units;
        long count = 0;
        var i = 0;
        for (; i < unit && i < _length; count++)
        {
            i += char.IsHighSurrogate(units[i]) && i + 1 < _length && char.IsLowSurrogate(units[i + 1]) ? 2 : 1;
        }
        return count + (unit - i > 0 ? unit - i : 0);
    }

    /// <summary>The unit offset <paramref name="size"/> code points after the position (size &lt; 0: the end), within the text.</summary>
    private int Ahead(long size)
    {
        var start = System.Math.Min(_position, _length);
        if (size < 0) return _length;
        if (!_pairs) return (int)System.Math.Min(_length, start + size);
        var units = Units;
        var unit = start;
        for (long n = 0; n < size && unit < _length; n++)
        {
            unit += char.IsHighSurrogate(units[unit]) && unit + 1 < _length && char.IsLowSurrogate(units[unit + 1]) ? 2 : 1;
        }
        return unit;
    }

    private PyObject Read(long size)
    {
        CheckOpen();
        var start = System.Math.Min(_position, _length);
        var end = Ahead(size);
        _position = System.Math.Max(_position, end);
        return Make(start, end - start);
    }

    private PyObject ReadLine(long size)
    {
        var (start, end) = TakeLine(size);
        return Make(start, end - start);
    }

    /// <summary>Where the next line (at most <paramref name="size"/> code points when not negative) starts and ends; moves the position past it.</summary>
    private (int Start, int End) TakeLine(long size)
    {
        CheckOpen();
        var start = System.Math.Min(_position, _length);
        var limit = Ahead(size);
        var end = LineEnd(Units[start..limit]) is var n and >= 0 ? start + n : limit;
        _position = System.Math.Max(_position, end);
        return (start, end);
    }

    /// <summary>
    /// What <see cref="Next"/> does for an exact StringIO, the line given as the buffer's span
    /// instead of a new str: for a reader that only scans each line (csv's), a line costs no
    /// objects. The span is valid until the stream is next written to. False at the end.
    /// </summary>
    internal bool TryNextLine(out ReadOnlySpan<char> line)
    {
        CheckOpen();
        line = default;
        if (_position >= _length) return false;
        var (start, end) = TakeLine(-1);
        line = Units[start..end];
        return true;
    }

    /// <summary>Whether <see cref="TryNextLine"/> stands for iterating this stream: an exact StringIO (a subclass may define its own __next__).</summary>
    internal bool IsExactText => !_bytes && GetType() == typeof(PyMemoryStream);

    /// <summary>Where the first line of <paramref name="text"/> ends (after its line ending), or -1: the ending the newline argument reads.</summary>
    private int LineEnd(ReadOnlySpan<char> text)
    {
        switch (_newline)
        {
            case "\r":
                return text.IndexOf('\r') is var cr and >= 0 ? cr + 1 : -1;
            case "\r\n":
                return text.IndexOf("\r\n") is var crlf and >= 0 ? crlf + 2 : -1;
            case "":
                var at = text.IndexOfAny('\r', '\n');
                if (at < 0) return -1;
                return text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
            default:
                return text.IndexOf('\n') is var lf and >= 0 ? lf + 1 : -1;
        }
    }

    // StringIO's iter() and readlines() are IOBase's, which word the closed check with a period
    // (BytesIO's iter() does not check at all).
    public override PyIterator Iter()
    {
        if (_closed && !_bytes) throw Errors.ValueError("I/O operation on closed file.");
        return this;
    }

    public override PyObject? Next()
    {
        CheckOpen();
        if (_position >= _length) return null;
        return ReadLine(-1);
    }

    private static PyMemoryStream Self(PyObject o) => (PyMemoryStream)o;

    private static long Size(ReadOnlySpan<PyObject> args) =>
        args.Length == 0 || args[0] is PyNone ? -1 : Operations.Conversions.ToIndex(args[0]);

    private static PyType CreateType(string name)
    {
        var isBytes = name == "BytesIO";
        var type = new PyType(name, isBytes ? IoBaseTypes.BufferedIOBase : IoBaseTypes.TextIOBase) { Module = "_io", TpName = "_io." + name };
        // Its own, over IOBase's (the instance's state, not an __IOBase_closed attribute).
        type.Property("closed", static self => PyBool.From(Self(self)._closed));
        if (!isBytes) type.Property("newlines", static self => Self(self)._seen.ToPython());
        type.Constructor = (args, kw) =>
        {
            var a = ModuleArgs.Bind(name, args, kw, isBytes ? ["initial_bytes"] : ["initial_value", "newline"], 0);
            if (isBytes) return new PyMemoryStream(true, a[0]);
            string? newline = "\n";
            if (a[1] is PyNone) newline = null;
            else if (a[1] is PyStr text) newline = text.Value;
            else if (a[1] is not null) throw Errors.TypeError($"newline must be str or None, not {a[1]!.Type.TpName}");
            if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {a[1]!.Repr()}");
            if (a[0] is not (null or PyNone or PyStr)) throw Errors.TypeError($"initial_value must be str or None, not {a[0]!.Type.TpName}");
            return new PyMemoryStream(false, a[0], newline);
        };
        BuiltinBases.Mutable(type, t => new PyMemoryStreamSubclass(t, isBytes), static (self, value) => Self(self).ReplaceWith(Self(value)));
        type.Method("write", static (self, data) => PyInt.From(Self(self).Write(data)));
        type.Method("writelines", static (self, lines) =>
        {
            foreach (var line in Operations.Iteration.ToArray(lines)) Self(self).Write(line);
            return PyNone.Instance;
        });
        type.Method("read", static (self, args, kw) => Self(self).Read(Size(args)));
        type.Method("readline", static (self, args, kw) => Self(self).ReadLine(Size(args)));
        type.Method("readlines", static (self, args, kw) =>
        {
            var stream = Self(self);
            var list = new PyList();
            stream.Iter();
            while (stream.Next() is { } line) list.Append(line);
            return list;
        });
        type.Method("getvalue", static self =>
        {
            Self(self).CheckOpen();
            return Self(self).Contents();
        });
        type.Method("tell", static self =>
        {
            Self(self).CheckOpen();
            return PyInt.From(Self(self).CodePointOfUnit(Self(self)._position));
        });
        type.Method("seek", static (self, args, kw) =>
        {
            var stream = Self(self);
            stream.CheckOpen();
            Args.Check(stream.Type.Name, "seek", args, kw, 1, 2);
            var offset = Operations.Conversions.ToIndex(args[0]);
            var whence = args.Length > 1 ? Operations.Conversions.ToIndex(args[1]) : 0;
            if (whence == 0 && offset < 0) throw Errors.ValueError($"Negative seek position {offset}");
            if (!stream._bytes && whence != 0 && offset != 0)
            {
                throw Errors.Raise(Exceptions.ExceptionTypes.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            }
            var current = stream.CodePointOfUnit(stream._position);
            var target = whence switch
            {
                0 => offset,
                1 => System.Math.Max(0, current + offset),
                2 => System.Math.Max(0, stream.CodePointOfUnit(stream._length) + offset),
                _ => throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)"),
            };
            stream._position = stream.UnitOfCodePoint(target);
            return PyInt.From(target);
        });
        type.Method("truncate", static (self, args, kw) =>
        {
            var stream = Self(self);
            stream.CheckOpen();
            var size = args.Length == 0 || args[0] is PyNone ? stream.CodePointOfUnit(stream._position) : Operations.Conversions.ToIndex(args[0]);
            var unit = stream.UnitOfCodePoint(size);
            if (unit < stream._length)
            {
                stream.Own();
                stream.Settle();
                // The position stays where it was in code points, even past the new end.
                var position = stream.CodePointOfUnit(stream._position);
                stream._length = unit;
                stream._position = stream.UnitOfCodePoint(position);
            }
            return PyInt.From(size);
        });
        type.Method("close", static self =>
        {
            Self(self)._closed = true;
            return PyNone.Instance;
        });
        type.Method("readable", static self => PyBool.True);
        type.Method("writable", static self => PyBool.True);
        type.Method("seekable", static self => PyBool.True);
        type.Method("isatty", static self => PyBool.False);
        type.Method("flush", static self => PyNone.Instance);
        type.Method("__enter__", static self =>
        {
            Self(self).CheckOpen();
            return self;
        });
        type.Method("__exit__", static (self, args, kw) =>
        {
            Self(self)._closed = true;
            return PyNone.Instance;
        });
        return type;
    }
}
