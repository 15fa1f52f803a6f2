using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// A Python exception object (an instance of BaseException or a subclass). It travels through
/// .NET inside a <see cref="PyException"/>; the traceback is built while it unwinds.
/// </summary>
public class PyBaseException : PyObject
{
    private readonly PyType _type;

    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    public override PyType Type => _type;
    public PyTuple Args { get; set; }

    /// <summary>The frames the exception passed through, outermost first (CPython's tb chain).</summary>
    public TracebackEntry? Traceback { get; set; }

    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }

    public override string Str() => Args.Count switch
    {
        0 => "",
        1 => Operations.Text.Str(Args[0]),
        _ => Args.Repr(),
    };

    public override string Repr() => Args.Count == 1
        ? $"{Type.Name}({Operations.Text.Repr(Args[0])})"
        : $"{Type.Name}{Args.Repr()}";

    /// <summary>The carrier to throw.</summary>
    public PyException ToException() => new(this);
}
