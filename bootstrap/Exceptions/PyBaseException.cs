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

    // Attributes stored on the exception (self.field = ... in a subclass's __init__) live as a plain
    // instance's do (PyInstance): values by a layout of names shared by the class's instances, the
    // first two in the exception itself (a raise that sets one or two fields allocates nothing more),
    // the rest in _extra. _attributes takes over for good once __dict__ is asked for or the names
    // stop fitting a layout (a deletion, too many shapes); then it is the only truth. No layout and
    // no dict: no attributes yet.
    // The values of the class's __slots__ members (PySlotDescriptor), made at the first access.
    private PyObject?[]? _slots;

    internal ref PyObject? SlotRef(int index) => ref (_slots ??= new PyObject?[Type.SlotCount])[index];

    private InstanceLayout? _layout;
    private InlineValues _inline;
    private PyObject?[]? _extra;
    private PyDict? _attributes;

    private const int InlineCount = 2;

    [System.Runtime.CompilerServices.InlineArray(InlineCount)]
    private struct InlineValues
    {
        private PyObject? _first;
    }

    // The value at index i of the layout (below its count: the caller checked).
    private ref PyObject? ValueAt(int i)
    {
        if ((uint)i < InlineCount) return ref _inline[i];
        return ref _extra![i - InlineCount];
    }

    public override PyObject? GetOwnAttribute(string name) => OwnValue(name) ?? NonDictAttribute(name);

    /// <summary><see cref="GetOwnAttribute(string)"/> at an attribute site: a dict probe uses the site's hash and hint.</summary>
    internal PyObject? GetOwnAttribute(AttributeSite site, AttributeCacheEntry? cached = null)
    {
        if (_layout is { } layout)
        {
            var i = layout.IndexOf(site.Name);
            if (i >= 0)
            {
                if (cached is not null)
                {
                    cached.FoundIndex = i;
                    cached.FoundLayout = layout;
                }
                return ValueAt(i);
            }
        }
        else if (_attributes is { } dict && dict.TryGetStr(site.Name, site.Hash, ref site.DictHint) is { } value)
        {
            return value;
        }
        return NonDictAttribute(site.Name);
    }

    // An attribute stored on the exception, or null.
    private PyObject? OwnValue(string name)
    {
        if (_layout is { } layout)
        {
            var i = layout.IndexOf(name);
            return i >= 0 ? ValueAt(i) : null;
        }
        return _attributes?.TryGetStr(name);
    }

    private PyObject? NonDictAttribute(string name)
    {
        if (name == "__dict__") return AttributeDict();
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

    /// <summary>The <c>__dict__</c> when the exception has one (an attribute was set or it was asked for), for <c>__reduce__</c>; else null.</summary>
    internal PyDict? DictIfMade() => _layout is not null || _attributes is not null ? AttributeDict() : null;

    /// <summary>The exception's <c>__dict__</c>: made from the layout's values (in the order they were set) the first time.</summary>
    private PyDict AttributeDict()
    {
        if (_attributes is { } dict) return dict;
        dict = new PyDict();
        if (_layout is { } layout)
        {
            for (var i = 0; i < layout.Count; i++) dict.SetStr(layout.NameAt(i), ValueAt(i)!);
        }
        _attributes = dict;
        _layout = null;
        _inline = default;
        _extra = null;
        return dict;
    }

    /// <summary>Stores an attribute that is not one of the exception's own fields: the layout's value, or the dict's entry.</summary>
    /// <remarks>
    /// With a site's cache entry for this type, the layout step taken is remembered there (as a plain
    /// instance's site does): the next exception of the class that sets the same name in the same
    /// order stores by index, without looking the name up (<see cref="TryStoreCached"/>).
    /// </remarks>
    private void StoreValue(string name, AttributeSite? site, PyObject value, AttributeCacheEntry? cached = null)
    {
        if (_attributes is null)
        {
            var layout = _layout ?? _type.InstanceLayoutRoot;
            var i = layout.IndexOf(name);
            if (i >= 0)
            {
                ValueAt(i) = value;
                if (cached is not null)
                {
                    cached.FoundIndex = i;
                    cached.FoundLayout = layout;
                }
                return;
            }
            if (layout.Add(name) is { } next)
            {
                Append(next, value);
                if (cached is not null)
                {
                    cached.GrownTo = next;
                    cached.GrownFrom = layout;
                }
                return;
            }
        }
        var dict = AttributeDict();
        if (site is not null) dict.SetStr(name, site.Hash, value, ref site.DictHint, site.Key);
        else dict.SetStr(name, value);
    }

    // Moves to `next`, the current layout with one name added, storing that name's value.
    private void Append(InstanceLayout next, PyObject value)
    {
        var index = next.Count - 1;
        if (index >= InlineCount)
        {
            var extra = _extra;
            if (extra is null) _extra = new PyObject?[Math.Max(next.Count, next.CapacityHint) - InlineCount];
            else if (index - InlineCount >= extra.Length)
            {
                Array.Resize(ref extra, Math.Max(next.Count - InlineCount, extra.Length * 2));
                _extra = extra;
            }
        }
        ValueAt(index) = value;
        _layout = next;
    }

    /// <summary>
    /// <c>e.name = value</c> by what a site remembered for this type (<paramref name="cached"/>, whose
    /// layout fields only StoreValue sets, so the name is never one of the exception's own fields): the
    /// value at the remembered index, or the remembered layout step. False when neither applies.
    /// </summary>
    internal bool TryStoreCached(AttributeCacheEntry cached, PyObject value)
    {
        if (_attributes is not null) return false;
        var layout = _layout ?? _type.InstanceLayoutRoot;
        if (ReferenceEquals(cached.FoundLayout, layout))
        {
            ValueAt(cached.FoundIndex) = value;
            return true;
        }
        if (ReferenceEquals(cached.GrownFrom, layout))
        {
            Append(cached.GrownTo!, value);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The value a site's memory (<paramref name="cached"/>) places in this exception's layout, or null
    /// when its layout is another (then <see cref="GetOwnAttribute(AttributeSite)"/> looks).
    /// </summary>
    internal PyObject? CachedValue(AttributeCacheEntry cached) =>
        _layout is { } layout && ReferenceEquals(cached.FoundLayout, layout) ? ValueAt(cached.FoundIndex) : null;

    /// <summary>Attributes a subclass derives from its arguments (SystemExit.code, StopIteration.value).</summary>
    protected virtual PyObject? GetSpecialAttribute(string name) => null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "args":
                Args = value as PyTuple ?? PyTuple.FromArray(Operations.Iteration.ToArray(value));
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
        if (SetMemberAttribute(name, value)) return true;
        StoreValue(name, null, value);
        return true;
    }

    /// <summary>
    /// Stores one of a subclass's member attributes (ImportError.name/path, AttributeError.name/obj),
    /// which CPython keeps in the object, not in its <c>__dict__</c>; false for any other name.
    /// </summary>
    protected virtual bool SetMemberAttribute(string name, PyObject value) => false;

    /// <summary>
    /// <see cref="SetOwnAttribute(string, PyObject)"/> at an attribute site: a name that is not one of
    /// the exception's own fields goes to the layout (or the dict, with the site's hash and hint).
    /// </summary>
    internal virtual bool SetOwnAttribute(AttributeSite site, PyObject value, AttributeCacheEntry? cached = null)
    {
        var name = site.Name;
        if (name is "args" or "__cause__" or "__context__" or "__suppress_context__" or "__traceback__") return SetOwnAttribute(name, value);
        if (SetMemberAttribute(name, value)) return true;
        StoreValue(name, site, value, cached);
        return true;
    }

    // del e.name: what __init__ or a handler stored on the exception (a deletion leaves the layout for the dict).
    public override bool DelOwnAttribute(string name)
    {
        if (OwnValue(name) is null) return false;
        return AttributeDict().RemoveStr(name);
    }

    private static PyBaseException? ExceptionOrNone(PyObject value, string error) => value switch
    {
        PyNone => null,
        PyBaseException e => e,
        _ => throw Errors.TypeError(error),
    };

    /// <summary>The <c>__notes__</c> attribute (set by add_note), or null.</summary>
    public PyObject? Notes => OwnValue("__notes__");

    /// <summary><c>add_note(note)</c>.</summary>
    public void AddNote(PyObject note)
    {
        if (note is not PyStr) throw Errors.TypeError($"note must be a str, not '{note.Type.TpName}'");
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
