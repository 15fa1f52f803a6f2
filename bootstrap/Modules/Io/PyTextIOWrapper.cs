using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Io;

/// <summary>
/// io.TextIOWrapper over a binary stream (BytesIO, sys.stdout.buffer, a pipe, any object with
/// read/write/flush): encodes what is written, keeping it until flush() (or 8192 bytes, a newline
/// with line_buffering, or at once with write_through) as CPython does; decodes what is read, with
/// the newline translation of the newline argument; detach() hands the buffer back.
/// </summary>
public sealed class PyTextIOWrapper : PyIterator
{
    public static readonly PyType TypeObject = CreateType();
    private const int ChunkSize = 8192;

    private PyObject? _buffer;
    private readonly MemoryStream _pending = new();
    private string? _decoded;          // what read() has decoded and not yet returned
    private int _position;

    private PyTextIOWrapper(PyObject buffer, string encoding, string errors, string? newline, bool lineBuffering, bool writeThrough)
    {
        _buffer = buffer;
        Encoding = encoding;
        Errors_ = errors;
        Newline = newline;
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
    }

    public string Encoding { get; }
    public string Errors_ { get; }
    public string? Newline { get; }
    public bool LineBuffering { get; private set; }
    public bool WriteThrough { get; private set; }

    public override PyType Type => TypeObject;

    private PyObject Buffer => _buffer ?? throw Errors.ValueError("underlying buffer has been detached");

