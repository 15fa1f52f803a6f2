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

    /// <summary>The module a NameError's name was looked up in: its globals are candidates for "Did you mean".</summary>
    public ModuleGlobals? SuggestionGlobals { get; set; }

    public PyBaseException? Cause { get; set; }
    public PyBaseException? Context { get; set; }
    public bool SuppressContext { get; set; }

    /// <summary>str(): a class's own <c>__str__</c> if it has one, else BaseException's.</summary>
    public override string Str() =>
        _type.IsHeapType && _type.Lookup("__str__") is { } m and not PyBuiltinMethod
            ? SpecialMethods.CheckString(SpecialMethods.Call0(this, m), "__str__")
            : BaseStr();

    public override string Repr() =>
        _type.IsHeapType && _type.Lookup("__repr__") is { } m and not PyBuiltinMethod
            ? SpecialMethods.CheckString(SpecialMethods.Call0(this, m), "__repr__")
            : BaseRepr();

    /// <summary><c>BaseException.__str__</c>.</summary>
    public virtual string BaseStr() => Args.Count switch
    {
        0 => "",
        1 => Operations.Text.Str(Args[0]),
        _ => Args.Repr(),
    };

    /// <summary><c>BaseException.__repr__</c>.</summary>
    public string BaseRepr() => Args.Count == 1
        ? $"{Type.Name}({Operations.Text.Repr(Args[0])})"
        : $"{Type.Name}{Args.Repr()}";

    private PyDict? _attributes;

    public override PyObject? GetOwnAttribute(string name)
    {
        if (_attributes?.TryGetStr(name) is { } value) return value;
        if (name == "__dict__") return _attributes ??= new PyDict();
        return name switch
        {
            "args" => Args,
            "__cause__" => (PyObject?)Cause ?? PyNone.Instance,
            "__context__" => (PyObject?)Context ?? PyNone.Instance,
            "__suppress_context__" => PyBool.From(SuppressContext),
            "__traceback__" => PyTraceback.Of(Traceback),
            _ => GetSpecialAttribute(name),
        };
    }

    /// <summary>Attributes a subclass derives from its arguments (SystemExit.code, StopIteration.value).</summary>
    protected virtual PyObject? GetSpecialAttribute(string name) => null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "args":
                Args = value as PyTuple ?? new PyTuple(Operations.Iteration.ToArray(value));
                return true;
            case "__cause__":
                Cause = ExceptionOrNone(value, "exception cause must be None or derive from BaseException");
                SuppressContext = true;
                return true;
            case "__context__":
                Context = ExceptionOrNone(value, "exception context must be None or derive from BaseException");
                return true;
            case "__suppress_context__":
                SuppressContext = Operations.Truth.IsTrue(value);
                return true;
            case "__traceback__":
                Traceback = value switch
                {
                    PyNone => null,
                    PyTraceback tb => tb.Entry,
                    _ => throw Errors.TypeError("__traceback__ must be a traceback or None"),
                };
                return true;
        }
        (_attributes ??= new PyDict()).SetStr(name, value);
        return true;
    }

    private static PyBaseException? ExceptionOrNone(PyObject value, string error) => value switch
    {
        PyNone => null,
        PyBaseException e => e,
        _ => throw Errors.TypeError(error),
    };

    /// <summary>The <c>__notes__</c> attribute (set by add_note), or null.</summary>
    public PyObject? Notes => _attributes?.TryGet("__notes__");

    /// <summary><c>add_note(note)</c>.</summary>
    public void AddNote(PyObject note)
    {
        if (note is not PyStr) throw Errors.TypeError($"note must be a str, not '{note.Type.Name}'");
        switch (Notes)
        {
            case null:
                SetOwnAttribute("__notes__", new PyList([note]));
                break;
            case PyList list:
                list.Append(note);
                break;
            default:
                throw Errors.TypeError("Cannot add note: __notes__ is not a list");
        }
    }

    /// <summary>The carrier to throw.</summary>
    public PyException ToException() => new(this);
}
