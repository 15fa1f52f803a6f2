using System.Runtime.CompilerServices;
using System.Text;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>The builtins about objects and attributes: callable, getattr..., id, issubclass, ascii, format, input.</summary>
public static partial class BuiltinsModule
{
    /// <summary>getattr: compiled code compares a callee with it to take its AttributeError pending (PendingCalls).</summary>
    public static PyObject? GetattrFunction { get; private set; }

    private static void InitializeObjects(ModuleGlobals g)
    {
        g.Set("callable", Function1("callable", static o => PyBool.From(IsCallable(o))));
        g.Set("getattr", GetattrFunction = new PyBuiltinFunction("getattr", static (args, kw) =>
        {
            NoKeywords("getattr", kw);
            Args.Count("getattr", args.Length, 2, 3);
            // The name's shared site: the same type caches as `o.name` in compiled code.
            var site = NamedAttributeSites.For(AttributeName(args[1]));
            if (args.Length == 3) return Attributes.TryGetAttr(args[0], site) ?? args[2];
            return Attributes.GetAttr(args[0], site);
        }));
        g.Set("hasattr", new PyBuiltinFunction("hasattr", static (args, kw) =>
        {
            NoKeywords("hasattr", kw);
            Args.Count("hasattr", args.Length, 2, 2);
            var site = NamedAttributeSites.For(AttributeName(args[1]));
            return PyBool.From(Attributes.TryGetAttr(args[0], site) is not null);
        }));
        g.Set("setattr", new PyBuiltinFunction("setattr", static (args, kw) =>
        {
            NoKeywords("setattr", kw);
            Args.Count("setattr", args.Length, 3, 3);
            Attributes.SetAttr(args[0], NamedAttributeSites.For(AttributeName(args[1])), args[2]);
            return PyNone.Instance;
        }));
        g.Set("delattr", new PyBuiltinFunction("delattr", static (args, kw) =>
        {
            NoKeywords("delattr", kw);
            Args.Count("delattr", args.Length, 2, 2);
            Attributes.DelAttr(args[0], AttributeName(args[1]).Value);
            return PyNone.Instance;
        }));
        g.Set("id", Function1("id", static o => PyInt.From((long)Identity.Of(o))));
        g.Set("issubclass", new PyBuiltinFunction("issubclass", static (args, kw) =>
        {
            NoKeywords("issubclass", kw);
            Args.Count("issubclass", args.Length, 2, 2);
            return PyBool.From(IsSubclass(args[0], args[1]));
        }));
        g.Set("ascii", Function1("ascii", static o => new PyStr(Ascii(o.Repr()))));
        g.Set("format", new PyBuiltinFunction("format", static (args, kw) =>
        {
            NoKeywords("format", kw);
            Args.Count("format", args.Length, 1, 2);
            string spec;
            if (args.Length < 2) spec = "";
            else if (args[1] is PyStr s) spec = s.Value;
            else throw Errors.TypeError($"format() argument 2 must be str, not {args[1].Type.TpName}");
            // As CPython's PyObject_Format: an exact str with an empty spec is itself; a spec's
            // one-character result is the shared str (CPython's writer gives it), str(n) is new.
            if (spec.Length == 0) return PyStr.IsExact(args[0]) ? args[0] : new PyStr(Text.Format(args[0], spec));
            return PyStr.Shared(Text.Format(args[0], spec));
        }));
        g.Set("open", OpenFunction = new PyBuiltinFunction("open", Open));
        g.Set("input", new PyBuiltinFunction("input", static (args, kw) =>
        {
            NoKeywords("input", kw);
            Args.Count("input", args.Length, 0, 1);
            return Input(args.Length == 1 ? args[0] : null);
        }));
    }