    public override string Repr()
    {
        var sb = new StringBuilder("<_io.TextIOWrapper");
        // The buffer's name; a mode only open() sets on the wrapper it makes.
        if (_buffer is not null && Attributes.TryGetAttr(_buffer, "name") is { } name) sb.Append(" name=").Append(name.Repr());
        return sb.Append(" encoding=").Append(StrRepr.Of(Encoding)).Append('>').ToString();
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("TextIOWrapper", args, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
        string? Text(int i, string what) => a[i] is null or PyNone ? null
            : a[i] is PyStr s ? s.Value : throw Errors.TypeError($"TextIOWrapper() argument '{what}' must be str or None, not {a[i]!.Type.TpName}");
        var encoding = Text(1, "encoding") ?? "UTF-8";
        if (Codecs.Normalize(encoding) is null) throw Errors.Raise(Exceptions.ExceptionTypes.LookupError, $"unknown encoding: {encoding}");
        var newline = Text(3, "newline");
        if (newline is not (null or "" or "\n" or "\r" or "\r\n")) throw Errors.ValueError($"illegal newline value: {newline}");
        return new PyTextIOWrapper(a[0]!, encoding, Text(2, "errors") ?? "strict", newline,
            ModuleArgs.Bool(a[4]), ModuleArgs.Bool(a[5]));
    }

    private void CheckOpen()
    {
        if (Attributes.GetAttr(Buffer, "closed").IsTrue()) throw Errors.ValueError("I/O operation on closed file.");
    }

    public long Write(PyObject data)
    {
        CheckOpen();
        if (data is not PyStr s) throw Errors.TypeError($"write() argument must be str, not {data.Type.TpName}");
        var text = s.Value;
        var hasLineEnd = text.Contains('\n') || text.Contains('\r');
        // newline None writes os.linesep, '\n' on POSIX; '' and '\n' write "\n" as it is.
        if (Newline is "\r" or "\r\n") text = text.Replace("\n", Newline, StringComparison.Ordinal);
        var bytes = Codecs.Encode(new PyStr(text), Encoding, Errors_).Data;
        _pending.Write(bytes);
        if (WriteThrough || _pending.Length > ChunkSize || LineBuffering && hasLineEnd) FlushPending();
        if (LineBuffering && hasLineEnd) Attributes.CallMethod0(Buffer, "flush");
        return s.CodePointCount;
    }

    private void FlushPending()
    {
        if (_pending.Length == 0) return;
        var data = _pending.ToArray();
        _pending.SetLength(0);
        Attributes.CallMethod1(Buffer, "write", PyBytes.Of(data));
    }

    public void Flush()
    {
        CheckOpen();
        FlushPending();
        Attributes.CallMethod0(Buffer, "flush");
    }

    // The line endings decoded so far under newline None or "" (the newlines attribute).
    private SeenNewlines _seenNewlines;

    /// <summary>Reads the rest of the buffer into the decoded text (the whole of it: fine for the streams this wraps).</summary>
    private string Decoded()
    {
        CheckOpen();
        FlushPending();
        var raw = Attributes.CallMethod0(Buffer, "read");
        if (raw is not PyBytes b) throw Errors.TypeError($"underlying read() should have returned a bytes-like object, not '{raw.Type.TpName}'");
        if (b.Count > 0 || _decoded is null)
        {
            var text = Codecs.Decode(b, Encoding, Errors_);
            if (Newline is null or "") _seenNewlines.Scan(text);
            if (Newline is null) text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            _decoded = (_decoded ?? "")[_position..] + text;
            _position = 0;
        }
        return _decoded;
    }

    public PyStr Read(long size)
    {
        var text = Decoded();
        var take = size < 0 ? text.Length - _position : (int)Math.Min(size, text.Length - _position);
        var s = text.Substring(_position, take);
        _position += take;
        return new PyStr(s);
    }

    public PyStr ReadLine(long limit)
    {
        var text = Decoded();
        if (_position >= text.Length) return PyStr.Empty;
        int stop;
        if (Newline is null or "\n")
        {
            var i = text.IndexOf('\n', _position);
            stop = i < 0 ? text.Length : i + 1;
        }
        else if (Newline == "")
        {
            var i = text.IndexOfAny(['\r', '\n'], _position);
            stop = i < 0 ? text.Length : text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
        }
        else
        {
            var i = text.IndexOf(Newline, _position, StringComparison.Ordinal);
            stop = i < 0 ? text.Length : i + Newline.Length;
        }
        if (limit >= 0) stop = (int)Math.Min(stop, _position + limit);
        var line = text[_position..stop];
        _position = stop;
        return new PyStr(line);
    }

    public override PyObject? Next()
    {
        var line = ReadLine(-1);
        return line.Value.Length == 0 ? null : line;
    }

    public PyObject Detach()
    {
        Flush();
        var buffer = Buffer;
        _buffer = null;
        return buffer;
    }

    public void Close()
    {
        if (_buffer is null) throw Errors.ValueError("underlying buffer has been detached");
        if (Attributes.GetAttr(_buffer, "closed").IsTrue()) return;
        try
        {
            Flush();
        }
        finally
        {
            Attributes.CallMethod0(_buffer, "close");
        }
    }

    private static PyType CreateType()
    {
        var type = new PyType("TextIOWrapper", IoBaseTypes.TextIOBase) { Module = "_io", Constructor = Construct };
        type.Method("write", static (self, s) => PyInt.From(((PyTextIOWrapper)self).Write(s)));
        type.Method("writelines", static (self, lines) =>
        {
            var it = Iteration.GetIter(lines);
            for (var v = it.Next(); v is not null; v = it.Next()) ((PyTextIOWrapper)self).Write(v);
            return PyNone.Instance;
        });
        type.Method("flush", static self =>
        {
            ((PyTextIOWrapper)self).Flush();
            return PyNone.Instance;
        });
        type.Method("read", static (self, args, kw) =>
        {
            Args.Check("TextIOWrapper", "read", args, kw, 0, 1);
            return ((PyTextIOWrapper)self).Read(args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]));
        });
        type.Method("readline", static (self, args, kw) =>
        {
            Args.Check("TextIOWrapper", "readline", args, kw, 0, 1);
            return ((PyTextIOWrapper)self).ReadLine(args.Length == 0 || args[0] is PyNone ? -1 : Conversions.ToIndex(args[0]));
        });
        type.Method("readlines", static self =>
        {
            var list = new PyList();
            var f = (PyTextIOWrapper)self;
            for (var line = f.ReadLine(-1); line.Value.Length > 0; line = f.ReadLine(-1)) list.Append(line);
            return list;
        });
        type.Method("detach", static self => ((PyTextIOWrapper)self).Detach());
        type.Method("close", static self =>
        {
            ((PyTextIOWrapper)self).Close();
            return PyNone.Instance;
        });
        type.Method("readable", static self => Attributes.CallMethod0(((PyTextIOWrapper)self).Buffer, "readable"));
        type.Method("writable", static self => Attributes.CallMethod0(((PyTextIOWrapper)self).Buffer, "writable"));
        type.Method("seekable", static self => PyBool.False);
        type.Method("isatty", static self => PyBool.False);
        type.Method("fileno", static self => Attributes.CallMethod0(((PyTextIOWrapper)self).Buffer, "fileno"));
        type.Method("__enter__", static self => self);
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyTextIOWrapper)self).Close();
            return PyNone.Instance;
        });
        type.Method("reconfigure", static (self, args, kw) =>
        {
            var a = ModuleArgs.Bind("reconfigure", args, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, keywordOnlyFrom: 0);
            if (a[0] is not null || a[1] is not null || a[2] is not null) throw Errors.NotImplemented("TextIOWrapper.reconfigure() of encoding, errors or newline");
            var f = (PyTextIOWrapper)self;
            f.Flush();
            if (a[3] is not null && a[3] is not PyNone) f.LineBuffering = a[3]!.IsTrue();
            if (a[4] is not null && a[4] is not PyNone) f.WriteThrough = a[4]!.IsTrue();
            return PyNone.Instance;
        });
        type.Property("encoding", static self => new PyStr(((PyTextIOWrapper)self).Encoding));
        type.Property("errors", static self => new PyStr(((PyTextIOWrapper)self).Errors_));
        type.Property("newlines", static self => ((PyTextIOWrapper)self)._seenNewlines.ToPython());
        type.Property("line_buffering", static self => PyBool.From(((PyTextIOWrapper)self).LineBuffering));
        type.Property("write_through", static self => PyBool.From(((PyTextIOWrapper)self).WriteThrough));
        // A member in CPython: None once detached, where the methods raise.
        type.Property("buffer", static self => ((PyTextIOWrapper)self)._buffer ?? PyNone.Instance);
        type.Property("closed", static self => Attributes.GetAttr(((PyTextIOWrapper)self).Buffer, "closed"));
        type.Property("name", static self => Attributes.GetAttr(((PyTextIOWrapper)self).Buffer, "name"));
        return type;
    }
}
