using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// OSError and its subclasses. With 2 to 5 arguments CPython reads them as
/// (errno, strerror, filename, winerror, filename2), keeps only (errno, strerror) as args,
/// and prints <c>[Errno 2] No such file or directory: 'name'</c>.
/// </summary>
public sealed class PyOSError : PyBaseException
{
    /// <param name="parse">False when the class's own __init__ will do it (see <see cref="ParsesInInit"/>).</param>
    public PyOSError(PyType type, PyTuple args, bool parse = true) : base(type, args)
    {
        if (parse) Parse(args);
    }

    /// <summary>Reads (errno, strerror, filename, winerror, filename2) from 2 to 5 arguments.</summary>
    internal void Parse(PyTuple args)
    {
        Args = args;
        if (args.Count is >= 2 and <= 5)
        {
            Errno = args[0];
            StrError = args[1];
            if (args.Count >= 3) FileName = args[2];
            if (args.Count == 5) FileName2 = args[4];
            if (FileName is not null) Args = PyTuple.Of(args[0], args[1]);
        }
    }

    /// <summary>
    /// As in CPython, a subclass that overrides __init__ but not __new__ gets its arguments read by
    /// OSError.__init__ (what its super().__init__(...) passes), not by construction; any other
    /// class has them read at construction and OSError.__init__ does nothing.
    /// </summary>
    internal static bool ParsesInInit(PyType type) =>
        !ReferenceEquals(type.Lookup("__init__"), ExceptionTypes.OSError.Lookup("__init__"))
        && ReferenceEquals(type.Lookup("__new__"), ExceptionTypes.OSError.Lookup("__new__"));

    /// <summary>The arguments <c>__reduce__</c> rebuilds it from: a file name set by the constructor goes back in (with None for winerror before a second name).</summary>
    internal PyTuple ReduceArgs()
    {
        if (Args.Count != 2 || FileName is null) return Args;
        return FileName2 is null ? PyTuple.Of(Args[0], Args[1], FileName) : PyTuple.Of(Args[0], Args[1], FileName, PyNone.Instance, FileName2);
    }

    public PyObject? Errno { get; private set; }
    public PyObject? StrError { get; private set; }
    public PyObject? FileName { get; private set; }
    public PyObject? FileName2 { get; private set; }

    public override string Str()
    {
        if (FileName is not null && FileName is not PyNone)
        {
            var text = $"[Errno {Operations.Text.Str(Errno!)}] {Operations.Text.Str(StrError!)}: {Operations.Text.Repr(FileName)}";
            return FileName2 is not null && FileName2 is not PyNone ? text + " -> " + Operations.Text.Repr(FileName2) : text;
        }
        if (Errno is not null && StrError is not null) return $"[Errno {Operations.Text.Str(Errno)}] {Operations.Text.Str(StrError)}";
        return base.Str();
    }

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "errno" => Errno ?? PyNone.Instance,
        "strerror" => StrError ?? PyNone.Instance,
        "filename" => FileName ?? PyNone.Instance,
        "filename2" => FileName2 ?? PyNone.Instance,
        _ => null,
    };

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "errno": Errno = value; return true;
            case "strerror": StrError = value; return true;
            case "filename": FileName = value; return true;
            case "filename2": FileName2 = value; return true;
        }
        return base.SetOwnAttribute(name, value);
    }

    // errno, strerror and the file names are fields: every name takes the by-name path above.
    internal override bool SetOwnAttribute(AttributeSite site, PyObject value, AttributeCacheEntry? cached = null) => SetOwnAttribute(site.Name, value);

    /// <summary>The subclass CPython picks for an errno when OSError itself is called (ENOENT -> FileNotFoundError...).</summary>
    public static PyType TypeForErrno(long errno) => errno switch
    {
        1 or 13 => ExceptionTypes.PermissionError,
        2 => ExceptionTypes.FileNotFoundError,
        3 => ExceptionTypes.ProcessLookupError,
        4 => ExceptionTypes.InterruptedError,
        10 => ExceptionTypes.ChildProcessError,
        11 or 114 or 115 => ExceptionTypes.BlockingIOError,
        17 => ExceptionTypes.FileExistsError,
        20 => ExceptionTypes.NotADirectoryError,
        21 => ExceptionTypes.IsADirectoryError,
        32 => ExceptionTypes.BrokenPipeError,
        103 => ExceptionTypes.ConnectionAbortedError,
        104 => ExceptionTypes.ConnectionResetError,
        108 => ExceptionTypes.BrokenPipeError,
        110 => ExceptionTypes.TimeoutError,
        111 => ExceptionTypes.ConnectionRefusedError,
        _ => ExceptionTypes.OSError,
    };
}
