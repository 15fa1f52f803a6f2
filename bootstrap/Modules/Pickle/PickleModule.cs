using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The <c>_pickle</c> module (CPython's C accelerator has this name): dumps/loads, the errors,
/// and the engines behind Lib/pickle.py's Pickler and Unpickler classes. copyreg comes along:
/// object.__reduce_ex__'s recipes name its functions, and its dispatch table and extension
/// registry are consulted on every pickle.
/// </summary>
[PythonModule("_pickle")]
[PythonRequires("copyreg")]
[PythonExport("PickleError")]
[PythonExport("PicklingError")]
[PythonExport("UnpicklingError")]
[PythonExport("dumps")]
[PythonExport("loads")]
[PythonExport("PicklerEngine")]
[PythonExport("UnpicklerEngine")]
public static class PickleModule
{
    public const int HighestProtocol = 5;
    public const int DefaultProtocol = 4;

    public static readonly PyType PickleErrorType = CreateError("PickleError", ExceptionTypes.Exception);
    public static readonly PyType PicklingErrorType = CreateError("PicklingError", PickleErrorType);
    public static readonly PyType UnpicklingErrorType = CreateError("UnpicklingError", PickleErrorType);

    /// <summary>What protocols 0-2 rebuild bytes with: <c>_codecs.encode(text, 'latin1')</c>.</summary>
    internal static readonly PyBuiltinFunction CodecsEncode = new("encode", static (args, kw) =>
    {
        var a = ModuleArgs.Bind("encode", args, kw, ["obj", "encoding", "errors"], 1);
        return Attributes.CallMethod2(a[0]!, "encode", a[1] ?? new PyStr("utf-8"), a[2] ?? new PyStr("strict"));
    });

    internal static readonly PyStr Latin1 = new("latin1");

    // copyreg's dicts, looked up once per interpreter (tests run several programs in one process).
    private static Interpreter? s_copyregOwner;
    private static PyDict? s_dispatchTable;
    private static PyDict? s_extensionRegistry;

    private static void LoadCopyreg()
    {
        var interpreter = Interpreter.Current;
        if (ReferenceEquals(s_copyregOwner, interpreter)) return;
        var copyreg = Imports.Import("copyreg");
        s_dispatchTable = Attributes.GetAttr(copyreg, "dispatch_table") as PyDict ?? throw PicklingError("copyreg.dispatch_table should be a dict");
        s_extensionRegistry = Attributes.GetAttr(copyreg, "_extension_registry") as PyDict;
        s_copyregOwner = interpreter;
    }

    private static PyType CreateError(string name, PyType baseType)
    {
        var type = new PyType(name, baseType) { Module = "_pickle" };
        type.Constructor = (args, kw) => ExceptionTypes.FactoryOf(type)(type, PyTuple.CopyOf(args));
        return type;
    }

    internal static PyException PicklingError(string message) => Errors.Raise(PicklingErrorType, message);

    internal static PyException UnpicklingError(string message) => Errors.Raise(UnpicklingErrorType, message);

    /// <summary>copyreg.dispatch_table (the dict itself: copyreg.pickle() adds to it).</summary>
    internal static PyDict CopyregDispatchTable()
    {
        LoadCopyreg();
        return s_dispatchTable!;
    }

    /// <summary>The code copyreg.add_extension gave (module, name), if any.</summary>
    internal static long? ExtensionCode(string module, string name)
    {
        LoadCopyreg();
        if (s_extensionRegistry is not { Count: > 0 } registry) return null;
        return registry.TryGet(PyTuple.Of(new PyStr(module), new PyStr(name))) is PyInt code ? code.Small : null;
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("PickleError", PickleErrorType);
        g.Set("PicklingError", PicklingErrorType);
        g.Set("UnpicklingError", UnpicklingErrorType);
        g.Set("PicklerEngine", PicklerEngine.TypeObject);
        g.Set("UnpicklerEngine", UnpicklerEngine.TypeObject);
        // dumps(obj[, protocol]) and loads(data), the usual calls, skip binding the keywords.
        g.Set("dumps", new PyBuiltinFunction("dumps", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("dumps", args, kw, ["obj", "protocol", "fix_imports", "buffer_callback"], 1, keywordOnlyFrom: 2);
            var protocol = Protocol(a[1]);
            CheckBufferCallback(protocol, a[3]);
            return PyBytes.Of(PickleWriter.DumpOnce(a[0]!, protocol, a[2] is null || Truth.IsTrue(a[2]!)));
        },
        static obj => PyBytes.Of(PickleWriter.DumpOnce(obj, DefaultProtocol, true)),
        static (obj, protocol) => PyBytes.Of(PickleWriter.DumpOnce(obj, Protocol(protocol), true))));
        g.Set("loads", new PyBuiltinFunction("loads", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("loads", args, kw, ["data", "fix_imports", "encoding", "errors", "buffers"], 1, keywordOnlyFrom: 1);
            return Load(a[0]!, a[1], a[2], a[3], a[4]);
        },
        static data => Load(data, null, null, null, null)));
    }

    private static PyObject Load(PyObject source, PyObject? fixImports, PyObject? encoding, PyObject? errors, PyObject? buffers)
    {
        // An immutable bytes is read in place; a bytearray or memoryview is copied first.
        var data = source switch
        {
            PyBytes { IsByteArray: false } b => b.ImmutableArray,
            PyBytes b => b.Data.ToArray(),
            PyMemoryView m => m.ToArray(),
            var other => throw Errors.TypeError($"a bytes-like object is required, not '{other.Type.TpName}'"),
        };
        var length = source is PyBytes { IsByteArray: false } whole ? whole.Count : data.Length;
        var reader = new PickleReader(data, length)
        {
            FixImports = fixImports is null || Truth.IsTrue(fixImports),
            Encoding = encoding is null ? "ASCII" : ModuleArgs.Str(encoding, "loads", 3),
            ErrorHandler = errors is null ? "strict" : ModuleArgs.Str(errors, "loads", 4),
            Buffers = buffers is null or PyNone ? null : Iteration.GetIter(buffers),
        };
        return reader.LoadOnce();
    }

    /// <summary>The protocol argument: None is the default, a negative number the highest.</summary>
    internal static int Protocol(PyObject? protocol)
    {
        if (protocol is null or PyNone) return DefaultProtocol;
        var value = Conversions.ToIndex(protocol);
        if (value < 0) return HighestProtocol;
        if (value > HighestProtocol) throw Errors.ValueError($"pickle protocol must be <= {HighestProtocol}");
        return (int)value;
    }

    internal static void CheckBufferCallback(int protocol, PyObject? callback)
    {
        if (callback is not null and not PyNone && protocol < 5) throw Errors.ValueError("buffer_callback needs protocol >= 5");
    }
}
