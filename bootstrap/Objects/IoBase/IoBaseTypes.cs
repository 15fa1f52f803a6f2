using PyPack.Runtime.Builtins;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Modules;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// io.IOBase and its three kinds, RawIOBase, BufferedIOBase and TextIOBase: the bases a program
/// subclasses to make a stream of its own (write/read defined, the rest from these), and what
/// isinstance() checks a stream against. As CPython's, their methods reach the stream through its
/// own methods (writelines calls self.write, iteration self.readline, close self.flush), and a
/// stream is closed when its <c>__IOBase_closed</c> attribute exists. StringIO is a TextIOBase,
/// BytesIO and files opened in binary mode BufferedIOBases, TextIOWrapper (files, sys.stdout) a
/// TextIOBase, as CPython's C classes are.
/// (CPython splits each into an ABC in io and a C class in _io; here each is one class.)
/// </summary>
public static class IoBaseTypes
{
    public static readonly PyType IOBase = CreateIOBase();
    public static readonly PyType RawIOBase = CreateRawIOBase();
    public static readonly PyType BufferedIOBase = CreateBufferedIOBase();
    public static readonly PyType TextIOBase = CreateTextIOBase();

    private const string ClosedFlag = "__IOBase_closed";

    // What a builtin stream (sys.stdout, sys.stdin) reports as its own attribute, over IOBase's default.
    private static PyObject? Native(PyObject self, string name) => self is IHeapInstance ? null : self.GetOwnAttribute(name);

    private static bool IsClosed(PyObject self) => Attributes.GetAttr(self, "closed").IsTrue();

    private static void CheckClosed(PyObject self)
    {
        if (IsClosed(self)) throw Errors.ValueError("I/O operation on closed file.");
    }

    private static PyException Unsupported(string what) => Errors.Raise(ExceptionTypes.UnsupportedOperation, what);

    private static PyType CreateIOBase()
    {
        var type = new PyType("IOBase", null) { Module = "io", IsStatelessBase = true, TpName = "_io._IOBase" };
        type.Property("closed", static self => Native(self, "closed") ?? PyBool.From(Attributes.TryGetAttr(self, ClosedFlag) is not null));
        type.Method("close", static self =>
        {
            if (Attributes.TryGetAttr(self, ClosedFlag) is not null) return PyNone.Instance;
            try
            {
                Attributes.CallMethod0(self, "flush");
            }
            finally
            {
                Attributes.SetAttr(self, ClosedFlag, PyBool.True);
            }
            return PyNone.Instance;
        });
        type.Method("flush", static self =>
        {
            CheckClosed(self);
            return PyNone.Instance;
        });
        type.Method("readable", static self => PyBool.False);
        type.Method("writable", static self => PyBool.False);
        type.Method("seekable", static self => PyBool.False);
        type.Method("isatty", static self =>
        {
            CheckClosed(self);
            return PyBool.False;
        });
        type.Method("fileno", static self => throw Unsupported("fileno"));
        type.Method("seek", static (self, args, kw) => throw Unsupported("seek"));
        type.Method("truncate", static (self, args, kw) => throw Unsupported("truncate"));
        type.Method("tell", static self => Attributes.CallMethod2(self, "seek", PyInt.From(0), PyInt.From(1)));
        type.Method("__enter__", static self =>
        {
            CheckClosed(self);
            return self;
        });
        type.Method("__exit__", static (self, args, kw) =>
        {
            Attributes.CallMethod0(self, "close");
            return PyNone.Instance;
        });
        type.Method("__iter__", static self =>
        {
            CheckClosed(self);
            return self;
        });
        type.Method("__next__", static self =>
        {
            var line = Attributes.CallMethod0(self, "readline");
            if (BuiltinsModule.Len(line) == 0) throw PyGenerator.StopIteration(PyNone.Instance);
            return line;
        });
        type.Method("readline", static (self, args, kw) => ReadLineByBytes(self, Size(ModuleArgs.Bind("readline", args, kw, ["size"], 0)[0])));
        type.Method("readlines", static (self, args, kw) =>
        {
            var hint = Size(ModuleArgs.Bind("readlines", args, kw, ["hint"], 0)[0]);
            var lines = new PyList();
            long total = 0;
            var it = Iteration.GetIter(self);
            while (it.Next() is { } line)
            {
                lines.Append(line);
                // As CPython counts: the line that reaches the hint is the last one.
                var length = BuiltinsModule.Len(line);
                if (hint > 0 && length > hint - total) break;
                total += length;
            }
            return lines;
        });
        type.Method("writelines", static (self, lines) =>
        {
            CheckClosed(self);
            var it = Iteration.GetIter(lines);
            while (it.Next() is { } line) Attributes.CallMethod1(self, "write", line);
            return PyNone.Instance;
        });
        return type;
    }

