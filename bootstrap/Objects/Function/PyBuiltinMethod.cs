namespace PyPack.Runtime.Objects;

/// <summary>
/// A method of a builtin type (CPython's method_descriptor). Fixed-arity bodies are called
/// without building an argument span when the call site matches.
/// </summary>
public sealed class PyBuiltinMethod : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("method_descriptor", null);
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o => new PyStr(((PyBuiltinMethod)o).Name)));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr($"{((PyBuiltinMethod)o).Owner.Name}.{((PyBuiltinMethod)o).Name}")));
        t.SetAttribute("__objclass__", new PyGetSetDescriptor(t, "__objclass__", static o => ((PyBuiltinMethod)o).Owner));
        return t;
    }

    private readonly Func<PyObject, PyObject>? _noArgs;
    private readonly Func<PyObject, PyObject, PyObject>? _oneArg;
    private readonly BuiltinMethodBody? _general;

    public PyBuiltinMethod(PyType owner, string name, Func<PyObject, PyObject> body) : this(owner, name) => _noArgs = body;
    public PyBuiltinMethod(PyType owner, string name, Func<PyObject, PyObject, PyObject> body) : this(owner, name) => _oneArg = body;
    public PyBuiltinMethod(PyType owner, string name, BuiltinMethodBody body) : this(owner, name) => _general = body;

    private PyBuiltinMethod(PyType owner, string name)
    {
        Owner = owner;
        Name = name;
    }

    public PyType Owner { get; }
    public string Name { get; }
    public override PyType Type => TypeObject;
    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

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
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{Owner.Name}.{Name}() takes no keyword arguments");
        if (_noArgs is not null)
        {
            if (args.Length != 0) throw Errors.TypeError($"{Owner.Name}.{Name}() takes no arguments ({args.Length} given)");
            return _noArgs(self);
        }
        if (args.Length != 1) throw Errors.TypeError($"{Owner.Name}.{Name}() takes exactly one argument ({args.Length} given)");
        return _oneArg!(self, args[0]);
    }

    public PyObject Invoke0(PyObject self) => _noArgs is not null && self is not IHeapInstance ? _noArgs(self) : Invoke(self, [], null);
    public PyObject Invoke1(PyObject self, PyObject a) => _oneArg is not null && self is not IHeapInstance ? _oneArg(self, a) : Invoke(self, [a], null);

    /// <summary>Calling the descriptor unbound: <c>list.append(xs, 1)</c>.</summary>
    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0 || !args[0].Type.IsSubtypeOf(Owner))
        {
            throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{(args.Length == 0 ? "NoneType" : args[0].Type.Name)}' object");
        }
        return Invoke(args[0], args[1..], kwnames);
    }

    /// <summary>Binds to an instance: <c>xs.append</c> as a value.</summary>
    public PyObject Bind(PyObject self) => new PyBoundBuiltinMethod(this, self);
}
