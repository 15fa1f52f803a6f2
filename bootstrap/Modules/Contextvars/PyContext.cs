using PyPack.Runtime.Modules.ThreadState;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Contextvars;

/// <summary>
/// <c>contextvars.Context</c>: a mapping of ContextVar to value, entered by <c>run()</c>. Native, as
/// CPython's is C: asyncio copies the current context for every task and every done callback and
/// runs each callback in one, so a context is three fields (32 bytes, not an instance's 96) and
/// entering one costs no Python frame. Copies share one dict until either side sets a variable
/// (copy-on-write: most tasks never set one). ContextVar and Token stay in contextvars.py and read
/// the dict through <c>_values</c> / <c>_own_values()</c>.
/// </summary>
public sealed class PyContext : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // What a new context starts with; never changed (a context owns its dict before a write).
    private static readonly PyDict s_empty = new();

    // contextvars.ContextVar, registered when contextvars.py is imported (keys are checked against it).
    private static PyType? s_varType;

    private PyDict _values = s_empty;
    private bool _owned;
    private bool _entered;
    private uint _identity;

    public override PyType Type => TypeObject;
    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    /// <summary>contextvars.py names its ContextVar class, the only key type a context takes.</summary>
    internal static void RegisterVarType(PyType type) => s_varType = type;

    /// <summary>A copy of this thread's current context (made empty on the thread's first use).</summary>
    public static PyContext CopyCurrent() => Current().Copy();

    /// <summary>This thread's current context, made (empty) and entered on the thread's first use.</summary>
    public static PyContext Current()
    {
        if (ThreadStateModule.CurrentContext is PyContext context) return context;
        context = new PyContext();
        ThreadStateModule.CurrentContext = context;
        return context;
    }

    public PyContext Copy()
    {
        _owned = false;
        return new PyContext { _values = _values };
    }

    /// <summary>The dict of values, made this context's own first if it is shared; for changing it.</summary>
    public PyDict OwnValues()
    {
        if (!_owned)
        {
            _values = _values.Copy();
            _owned = true;
        }
        return _values;
    }

    /// <summary>Calls <paramref name="callable"/> with this context current, restoring the previous one after.</summary>
    public PyObject Run(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var previous = Enter();
        try
        {
            return args.Length switch
            {
                0 => callable.Call0(),
                1 when kwnames is null => callable.Call1(args[0]),
                2 when kwnames is null => callable.Call2(args[0], args[1]),
                _ => callable.Call(args, kwnames),
            };
        }
        finally
        {
            ThreadStateModule.CurrentContext = previous;
            _entered = false;
        }
    }

    private PyObject? Enter()
    {
        if (_entered) throw Errors.RuntimeError($"cannot enter context: {Repr()} is already entered");
        var previous = ThreadStateModule.CurrentContext;
        _entered = true;
        ThreadStateModule.CurrentContext = this;
        return previous;
    }

    public override long Length() => _values.Count;
    public override PyIterator? Iter() => _values.Iter();
    public override long Hash() => throw Errors.TypeError($"unhashable type: '{Type.TpName}'");

    public override PyObject? GetItem(PyObject key) =>
        _values.TryGet(CheckKey(key)) ?? throw Errors.KeyError(key);

    public override bool? Contains(PyObject value) => _values.ContainsKey(CheckKey(value));

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyContext context || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        return _values.RichCompare(context._values, op);
    }

    private static PyObject CheckKey(PyObject key)
    {
        if (s_varType is null || !key.Type.IsSubtypeOf(s_varType))
        {
            throw Errors.TypeError($"a ContextVar key was expected, got {Text.Repr(key)}");
        }
        return key;
    }

    private static PyType MakeType()
    {
        var t = new PyType("Context", null) { IsFinal = true, Module = "_contextvars", TpName = "_contextvars.Context" };
        t.Constructor = static (args, kwnames) =>
        {
            if (args.Length != 0) throw Errors.TypeError("Context() does not accept any arguments");
            return new PyContext();
        };
        t.SetAttribute("__hash__", PyNone.Instance);
        SlotWrappers.Add(t, "__repr__", "__len__", "__iter__", "__getitem__", "__contains__", "__eq__", "__ne__");
        t.Method("run", static (self, args, kwnames) => RunMethod(self, args, kwnames),
            args1: static (self, callable) => ((PyContext)self).Run(callable, [], null),
            args2: static (self, callable, a) => ((PyContext)self).Run(callable, [a], null));
        // asyncio's Handle runs each callback with the tuple it holds: no *args tuple made per call.
        t.Method("_run_args", static (self, args, kwnames) =>
        {
            Args.Check("Context", "_run_args", args, kwnames, 2, 2);
            return RunTuple((PyContext)self, args[0], args[1]);
        }, args2: static (self, callable, tuple) => RunTuple((PyContext)self, callable, tuple));
        t.Method("copy", static self => ((PyContext)self).Copy());
        t.Method("get", static (self, args, kwnames) =>
        {
            Args.Check("Context", "get", args, kwnames, 1, 2);
            return ((PyContext)self)._values.TryGet(CheckKey(args[0])) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        });
        t.Method("keys", static self => Attributes.CallMethod0(((PyContext)self)._values, "keys"));
        t.Method("values", static self => Attributes.CallMethod0(((PyContext)self)._values, "values"));
        t.Method("items", static self => Attributes.CallMethod0(((PyContext)self)._values, "items"));
        // For contextvars.py's ContextVar and Token.
        t.Property("_values", static self => ((PyContext)self)._values);
        t.Method("_own_values", static self => ((PyContext)self).OwnValues());
        return t;
    }

    private static PyObject RunMethod(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional < 1) throw Errors.TypeError("run() missing 1 required positional argument");
        return ((PyContext)self).Run(args[0], args[1..], kwnames);
    }

    private static PyObject RunTuple(PyContext context, PyObject callable, PyObject args)
    {
        if (args is not PyTuple tuple) throw Errors.TypeError("_run_args() needs a tuple of arguments");
        return context.Run(callable, tuple.Items, null);
    }
}