    // The size argument: None or absent is -1.
    private static long Size(PyObject? size) => size is null or PyNone ? -1 : Conversions.ToIndex(size);

    // IOBase.readline: bytes read one at a time with self.read(1), up to a b"\n" or size bytes.
    private static PyObject ReadLineByBytes(PyObject self, long size)
    {
        var line = new List<byte>();
        while (size < 0 || line.Count < size)
        {
            var b = Attributes.CallMethod1(self, "read", PyInt.From(1));
            if (b is not PyBytes bytes) throw Errors.Raise(ExceptionTypes.OSError, $"read() should have returned a bytes object, not '{b.Type.TpName}'");
            if (bytes.Data.Length == 0) break;
            line.AddRange(bytes.Data.ToArray());
            if (line[^1] == (byte)'\n') break;
        }
        return PyBytes.Of(line.ToArray());
    }

    private static PyType CreateRawIOBase()
    {
        var type = new PyType("RawIOBase", IOBase) { Module = "io", IsStatelessBase = true, TpName = "_io._RawIOBase" };
        type.Method("read", static (self, args, kw) =>
        {
            var size = Size(ModuleArgs.Bind("read", args, kw, ["size"], 0)[0]);
            if (size < 0) return Attributes.CallMethod0(self, "readall");
            var buffer = PyBytes.Of(new byte[size], isByteArray: true);
            var n = Attributes.CallMethod1(self, "readinto", buffer);
            if (n is PyNone) return n;
            return PyBytes.Of(buffer.Data[..(int)Conversions.ToIndex(n)].ToArray());
        });
        type.Method("readall", static self =>
        {
            var all = new List<byte>();
            while (true)
            {
                var chunk = Attributes.CallMethod1(self, "read", PyInt.From(8192));
                if (chunk is PyNone) return all.Count == 0 ? chunk : PyBytes.Of(all.ToArray());
                if (chunk is not PyBytes bytes) throw Errors.TypeError("read() should return bytes");
                if (bytes.Data.Length == 0) break;
                all.AddRange(bytes.Data.ToArray());
            }
            return PyBytes.Of(all.ToArray());
        });
        return type;
    }

    private static PyType CreateBufferedIOBase()
    {
        var type = new PyType("BufferedIOBase", IOBase) { Module = "io", IsStatelessBase = true, TpName = "_io._BufferedIOBase" };
        type.Method("read", static (self, args, kw) => throw Unsupported("read"));
        type.Method("read1", static (self, args, kw) => throw Unsupported("read1"));
        type.Method("write", static (self, args, kw) => throw Unsupported("write"));
        type.Method("detach", static self => throw Unsupported("detach"));
        return type;
    }

    private static PyType CreateTextIOBase()
    {
        var type = new PyType("TextIOBase", IOBase) { Module = "io", IsStatelessBase = true, TpName = "_io._TextIOBase" };
        type.Method("read", static (self, args, kw) => throw Unsupported("read"));
        type.Method("readline", static (self, args, kw) => throw Unsupported("readline"));
        type.Method("write", static (self, args, kw) => throw Unsupported("write"));
        type.Method("detach", static self => throw Unsupported("detach"));
        type.Property("encoding", static self => Native(self, "encoding") ?? PyNone.Instance);
        type.Property("newlines", static self => Native(self, "newlines") ?? PyNone.Instance);
        type.Property("errors", static self => Native(self, "errors") ?? PyNone.Instance);
        return type;
    }
}
