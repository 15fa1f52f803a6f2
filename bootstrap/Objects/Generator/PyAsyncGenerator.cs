using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// An asynchronous generator: what calling an <c>async def</c> that yields returns. Its body is a
/// C# iterator run by a <see cref="PyGenerator"/> engine, and it suspends for two reasons: an
/// await passes a value out to whoever drives the current awaitable (the body yields that value
/// as it is), a <c>yield</c> produces the next item (the body yields it wrapped with
/// <see cref="Wrap"/>), which completes the current <c>__anext__()</c>/<c>asend()</c> awaitable
/// with the item. The awaitables are <see cref="AsyncGeneratorSend"/> and
/// <see cref="AsyncGeneratorThrow"/>.
/// </summary>
public sealed class PyAsyncGenerator : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    /// <summary>An async generator run by <paramref name="engine"/> (made by PyGenerator.ForAsyncGenerator, its body begun).</summary>
    public PyAsyncGenerator(PyGenerator engine) => Engine = engine;

    // The engine keeps the name: one field less here.
    public string QualName => Engine.QualName;

    /// <summary>An asynchronous comprehension's body: a local iterator function over the first iterator.</summary>
    public static PyAsyncGenerator Start(CodeInfo code, string qualName, PyObject source, Func<GeneratorFrame, PyObject, IEnumerator<PyObject>> body)
    {
        var engine = PyGenerator.ForAsyncGenerator(code, qualName, handlesAcrossYields: true);
        return new PyAsyncGenerator(engine.Begin(body(engine, source)));
    }

    public PyGenerator Engine { get; }

    // The awaitable of the last item an async for took: each loop step needs one, and once finished
    // (and never seen by Python code) it serves for the next, instead of one object per item.
    private AsyncGeneratorSend? _spareNext;

    /// <summary>The awaitable of <c>__anext__()</c> for a compiled async for (it never reaches Python code).</summary>
    internal AsyncGeneratorSend NextForAsyncFor()
    {
        if (_spareNext is { CanRenew: true } spare)
        {
            spare.Renew();
            return spare;
        }
        return _spareNext = AsyncGeneratorSend.ForAsyncFor(this);
    }

    /// <summary>An asend/athrow/aclose awaitable is being driven (CPython's ag_running_async).</summary>
    internal bool RunningAsync { get; set; }

    /// <summary>The body ended with StopAsyncIteration or GeneratorExit, or aclose() began (ag_closed).</summary>
    internal bool Closed { get; set; }

    /// <summary>sys.set_asyncgen_hooks' firstiter hook has been called for it (ag_hooks_inited).</summary>
    internal bool HooksInitialized { get; set; }

    private static PyAsyncGenerator FirstIteration(PyObject self)
    {
        var g = (PyAsyncGenerator)self;
        if (!g.HooksInitialized) AsyncGeneratorHooks.OnFirstIteration(g);
        return g;
    }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<async_generator object {QualName} at 0x{Identity.Of(this):x}>";

    /// <summary>
    /// What the compiled body yields for <c>yield value</c>, to tell it from an await's suspension.
    /// One wrapper per thread, filled anew for each item: the body's yield hands it straight back to
    /// the step that resumed the body (Unwrap, or aclose()'s check), which empties it at once, so no
    /// two items are ever in it together; a wrapper made per item was an object per item per stage.
    /// </summary>
    public static PyObject Wrap(PyObject value)
    {
        var w = t_wrapper ??= new WrappedValue(PyNone.Instance);
        w.Value = value;
        return w;
    }

    [ThreadStatic]
    private static WrappedValue? t_wrapper;

    /// <summary>
    /// One step of the body for an awaitable (async_gen_unwrap_value): an await's value goes out as
    /// it is; a yielded item finishes the awaitable, so the step returns null with the item in
    /// <paramref name="item"/> (no StopIteration is made for it). The body's end is
    /// StopAsyncIteration, or with <paramref name="quietEnd"/> null with <see cref="Exhausted"/>.
    /// </summary>
    internal PyObject? Unwrap(PyObject sent, PyException? thrown, out PyObject item, bool quietEnd = false)
    {
        PyObject? result;
        try
        {
            result = Engine.Step(sent, thrown);
        }
        catch (PyException e) when (Raised(e))
        {
            throw; // never reached: the filter only notes the end
        }
        if (result is null)
        {
            Closed = true;
            RunningAsync = false;
            if (!quietEnd) throw Bare(ExceptionTypes.StopAsyncIteration);
            item = Exhausted;
            return null;
        }
        if (result is WrappedValue w)
        {
            RunningAsync = false;
            item = w.Take();
            return null;
        }
        item = PyNone.Instance;
        return result;
    }

    /// <summary>
    /// An exception leaving the body: noted from an exception filter, which never catches, so the
    /// exception goes on being thrown once instead of being caught and rethrown here.
    /// </summary>
    private bool Raised(PyException e)
    {
        if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit)) Closed = true;
        RunningAsync = false;
        return false;
    }

    /// <summary>
    /// What an awaitable asked for a quiet end finishes with when the body has ended: async for
    /// stops there, as it would on StopAsyncIteration, without one being raised and caught.
    /// </summary>
    internal static readonly PyObject Exhausted = new WrappedValue(PyNone.Instance);

    /// <summary>An exception raised with no arguments (<c>raise StopAsyncIteration</c>).</summary>
    internal static PyException Bare(PyType type)
    {
        var e = ExceptionTypes.Create(type, "");
        e.Args = PyTuple.Empty;
        return e.ToException();
    }

    /// <summary>Whether the body yielded an item (the wrapper is emptied: the item is dropped).</summary>
    internal static bool IsYielded(PyObject o)
    {
        if (o is not WrappedValue w) return false;
        w.Take();
        return true;
    }

    private sealed class WrappedValue(PyObject value) : PyObject
    {
        public PyObject Value { get; set; } = value;

        // The item, leaving the thread's wrapper empty so that it keeps nothing alive.
        public PyObject Take()
        {
            var value = Value;
            Value = PyNone.Instance;
            return value;
        }
        public override PyType Type => throw new InvalidOperationException("an async generator's yielded value escaped its awaitable");
    }

    private static PyType MakeType()
    {
        var t = new PyType("async_generator", null);
        t.Method("__aiter__", static self => self);
        t.Method("__anext__", static self => new AsyncGeneratorSend(FirstIteration(self), PyNone.Instance));
        t.Method("asend", static (self, v) => new AsyncGeneratorSend(FirstIteration(self), v));
        t.Method("athrow", static (self, args, kw) => new AsyncGeneratorThrow(FirstIteration(self), PyGenerator.ExceptionArgument(args)));
        t.Method("aclose", static self => new AsyncGeneratorThrow(FirstIteration(self), null));
        t.SetAttribute("ag_code", new PyGetSetDescriptor(t, "ag_code", static o => ((PyAsyncGenerator)o).Engine.CodeObject));
        t.SetAttribute("ag_frame", new PyGetSetDescriptor(t, "ag_frame", static o => ((PyAsyncGenerator)o).Engine.FrameObject));
        t.SetAttribute("ag_running", new PyGetSetDescriptor(t, "ag_running", static o => PyBool.From(((PyAsyncGenerator)o).Engine.IsRunning)));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr(((PyAsyncGenerator)o).QualName)));
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o =>
        {
            var q = ((PyAsyncGenerator)o).QualName;
            return new PyStr(q[(q.LastIndexOf('.') + 1)..]);
        }));
        return t;
    }
}
