using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

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
        return NonDictAttribute(name);
    }

    /// <summary><see cref="GetOwnAttribute(string)"/> at an attribute site: the dict probe uses the site's hash and hint.</summary>
    internal PyObject? GetOwnAttribute(AttributeSite site) =>
        _attributes?.TryGetStr(site.Name, site.Hash, ref site.DictHint) ?? NonDictAttribute(site.Name);

    private PyObject? NonDictAttribute(string name)
    {
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

    /// <summary>
    /// <see cref="SetOwnAttribute(string, PyObject)"/> at an attribute site: a name that is not one of
    /// the exception's own fields goes to the dict with the site's hash and hint (no rehash per store).
    /// </summary>
    internal virtual bool SetOwnAttribute(AttributeSite site, PyObject value)
    {
        var name = site.Name;
        if (name is "args" or "__cause__" or "__context__" or "__suppress_context__" or "__traceback__") return SetOwnAttribute(name, value);
        (_attributes ??= new PyDict()).SetStr(name, site.Hash, value, ref site.DictHint, site.Key);
        return true;
    }

    // del e.name: what __init__ or a handler stored in the instance dict.
    public override bool DelOwnAttribute(string name) => _attributes is not null && _attributes.RemoveStr(name);

    private static PyBaseException? ExceptionOrNone(PyObject value, string error) => value switch
    {
        PyNone => null,
        PyBaseException e => e,
        _ => throw Errors.TypeError(error),
    };

    /// <summary>The <c>__notes__</c> attribute (set by add_note), or null.</summary>
    public PyObject? Notes => _attributes?.TryGetStr("__notes__");

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
