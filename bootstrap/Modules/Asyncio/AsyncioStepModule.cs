using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>
/// The native half of asyncio's Task (Lib/asyncio/tasks.py): one step of a task's coroutine. A
/// coroutine that returns ends <c>send()</c> with StopIteration, a .NET exception thrown and caught
/// once per task; <c>step</c> reports the return as a value instead, as CPython's C task reads the
/// return value without raising.
/// </summary>
[PythonModule("_asynciostep")]
[PythonExport("step")]
[PythonExport("returned_value")]
[PythonExport("RETURNED")]
[PythonExport("future_iter")]
[PythonExport("yield_once")]
[PythonExport("Handle")]
[PythonExport("TimerHandle")]
[PythonExport("run_ready")]
[PythonExport("handle_support")]
[PythonExport("call_soon")]
[PythonExport("loop_support")]
public static class AsyncioStepModule
{
    // What step() returns when the coroutine returned; returned_value() then hands out the value.
    private static readonly PyObject s_returned = new ReturnedMarker();

    // One thread steps one coroutine at a time: the value lives from step() to returned_value().
    [ThreadStatic]
    private static PyObject? t_returnedValue;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("RETURNED", s_returned);
        // step(coro, exc): coro.send(None) when exc is None, else coro.throw(exc); what the coroutine
        // yielded, or RETURNED when it returned. Its exceptions propagate as from send()/throw().
        g.Set("step", new PyBuiltinFunction("step", static (args, kw) =>
        {
            // Called once per step of every task: positional calls skip the binder (and its array).
            if (kw is null && args.Length == 2) return Step(args[0], args[1]);
            var a = ModuleArgs.Bind("step", args, kw, ["coro", "exc"], 2);
            return Step(a[0]!, a[1]!);
        }));
        // future_iter(fut, result): Future.__await__'s iterator (FutureIterator), ending with result(fut).
        g.Set("future_iter", new PyBuiltinFunction("future_iter", static (args, kw) =>
        {
            if (kw is null && args.Length == 2) return new FutureIterator(args[0], args[1]);
            var a = ModuleArgs.Bind("future_iter", args, kw, ["future", "result"], 2);
            return new FutureIterator(a[0]!, a[1]!);
        }));
        // yield_once(genfunc): a function making YieldOnce awaitables that stand for genfunc(), a
        // generator function whose body is one bare yield (asyncio.sleep(0)'s __sleep0).
        g.Set("yield_once", new PyBuiltinFunction("yield_once", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("yield_once", args, kw, ["genfunc"], 1);
            var genfunc = a[0]!;
            return new PyBuiltinFunction("yield_once", (args, kw) =>
            {
                if (kw is not null || args.Length != 0) ModuleArgs.Bind("yield_once", args, kw, [], 0);
                return new YieldOnce(genfunc);
            });
        }));
        g.Set("Handle", PyHandle.TypeObject);
        g.Set("TimerHandle", PyTimerHandle.TypeObject);
        // run_ready(ready): base_events' iteration over the handles ready when it starts.
        g.Set("run_ready", new PyBuiltinFunction("run_ready", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("run_ready", args, kw, ["ready"], 1);
            PyHandle.RunReady(a[0]!);
            return PyNone.Instance;
        }));
        // handle_support(format_callback_source, repr_info, timer_repr_info): events.py's texts for
        // the handles' reprs and error messages, which stay in Python.
        g.Set("handle_support", new PyBuiltinFunction("handle_support", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("handle_support", args, kw, ["format_callback_source", "repr_info", "timer_repr_info"], 3);
            PyHandle.FormatCallbackSource = a[0]!;
            PyHandle.TypeObject.SetAttribute("_repr_info", a[1]!);
            PyTimerHandle.TypeObject.SetAttribute("_repr_info", a[2]!);
            return PyNone.Instance;
        }));
        // call_soon(loop, callback, args, context): loop.call_soon(callback, *args, context=context)
        // for asyncio's own futures and tasks (see PyHandle.CallSoon).
        g.Set("call_soon", new PyBuiltinFunction("call_soon", static (args, kw) =>
        {
            if (kw is null && args.Length == 4) return PyHandle.CallSoon(args[0], args[1], args[2], args[3]);
            var a = ModuleArgs.Bind("call_soon", args, kw, ["loop", "callback", "args", "context"], 4);
            return PyHandle.CallSoon(a[0]!, a[1]!, a[2]!, a[3]!);
        }));
        // loop_support(call_soon): BaseEventLoop.call_soon, which call_soon() above may stand in for.
        g.Set("loop_support", new PyBuiltinFunction("loop_support", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("loop_support", args, kw, ["call_soon"], 1);
            PyHandle.BaseCallSoon = a[0]!;
            return PyNone.Instance;
        }));
        g.Set("returned_value", new PyBuiltinFunction("returned_value", static (args, kw) =>
        {
            if (kw is not null || args.Length != 0) ModuleArgs.Bind("returned_value", args, kw, [], 0);
            var value = t_returnedValue ?? PyNone.Instance;
            t_returnedValue = null;
            return value;
        }));
    }

    private static PyObject Step(PyObject coro, PyObject exc)
    {
        var engine = coro switch
        {
            PyCoroutine c => c.Engine,
            PyGenerator g => g,
            _ => null,
        };
        if (engine is not null && exc is PyNone)
        {
            // The path of every ordinary step: the return comes back as a value, nothing is thrown.
            var next = engine.SendForDelegation(PyNone.Instance, out var returned);
            return next ?? Returned(returned);
        }
        if (coro is IAwaitableIterator awaitable && exc is PyNone)
        {
            // An awaitable wrapped in a task (shutdown_asyncgens runs each aclose() so): its end is a value too.
            var next = awaitable.Send(PyNone.Instance, out var returned);
            return next ?? Returned(returned);
        }
        try
        {
            if (engine is not null) return engine.Throw(PyGenerator.ExceptionArgument([exc]));
            return exc is PyNone
                ? Attributes.CallMethod1(coro, "send", PyNone.Instance)
                : Attributes.CallMethod1(coro, "throw", exc);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return Returned(Attributes.GetAttr(e.Value, "value"));
        }
    }

    private static PyObject Returned(PyObject value)
    {
        t_returnedValue = value;
        return s_returned;
    }

    /// <summary>The RETURNED marker: an object of its own, never a value a coroutine can yield.</summary>
    private sealed class ReturnedMarker : PyObject
    {
        private static readonly PyType s_type = new("_asynciostep.ReturnedMarker", null);

        public override PyType Type => s_type;
        public override string Repr() => "<RETURNED>";
    }
}
