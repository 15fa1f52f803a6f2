using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Modules.Collections;
using PyPack.Runtime.Modules.Contextvars;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>
/// asyncio's <c>Handle</c> (events.py): a callback, its arguments and the context it runs in, as
/// <c>loop.call_soon()</c> queues it. Native because the loop makes one for every step of every
/// task and every done callback: five fields (64 bytes, not an instance's 96) made without a
/// Python <c>__init__</c>, and run by the loop (<see cref="RunReady"/>) without a method call.
/// The texts of its repr stay in events.py (<c>_repr_info</c>, registered by
/// <see cref="AsyncioStepModule"/>). Subclassable, as the Python class is.
/// </summary>
public class PyHandle : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // events.py's _format_callback_source(callback, args): a failed callback's message names it.
    internal static PyObject? FormatCallbackSource;

    // The attributes of events.py's Handle, by the names its __slots__ gave them.
    internal PyObject Callback;
    internal PyObject Args;
    internal PyObject Loop;
    internal PyObject Context;
    internal bool Cancelled;
    private uint _identity;

    public PyHandle(PyObject callback, PyObject args, PyObject loop, PyObject context)
    {
        Callback = callback;
        Args = args;
        Loop = loop;
        Context = context;
    }

    /// <summary>An instance of a subclass before its <c>__init__</c> fills it.</summary>
    protected PyHandle()
    {
        Callback = Args = Loop = Context = PyNone.Instance;
    }

    public override PyType Type => TypeObject;
    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    // events.py's __repr__: "<" + " ".join(self._repr_info()) + ">", its _repr_info a subclass may override.
    public override string Repr()
    {
        var info = Attributes.CallMethod0(this, "_repr_info");
        var joined = Attributes.CallMethod1(new PyStr(" "), "join", info);
        return "<" + ((PyStr)joined).Value + ">";
    }

    /// <summary>Drops the callback and its arguments, so a cancelled timer keeps nothing alive.</summary>
    internal void CancelHandle()
    {
        if (Cancelled) return;
        Cancelled = true;
        Callback = Args = PyNone.Instance;
    }

    /// <summary>
    /// Calls the callback with its arguments in its context. What it raises (but SystemExit and
    /// KeyboardInterrupt, which stop the loop) goes to the loop's exception handler.
    /// </summary>
    internal void Run()
    {
        var callback = Callback;
        var args = Args;
        try
        {
            if (Context is PyContext context)
            {
                context.Run(callback, ArgumentsOf(args), null);
            }
            else
            {
                PyObject[] all = [callback, .. ArgumentsOf(args)];
                Attributes.GetAttr(Context, "run").Call(all, null);
            }
        }
        catch (PyException e) when (!e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit) && !e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt))
        {
            var saved = HandledExceptions.Push(e.Value);
            try
            {
                var report = new PyDict();
                var source = FormatCallbackSource!.Call2(callback, args);
                report.SetStr("message", new PyStr("Exception in callback " + ((PyStr)source).Value));
                report.SetStr("exception", e.Value);
                report.SetStr("handle", this);
                Attributes.CallMethod1(Loop, "call_exception_handler", report);
            }
            finally
            {
                HandledExceptions.Pop(saved);
            }
        }
    }

    // run(fn, *args) takes any iterable; the loop's own handles hold a tuple.
    private static ReadOnlySpan<PyObject> ArgumentsOf(PyObject args) =>
        args is PyTuple tuple ? tuple.Items : Iteration.ToArray(args);

    // base_events' BaseEventLoop.call_soon, registered when it is imported.
    internal static PyObject? BaseCallSoon;

    private static readonly AttributeSite s_closed = new("_closed");
    private static readonly AttributeSite s_ready = new("_ready");

    /// <summary>
    /// <c>loop.call_soon(callback, *args, context=context)</c> as asyncio's futures and tasks call it
    /// (every step and every done callback): when the loop's class keeps BaseEventLoop's call_soon and
    /// the loop is open, the handle goes straight into its ready queue, without the Python method's
    /// frame, keyword binding and argument tuple; otherwise the loop's own call_soon is called.
    /// </summary>
    internal static PyObject CallSoon(PyObject loop, PyObject callback, PyObject args, PyObject context)
    {
        if (BaseCallSoon is { } baseCallSoon && args is PyTuple tuple && loop is PyInstance instance
            && WithoutOwnCallSoon(instance) && ReferenceEquals(loop.Type.Lookup("call_soon"), baseCallSoon)
            && Attributes.GetAttr(loop, s_closed) is PyBool { Value: false })
        {
            var handle = new PyHandle(callback, tuple, loop, context is PyNone ? PyContext.CopyCurrent() : context);
            var ready = Attributes.GetAttr(loop, s_ready);
            if (ready is PyDeque deque && deque.GetType() == typeof(PyDeque)) deque.Append(handle);
            else Attributes.CallMethod1(ready, "append", handle);
            return handle;
        }
        PyObject[] all = [callback, .. ArgumentsOf(args), context];
        return Attributes.GetAttr(loop, "call_soon").Call(all, ["context"]);
    }

    // A loop layout known not to hold call_soon (a layout never gains names).
    private static InstanceLayout? s_layoutWithoutCallSoon;

    // No call_soon set on the loop object itself, which would come before its class's.
    private static bool WithoutOwnCallSoon(PyInstance loop)
    {
        var layout = loop.Layout;
        if (layout is null) return loop.DictIfAny is null;
        if (ReferenceEquals(layout, s_layoutWithoutCallSoon)) return true;
        if (layout.IndexOf("call_soon") >= 0) return false;
        s_layoutWithoutCallSoon = layout;
        return true;
    }

    /// <summary>
    /// base_events' iteration: runs the handles queued in <paramref name="ready"/> when it starts
    /// (those they queue wait for the next one), skipping cancelled ones, in FIFO order.
    /// </summary>
    internal static void RunReady(PyObject ready)
    {
        var count = Builtins.BuiltinsModule.Len(ready);
        for (var i = 0L; i < count; i++)
        {
            var handle = ready is PyDeque deque && deque.GetType() == typeof(PyDeque)
                ? deque.PopLeft()
                : Attributes.CallMethod0(ready, "popleft");
            // The loop's own handles are read directly; a subclass may define _cancelled or _run.
            if (handle.GetType() == typeof(PyHandle) || handle.GetType() == typeof(PyTimerHandle))
            {
                var own = (PyHandle)handle;
                if (!own.Cancelled) own.Run();
            }
            else if (!Truth.IsTrue(Attributes.GetAttr(handle, "_cancelled")))
            {
                Attributes.CallMethod0(handle, "_run");
            }
        }
    }

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "_callback" => Callback,
        "_args" => Args,
        "_loop" => Loop,
        "_context" => Context,
        "_cancelled" => PyBool.From(Cancelled),
        _ => null,
    };

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "_callback": Callback = value; return true;
            case "_args": Args = value; return true;
            case "_loop": Loop = value; return true;
            case "_context": Context = value; return true;
            case "_cancelled": Cancelled = Truth.IsTrue(value); return true;
            default: return false;
        }
    }

    /// <summary>Handle(callback, args, loop, context=None): a context of None is a copy of the current one.</summary>
    internal static void Bind(ReadOnlySpan<PyObject> args, string[]? kwnames, string name, int skip,
        out PyObject callback, out PyObject arguments, out PyObject loop, out PyObject context)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (kwnames is null && positional == skip + 4)
        {
            callback = args[skip];
            arguments = args[skip + 1];
            loop = args[skip + 2];
            context = args[skip + 3];
        }
        else
        {
            var a = ModuleArgs.Bind(name, args[skip..], kwnames, ["callback", "args", "loop", "context"], 3);
            callback = a[0]!;
            arguments = a[1]!;
            loop = a[2]!;
            context = a[3] ?? PyNone.Instance;
        }
        if (context is PyNone) context = PyContext.CopyCurrent();
    }

    private static PyType MakeType()
    {
        var t = new PyType("Handle", null) { Module = "asyncio.events", TpName = "Handle" };
        t.Constructor = static (args, kwnames) =>
        {
            Bind(args, kwnames, "Handle", 0, out var callback, out var arguments, out var loop, out var context);
            return new PyHandle(callback, arguments, loop, context);
        };
        t.Method("cancel", static self =>
        {
            ((PyHandle)self).CancelHandle();
            return PyNone.Instance;
        });
        t.Method("cancelled", static self => PyBool.From(((PyHandle)self).Cancelled));
        t.Method("_run", static self =>
        {
            ((PyHandle)self).Run();
            return PyNone.Instance;
        });
        BuiltinBases.Mutable(t, static type => new PyHandleSubclass(type), static (self, made) => ((PyHandle)self).FillFrom((PyHandle)made));
        SlotWrappers.Add(t, "__repr__");
        return t;
    }

    /// <summary>A subclass instance's <c>__init__</c>: the fields of the handle the arguments made.</summary>
    internal virtual void FillFrom(PyHandle made)
    {
        Callback = made.Callback;
        Args = made.Args;
        Loop = made.Loop;
        Context = made.Context;
        Cancelled = made.Cancelled;
    }
}
