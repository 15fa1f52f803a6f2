using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Exceptions;

/// <summary>The builtin exception classes, in CPython 3.11's hierarchy.</summary>
public static class ExceptionTypes
{
    // First: Define() below fills it while the type fields initialise.
    private static readonly Dictionary<PyType, Func<PyType, PyTuple, PyBaseException>> s_factories = new(ReferenceEqualityComparer.Instance);
    // Before the types below: their initialisers ask FactoryOf.
    private static readonly Func<PyType, PyTuple, PyBaseException> s_plainFactory = static (t, a) => new PyBaseException(t, a);

    public static readonly PyType BaseException = Define("BaseException", null);
    public static readonly PyType SystemExit = Define("SystemExit", BaseException, static (t, a) => new PySystemExit(t, a));
    public static readonly PyType KeyboardInterrupt = Define("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Define("GeneratorExit", BaseException);
    public static readonly PyType Exception = Define("Exception", BaseException);
    public static readonly PyType StopIteration = Define("StopIteration", Exception, static (t, a) => new PyStopIteration(t, a));
    public static readonly PyType StopAsyncIteration = Define("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = Define("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Define("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Define("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Define("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Define("AssertionError", Exception);
    public static readonly PyType AttributeError = Define("AttributeError", Exception, static (t, a) => new PyNamedError(t, a));
    public static readonly PyType BufferError = Define("BufferError", Exception);
    public static readonly PyType EOFError = Define("EOFError", Exception);
    public static readonly PyType ImportError = Define("ImportError", Exception, static (t, a) => new PyImportError(t, a));
    public static readonly PyType ModuleNotFoundError = Define("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Define("LookupError", Exception);
    public static readonly PyType IndexError = Define("IndexError", LookupError);
    public static readonly PyType KeyError = Define("KeyError", LookupError, static (t, a) => new PyKeyError(t, a));
    public static readonly PyType MemoryError = Define("MemoryError", Exception);
    public static readonly PyType NameError = Define("NameError", Exception, static (t, a) => new PyNamedError(t, a));
    public static readonly PyType UnboundLocalError = Define("UnboundLocalError", NameError);
    public static readonly PyType OSError = Define("OSError", Exception, CreateOSError);
    public static readonly PyType BlockingIOError = Define("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = Define("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = Define("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = Define("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = Define("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = Define("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = Define("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = Define("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = Define("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = Define("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = Define("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = Define("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = Define("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = Define("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = Define("TimeoutError", OSError);
    public static readonly PyType ReferenceError = Define("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Define("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Define("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Define("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Define("SyntaxError", Exception, static (t, a) => new PySyntaxError(t, a));
    public static readonly PyType IndentationError = Define("IndentationError", SyntaxError);
    public static readonly PyType TabError = Define("TabError", IndentationError);
    public static readonly PyType SystemError = Define("SystemError", Exception);
    public static readonly PyType TypeError = Define("TypeError", Exception);
    public static readonly PyType ValueError = Define("ValueError", Exception);
    public static readonly PyType UnicodeError = Define("UnicodeError", ValueError);
    // io.UnsupportedOperation, here because files raise it: an OSError and a ValueError, as in CPython.
    public static readonly PyType UnsupportedOperation = Register(PyType.WithBases("UnsupportedOperation", [OSError, ValueError], "io"), "UnsupportedOperation", FactoryOf(OSError));
    public static readonly PyType UnicodeEncodeError = Define("UnicodeEncodeError", UnicodeError, static (t, a) => new PyUnicodeError(t, a));
    public static readonly PyType UnicodeDecodeError = Define("UnicodeDecodeError", UnicodeError, static (t, a) => new PyUnicodeError(t, a));
    public static readonly PyType UnicodeTranslateError = Define("UnicodeTranslateError", UnicodeError, static (t, a) => new PyUnicodeError(t, a));
    public static readonly PyType Warning = Define("Warning", Exception);
    public static readonly PyType UserWarning = Define("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = Define("DeprecationWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Define("PendingDeprecationWarning", Warning);
    public static readonly PyType SyntaxWarning = Define("SyntaxWarning", Warning);
    public static readonly PyType RuntimeWarning = Define("RuntimeWarning", Warning);
    public static readonly PyType FutureWarning = Define("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Define("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = Define("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = Define("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = Define("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = Define("EncodingWarning", Warning);
    public static readonly PyType BaseExceptionGroup = Define("BaseExceptionGroup", BaseException, PyExceptionGroup.Create);
    public static readonly PyType ExceptionGroup = Define("ExceptionGroup", [BaseExceptionGroup, Exception], PyExceptionGroup.Create);

    /// <summary>Every class above, for the builtins module.</summary>
    public static IEnumerable<PyType> All =>
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
        ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
        BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
        NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
        InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
        ReferenceError, RuntimeError, NotImplementedError, RecursionError,
        SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError, Warning,
        UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
        ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
        BaseExceptionGroup, ExceptionGroup,
    ];

    /// <summary>
    /// <c>BaseException.__init__</c>: without keywords it only sets args to the positionals, which
    /// <c>BaseException.__new__</c> did already, so TypeCalls skips it for a class that inherits both.
    /// </summary>
    internal static PyObject BaseExceptionInit => s_baseExceptionInit ??= BaseException.GetOwn("__init__")!;
    private static PyObject? s_baseExceptionInit;

    private static bool SameItems(PyTuple args, ReadOnlySpan<PyObject> items)
    {
        if (args.Count != items.Length) return false;
        for (var i = 0; i < items.Length; i++)
        {
            if (!ReferenceEquals(args[i], items[i])) return false;
        }
        return true;
    }

    /// <summary><c>BaseException.__new__</c> (TypeCalls makes a class's instance without calling it when the class inherits it unchanged).</summary>
    internal static PyStaticMethod BaseExceptionNew { get; private set; } = null!;

    static ExceptionTypes()
    {
        BaseException.Method("with_traceback", static (self, tb) =>
        {
            ((PyBaseException)self).SetOwnAttribute("__traceback__", tb);
            return self;
        });
        // __new__ sets args from every argument; __init__ sets them again (a subclass's
        // super().__init__(msg) narrows them), as CPython's BaseException does.
        BaseException.SetAttribute("__new__", BaseExceptionNew = new PyStaticMethod(new PyBuiltinFunction("__new__", static (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls || !cls.IsSubtypeOf(BaseException))
            {
                throw Errors.TypeError("BaseException.__new__(X): X is not a subtype of BaseException");
            }
            var positional = args.Length - (kw?.Length ?? 0);
            return FactoryOf(cls.SolidBase)(cls, PyTuple.CopyOf(args[1..positional]));
        })));
        BaseException.Method("__init__", static (self, args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            var exception = (PyBaseException)self;
            // super().__init__(msg) after __new__ got (msg,): the args it has are these already.
            if (!SameItems(exception.Args, args[..positional])) exception.Args = PyTuple.CopyOf(args[..positional]);
            if (kw is { Length: > 0 })
            {
                // Only the builtin bases with keyword attributes take keywords; any other class
                // reaching this __init__ with one (a plain subclass called as E(x=1)) is refused.
                if (KeywordAttributes(self.Type) is null) throw Errors.TypeError($"{self.Type.TpName}() takes no keyword arguments");
                SetKeywordAttributes((PyBaseException)self, self.Type.SolidBase.Name, args[positional..], kw);
            }
            return PyNone.Instance;
        });
        OSError.Method("__init__", static (self, args, kw) =>
        {
            if (!PyOSError.ParsesInInit(self.Type)) return PyNone.Instance;
            if (kw is { Length: > 0 }) throw Errors.TypeError($"{self.Type.TpName}() takes no keyword arguments");
            if (self is PyOSError e) e.Parse(PyTuple.CopyOf(args));
            return PyNone.Instance;
        });
        BaseException.Method("__str__", static self => new PyStr(((PyBaseException)self).BaseStr()));
        BaseException.Method("add_note", static (self, note) =>
        {
            ((PyBaseException)self).AddNote(note);
            return PyNone.Instance;
        });
        // copy and pickle rebuild an exception as type(e)(*args) with its __dict__ set back after.
        BaseException.Method("__reduce__", static self =>
        {
            var e = (PyBaseException)self;
            var args = e is PyOSError os ? os.ReduceArgs() : e.Args;
            return e.DictIfMade() is { } dict ? PyTuple.Of(self.Type, args, dict) : PyTuple.Of(self.Type, args);
        });
        BaseException.Method("__setstate__", static (self, state) =>
        {
            if (state is PyNone) return PyNone.Instance;
            if (state is not PyDict dict) throw Errors.TypeError("state is not a dictionary");
            foreach (var (key, value) in dict.Pairs)
            {
                if (key is not PyStr name) throw Errors.TypeError($"attribute name must be string, not '{key.Type.TpName}'");
                Attributes.SetAttr(self, name.Value, value);
            }
            return PyNone.Instance;
        });
        PyExceptionGroup.AddMethods(BaseExceptionGroup);
        BaseException.Method("__repr__", static self => new PyStr(((PyBaseException)self).BaseRepr()));
    }

    /// <summary>OSError(errno, ...) called on OSError itself makes the subclass for that errno.</summary>
    private static PyBaseException CreateOSError(PyType type, PyTuple args)
    {
        if (ReferenceEquals(type, OSError) && args.Count is >= 2 and <= 5 && args[0] is PyInt { IsSmall: true } errno)
        {
            type = PyOSError.TypeForErrno(errno.Small);
        }
        return new PyOSError(type, args, parse: !PyOSError.ParsesInInit(type));
    }

    private static PyType Define(string name, PyType[] bases, Func<PyType, PyTuple, PyBaseException> create) =>
        Register(PyType.WithBases(name, bases), name, create);

    private static PyType Define(string name, PyType? baseType, Func<PyType, PyTuple, PyBaseException>? create = null) =>
        Register(new PyType(name, baseType), name, create ?? (baseType is null ? static (t, a) => new PyBaseException(t, a) : FactoryOf(baseType)));

    private static PyType Register(PyType type, string name, Func<PyType, PyTuple, PyBaseException> create)
    {
        s_factories[type] = create;
        type.Constructor = (args, kwnames) =>
        {
            if (kwnames is not { Length: > 0 }) return create(type, PyTuple.CopyOf(args));
            var positional = args.Length - kwnames.Length;
            var made = create(type, PyTuple.CopyOf(args[..positional]));
            SetKeywordAttributes(made, name, args[positional..], kwnames);
            return made;
        };
        return type;
    }

    /// <summary>The keyword arguments the builtin exceptions take, which become attributes (CPython 3.11).</summary>
    private static string[]? KeywordAttributes(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (ReferenceEquals(t, ImportError)) return ["name", "path"];
            if (ReferenceEquals(t, AttributeError)) return ["name", "obj"];
            if (ReferenceEquals(t, NameError)) return ["name"];
        }
        return null;
    }

    private static void SetKeywordAttributes(PyBaseException e, string typeName, ReadOnlySpan<PyObject> values, string[] names)
    {
        var allowed = KeywordAttributes(e.Type);
        if (allowed is null) throw Errors.TypeError($"{typeName}() takes no keyword arguments");
        for (var i = 0; i < names.Length; i++)
        {
            if (Array.IndexOf(allowed, names[i]) < 0) throw Errors.TypeError($"'{names[i]}' is an invalid keyword argument for {typeName}()");
            e.SetOwnAttribute(names[i], values[i]);
        }
    }

    /// <summary>How instances of <paramref name="type"/> (or its nearest builtin base) are made.</summary>
    public static Func<PyType, PyTuple, PyBaseException> FactoryOf(PyType type)
    {
        if (type.CachedExceptionFactory is { } cached) return cached;
        var found = s_plainFactory;
        foreach (var t in type.Mro)
        {
            if (s_factories.TryGetValue(t, out var f))
            {
                found = f;
                break;
            }
        }
        type.CacheExceptionFactory(found);
        return found;
    }

    /// <summary>
    /// The builtin exception whose instance layout <paramref name="type"/> (a builtin exception) shares:
    /// the highest base made by the same factory. As CPython's solid base, it lets a class derive from
    /// two exceptions that add no fields (decimal.FloatOperation is an ArithmeticError and a TypeError).
    /// </summary>
    public static PyType LayoutOf(PyType type)
    {
        var factory = FactoryOf(type);
        var layout = type;
        while (layout.Base is { } b && b.IsSubtypeOf(BaseException) && ReferenceEquals(FactoryOf(b), factory)) layout = b;
        return layout;
    }

    /// <summary>Makes an instance with one message argument.</summary>
    public static PyBaseException Create(PyType type, string message) =>
        FactoryOf(type)(type, PyTuple.Of(new PyStr(message)));
}