    /// <summary>
    /// input([prompt]) reads through sys.stdin and prompts through sys.stdout, whatever they hold
    /// now (a StringIO a test put there); the process's own streams are used directly.
    /// </summary>
    private static PyObject Input(PyObject? prompt)
    {
        var interpreter = Hosting.Interpreter.Current;
        var stdin = interpreter.SysStdin?.Value;
        var stdout = interpreter.SysStdout?.Value;
        if (stdin is PyNone) throw Errors.RuntimeError("input(): lost sys.stdin");
        if (stdout is PyNone) throw Errors.RuntimeError("input(): lost sys.stdout");
        if (interpreter.SysStderr?.Value is { } stderr and not PyNone)
        {
            try { Attributes.CallMethod0(stderr, "flush"); } catch (Exceptions.PyException) { }
        }
        string? line;
        if (stdin is null or PyTextInput && (stdout is null || stdout is PyTextStream { Writer: var w } && ReferenceEquals(w, interpreter.Stdout)))
        {
            if (prompt is not null) interpreter.Stdout.Write(Text.Str(prompt));
            interpreter.Stdout.Flush();
            line = stdin is PyTextInput input ? input.ReadLine() : PyTextInput.ReadLine(Hosting.StandardInput.Reader);
        }
        else
        {
            var output = stdout ?? new PyTextStream("<stdout>", interpreter.Stdout);
            if (prompt is not null) Attributes.CallMethod1(output, "write", Text.ToStr(prompt));
            Attributes.CallMethod0(output, "flush");
            line = stdin is null ? PyTextInput.ReadLine(Hosting.StandardInput.Reader)
                : Attributes.CallMethod0(stdin, "readline") is PyStr text ? text.Value
                : throw Errors.TypeError("object.readline() returned non-string");
        }
        if (string.IsNullOrEmpty(line)) throw Errors.Raise(Exceptions.ExceptionTypes.EOFError, "EOF when reading a line");
        return new PyStr(line[^1] == '\n' ? line[..^1] : line);
    }

    /// <summary>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None).</summary>
    /// <summary>The builtin open() (see <see cref="TemporaryFiles"/>).</summary>
    internal static PyBuiltinFunction? OpenFunction { get; private set; }

