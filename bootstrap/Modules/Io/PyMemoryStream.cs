using System.Text;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Io;

/// <summary>
/// io.StringIO and io.BytesIO: an in-memory stream of code points or bytes with a position,
/// read/write/readline/seek/tell/getvalue/truncate, iteration by line, and close.
/// </summary>
public sealed class PyMemoryStream : PyIterator
{
    public static readonly PyType StringIOType = CreateType("StringIO");
    public static readonly PyType BytesIOType = CreateType("BytesIO");

    private readonly List<int> _text = [];   // code points, or byte values
    private readonly bool _bytes;
    private int _position;
    private bool _closed;

    public PyMemoryStream(bool bytes, PyObject? initial)
    {
        _bytes = bytes;
        if (initial is null or PyNone) return;
        Write(initial);
        _position = 0;
    }

    public override PyType Type => _bytes ? BytesIOType : StringIOType;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "closed" => PyBool.From(_closed),
        _ => null,
    };

    private void CheckOpen()
    {
        // CPython's two classes word it differently.
        if (_closed) throw Errors.ValueError(_bytes ? "I/O operation on closed file." : "I/O operation on closed file");
    }

    private IEnumerable<int> Units(PyObject data)
    {
        if (_bytes)
        {
            if (data is PyBytes b) return b.Data.ToArray().Select(x => (int)x);
            if (data is PyStr) throw Errors.TypeError("a bytes-like object is required, not 'str'");
            throw Errors.TypeError($"a bytes-like object is required, not '{data.Type.Name}'");
        }
        if (data is not PyStr s) throw Errors.TypeError($"string argument expected, got '{data.Type.Name}'");
        return CodePoints(s.Value);
    }

    private static IEnumerable<int> CodePoints(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                yield return char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else
            {
                yield return s[i];
            }
        }
    }

    private PyObject Make(int start, int count)
    {
        if (_bytes)
        {
            var data = new byte[count];
            for (var i = 0; i < count; i++) data[i] = (byte)_text[start + i];
            return new PyBytes(data);
        }
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            var cp = _text[start + i];
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return new PyStr(sb.ToString());
    }

    public int Write(PyObject data)
    {
        CheckOpen();
        var units = Units(data).ToList();
        while (_text.Count < _position) _text.Add(0);
        for (var i = 0; i < units.Count; i++)
        {
            if (_position + i < _text.Count) _text[_position + i] = units[i];
            else _text.Add(units[i]);
        }
        _position += units.Count;
        return units.Count;
    }

    private PyObject Read(long size)
    {
        CheckOpen();
        var available = System.Math.Max(0, _text.Count - _position);
        var n = size < 0 ? available : (int)System.Math.Min(size, available);
        var result = Make(System.Math.Min(_position, _text.Count), n);
        _position += n;
        return result;
    }

    private PyObject ReadLine(long size)
    {
        CheckOpen();
        var start = System.Math.Min(_position, _text.Count);
        var end = start;
        while (end < _text.Count && (size < 0 || end - start < size))
        {
            end++;
            if (_text[end - 1] == '\n') break;
        }
        _position = end;
        return Make(start, end - start);
    }

    public override PyObject? Next()
    {
        CheckOpen();
        var line = ReadLine(-1);
        return line.Length() == 0 ? null : line;
    }

    private static PyMemoryStream Self(PyObject o) => (PyMemoryStream)o;

    private static long Size(ReadOnlySpan<PyObject> args) =>
        args.Length == 0 || args[0] is PyNone ? -1 : Operations.Conversions.ToIndex(args[0]);

    private static PyType CreateType(string name)
    {
        var type = new PyType(name, null) { Module = "_io" };
        var isBytes = name == "BytesIO";
        type.Constructor = (args, kw) =>
        {
            var a = ModuleArgs.Bind(name, args, kw, isBytes ? ["initial_bytes"] : ["initial_value", "newline"], 0);
            return new PyMemoryStream(isBytes, a[0]);
        };
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
            var list = new PyList();
            while (Self(self).Next() is { } line) list.Append(line);
            return list;
        });
        type.Method("getvalue", static self =>
        {
            Self(self).CheckOpen();
            return Self(self).Make(0, Self(self)._text.Count);
        });
        type.Method("tell", static self =>
        {
            Self(self).CheckOpen();
            return PyInt.From(Self(self)._position);
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
            stream._position = whence switch
            {
                0 => (int)offset,
                1 => (int)System.Math.Max(0, stream._position + offset),
                2 => (int)System.Math.Max(0, stream._text.Count + offset),
                _ => throw Errors.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)"),
            };
            return PyInt.From(stream._position);
        });
        type.Method("truncate", static (self, args, kw) =>
        {
            var stream = Self(self);
            stream.CheckOpen();
            var size = args.Length == 0 || args[0] is PyNone ? stream._position : (int)Operations.Conversions.ToIndex(args[0]);
            if (size < stream._text.Count) stream._text.RemoveRange(size, stream._text.Count - size);
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
