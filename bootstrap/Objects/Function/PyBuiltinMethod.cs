namespace PyPack.Runtime.Objects;

/// <summary>
/// A method of a builtin type (CPython's method_descriptor), or the dunder of one of its slots
/// (CPython's wrapper_descriptor: <c>int.__add__</c>), which differs only in its type, repr and
/// error messages. Fixed-arity bodies are called without building an argument span when the call
/// site matches.
/// </summary>
public sealed class PyBuiltinMethod : PyObject
{
    public static readonly PyType TypeObject = MakeType("method_descriptor");

    /// <summary>The type of a slot's dunder (see <see cref="IsSlotWrapper"/>).</summary>
    public static readonly PyType WrapperType = MakeType("wrapper_descriptor");

    private static PyType MakeType(string name)
    {
        var t = new PyType(name, null);
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o => new PyStr(((PyBuiltinMethod)o).Name)));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr($"{((PyBuiltinMethod)o).Owner.Name}.{((PyBuiltinMethod)o).Name}")));
        t.SetAttribute("__objclass__", new PyGetSetDescriptor(t, "__objclass__", static o => ((PyBuiltinMethod)o).Owner));
        t.Method("__get__", static (self, args, kw) => DescriptorGet.Call(self, ((PyBuiltinMethod)self).Owner, args, kw));
        return t;
    }

    // A method has a general body (any arguments, keywords, arity errors), fixed-arity bodies for
    // plain positional calls, or both: then each fixed-arity body is a shortcut that must do
    // exactly what the general body does with that many positional arguments.
    private readonly Func<PyObject, PyObject>? _noArgs;
    private readonly Func<PyObject, PyObject, PyObject>? _oneArg;
    private readonly Func<PyObject, PyObject, PyObject, PyObject>? _twoArgs;
    private readonly BuiltinMethodBody? _general;

    public PyBuiltinMethod(PyType owner, string name, Func<PyObject, PyObject> body) : this(owner, name) => _noArgs = body;
    public PyBuiltinMethod(PyType owner, string name, Func<PyObject, PyObject, PyObject> body) : this(owner, name) => _oneArg = body;
    public PyBuiltinMethod(PyType owner, string name, BuiltinMethodBody body) : this(owner, name) => _general = body;

    /// <summary>A general body with shortcuts for calls with 0, 1 or 2 positional arguments (any may be null).</summary>
    public PyBuiltinMethod(PyType owner, string name, BuiltinMethodBody body,
        Func<PyObject, PyObject>? args0, Func<PyObject, PyObject, PyObject>? args1, Func<PyObject, PyObject, PyObject, PyObject>? args2)
        : this(owner, name)
    {
        _general = body;
        _noArgs = args0;
        _oneArg = args1;
        _twoArgs = args2;
    }

    private PyBuiltinMethod(PyType owner, string name)
    {
        Owner = owner;
        Name = name;
    }

    /// <summary>
    /// For a for loop over <c>o.name()</c> (no arguments): an iterator over the items the call's
    /// result would give, made without the result, for methods whose result is a fresh container
    /// no one else can see (str.split). Null: the loop iterates the call's result.
    /// </summary>
    public Func<PyObject, PyIterator>? LazyItems0 { get; init; }

    /// <summary>
    /// <see cref="LazyItems0"/> for a call with one argument (<c>for line in text.split("\n"):</c>);
    /// it returns null for an argument it leaves to the call (the loop then iterates the result).
    /// </summary>
    public Func<PyObject, PyObject, PyIterator?>? LazyItems1 { get; init; }

    /// <summary>
    /// For <c>a, b = o.name(x)</c>: writes the items the call's result would hold into the array
    /// when they are exactly as many as its length, and returns how many there are (a count that
    /// differs leaves the array unspecified); -1 for an argument it leaves to the call. Made for
    /// methods whose result is a fresh tuple or list of strs no one else sees (str.partition).
    /// </summary>
    public Func<PyObject, PyObject, PyObject[], int>? UnpackItems1 { get; init; }

    public PyType Owner { get; }
    public string Name { get; }

    // Found on first need (type, repr, errors), not at construction: start-up makes many methods.
    private SlotKind _kind;

    private enum SlotKind : byte { Unknown, Method, SlotWrapper }

    /// <summary>Whether this is the dunder of a type slot, which CPython exposes as a slot wrapper.</summary>
    public bool IsSlotWrapper
    {
        get
        {
            if (_kind == SlotKind.Unknown) _kind = SlotDunders.IsSlotWrapper(Owner, Name) ? SlotKind.SlotWrapper : SlotKind.Method;
            return _kind == SlotKind.SlotWrapper;
        }
    }

    public override PyType Type => IsSlotWrapper ? WrapperType : TypeObject;
    public override string Repr() => IsSlotWrapper ? $"<slot wrapper '{Name}' of '{Owner.TpName}' objects>" : $"<method '{Name}' of '{Owner.TpName}' objects>";

    /// <summary>Calls with <paramref name="self"/> already checked to be an instance of the owner.</summary>
    public PyObject Invoke(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (self is IHeapInstance and not PyInstance)
        {
            BuiltinSubclass.Enter(self);
            try
            {
                return BuiltinSubclass.ExactResult(self, InvokeCore(self, args, kwnames))!;
            }
            finally
            {
                BuiltinSubclass.Leave();
            }
        }
        return InvokeCore(self, args, kwnames);
    }

    private PyObject InvokeCore(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (_general is not null) return _general(self, args, kwnames);
        if (kwnames is { Length: > 0 }) throw Errors.TypeError(IsSlotWrapper ? $"wrapper {Name}() takes no keyword arguments" : $"{Owner.Name}.{Name}() takes no keyword arguments");
        var expected = _noArgs is not null ? 0 : 1;
        if (args.Length != expected) throw ArgumentCount(expected, args.Length);
        return expected == 0 ? _noArgs!(self) : _oneArg!(self, args[0]);
    }

    // A method names itself by its qualified name (deque.append), a slot wrapper only counts.
    private Exceptions.PyException ArgumentCount(int expected, int given) => Errors.TypeError(
        IsSlotWrapper ? $"expected {expected} argument{(expected == 1 ? "" : "s")}, got {given}"
        : expected == 0 ? $"{Owner.Name}.{Name}() takes no arguments ({given} given)"
        : $"{Owner.Name}.{Name}() takes exactly one argument ({given} given)");

    public PyObject Invoke0(PyObject self) => _noArgs is not null && self is not IHeapInstance ? _noArgs(self) : Invoke(self, [], null);
    public PyObject Invoke1(PyObject self, PyObject a) => _oneArg is not null && self is not IHeapInstance ? _oneArg(self, a) : Invoke(self, [a], null);
    public PyObject Invoke2(PyObject self, PyObject a, PyObject b) => _twoArgs is not null && self is not IHeapInstance ? _twoArgs(self, a, b) : Invoke(self, [a, b], null);

    // Calls on an instance of a builtin type itself (PyType.PlainInstances), never of a
    // subclass: no subclass bookkeeping to decide on, so the fixed-arity body is called at once.
    internal PyObject InvokeExact0(PyObject self) => _noArgs is { } body ? body(self) : InvokeCore(self, [], null);
    internal PyObject InvokeExact1(PyObject self, PyObject a) => _oneArg is { } body ? body(self, a) : InvokeCore(self, [a], null);
    internal PyObject InvokeExact2(PyObject self, PyObject a, PyObject b) => _twoArgs is { } body ? body(self, a, b) : InvokeCore(self, [a, b], null);

    /// <summary>Calling the descriptor unbound: <c>list.append(xs, 1)</c>.</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0)
        {
            throw Errors.TypeError(IsSlotWrapper ? $"descriptor '{Name}' of '{Owner.TpName}' object needs an argument" : $"unbound method {Owner.Name}.{Name}() needs an argument");
        }
        if (!args[0].Type.IsSubtypeOf(Owner))
        {
            throw Errors.TypeError(IsSlotWrapper
                ? $"descriptor '{Name}' requires a '{Owner.TpName}' object but received a '{args[0].Type.TpName}'"
                : DescriptorGet.DoesNotApply(Name, Owner, args[0]));
        }
        return Invoke(args[0], args[1..], kwnames);
    }

    /// <summary>Binds to an instance: <c>xs.append</c> as a value.</summary>
    public PyObject Bind(PyObject self) => new PyBoundBuiltinMethod(this, self);
}