    private static PyObject Open(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        string[] names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
        Args.OnlyKeywords("open", kw, names);
        var n = Args.PositionalCount(args, kw);
        if (n > names.Length) throw Errors.TypeError($"open() takes at most 8 arguments ({n} given)");
        var values = new PyObject?[names.Length];
        for (var i = 0; i < names.Length; i++) values[i] = i < n ? args[i] : Args.Keyword(args, kw, names[i]);
        PyObject? Arg(int i) => values[i];
        string? Text(int i, string what)
        {
            var v = Arg(i);
            return v is null or PyNone ? null : v is PyStr s ? s.Value : throw Errors.TypeError($"open() argument '{what}' must be str or None, not {v.Type.TpName}");
        }
        var file = Arg(0) ?? throw Errors.TypeError("open() missing required argument 'file' (pos 1)");
        if (file is PyInt fd) return OpenDescriptor(fd, Arg(1), Arg(2), Text(3, "encoding"), Text(4, "errors"), Arg(6));
        var path = file switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.UTF8.GetString(b.Data),
            // os.PathLike (pathlib's paths): what __fspath__ returns.
            _ when file is not PyInt && file.Type.Lookup("__fspath__") is not null => FsPathText(file),
            _ => throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {file.Type.TpName}"),
        };
        var modeArg = Arg(1);
        var mode = modeArg is null ? "r" : modeArg is PyStr ms ? ms.Value : throw Errors.TypeError($"open() argument 'mode' must be str, not {modeArg.Type.TpName}");
        return PyFile.Open(path, mode, Text(3, "encoding"), Text(4, "errors"), Text(5, "newline"));
    }

    /// <summary>
    /// open(fd): a file object over a descriptor (os.pipe's ends, os.fdopen), read and written with
    /// read(2)/write(2) at the descriptor's own offset; closing it closes the descriptor when closefd.
    /// </summary>
    private static PyObject OpenDescriptor(PyInt fdArg, PyObject? modeArg, PyObject? buffering, string? encoding, string? errors, PyObject? closefd)
    {
        var mode = modeArg is null ? "r" : modeArg is PyStr ms ? ms.Value : throw Errors.TypeError($"open() argument 'mode' must be str, not {modeArg.Type.TpName}");
        var binary = PyFile.CheckMode(mode, encoding, errors, null);
        // buffering=0: a raw file, whose read(n) is one read(2) (what the pipe has), not n bytes.
        var raw = buffering is PyInt b && b.IsSmall && b.Small == 0;
        if (raw && !binary) throw Errors.ValueError("can't have unbuffered text I/O");
        if (mode.Contains('+')) throw Errors.NotImplemented("open() of a file descriptor for reading and writing ('+' mode)");
        if (fdArg.IsSmall && fdArg.Small < 0) throw Errors.ValueError("negative file descriptor");
        var fd = (int)Conversions.ToIndex(fdArg);
        if (Modules.Os.Posix.Fcntl(fd, 1 /* F_GETFD */, 0) < 0) throw Errors.OSError(Modules.Os.Posix.Errno);
        var enc = encoding ?? "UTF-8";
        if (!binary && Codecs.Normalize(enc) is null) throw Errors.Raise(Exceptions.ExceptionTypes.LookupError, $"unknown encoding: {enc}");
        if (closefd is not null && !Truth.IsTrue(closefd)) throw Errors.NotImplemented("open() of a file descriptor with closefd=False");
        return new Modules.Subprocess.PyPipeFile(fd, mode.Contains('r'), !binary, enc, errors ?? "strict") { Raw = raw };
    }

    private static string FsPathText(PyObject file) => Attributes.CallMethod0(file, "__fspath__") switch
    {
        PyStr s => s.Value,
        var other => throw Errors.TypeError($"expected {file.Type.TpName}.__fspath__() to return str or bytes, not {other.Type.TpName}"),
    };

    // The message is made only when it is raised (these builtins run in hot loops).
    // An exact str by its .NET classes first: `as PyStr` walks the class chain for the inline forms of str.
    private static PyStr AttributeName(PyObject o) =>
        PyStr.IsExact(o) ? Unsafe.As<PyStr>(o) : o as PyStr ?? throw Errors.TypeError("attribute name must be string, not '" + o.Type.Name + "'");

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyBoundBuiltinMethod or PyBuiltinMethod or PyType or PyBoundMethod or PyStaticMethod or PyGenericAlias || o.Type.Lookup("__call__") is not null;

    private static bool IsSubclass(PyObject derived, PyObject classInfo)
    {
        // A metaclass's __subclasscheck__ decides (ABCs, typing); the first argument need not be a class then.
        if ((classInfo is PyType { Type.IsHeapType: true } || classInfo is not (PyType or PyTuple or PyUnionType))
            && classInfo.Type.Lookup("__subclasscheck__") is { } check and not PyNone)
        {
            return Operations.Truth.IsTrue(SpecialMethods.Call1(classInfo, check, derived));
        }
        if (derived is not PyType t) throw Errors.TypeError("issubclass() arg 1 must be a class");
        switch (classInfo)
        {
            case PyType c:
                return t.IsSubtypeOf(c);
            case PyTuple or PyUnionType:
                // A union is checked as the tuple of its members.
                foreach (var item in classInfo is PyUnionType union ? union.Args.Items : ((PyTuple)classInfo).Items)
                {
                    if (IsSubclass(t, item)) return true;
                }
                return false;
            case PyGenericAlias:
                throw Errors.TypeError("issubclass() argument 2 cannot be a parameterized generic");
            default:
                throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }

    /// <summary>ascii(): the repr with every non-ASCII code point escaped.</summary>
    public static string Ascii(string repr)
    {
        var sb = new StringBuilder(repr.Length);
        for (var i = 0; i < repr.Length; i++)
        {
            int c = repr[i];
            if (c < 128)
            {
                sb.Append((char)c);
                continue;
            }
            if (char.IsHighSurrogate(repr[i]) && i + 1 < repr.Length && char.IsLowSurrogate(repr[i + 1]))
            {
                c = char.ConvertToUtf32(repr[i], repr[i + 1]);
                i++;
            }
            if (c < 0x100) sb.Append("\\x").Append(c.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(c.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
