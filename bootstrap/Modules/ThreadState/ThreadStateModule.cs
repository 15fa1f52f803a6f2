using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.ThreadState;

/// <summary>
/// The <c>_threadstate</c> module (PyPack's own): what CPython keeps in each thread's state and our
/// Lib modules need per thread, read without threading.local's cost. contextvars keeps the current
/// Context here (each thread starts with none, as a new CPython thread starts in an empty context),
/// and asyncio the running event loop (a loop runs on one thread; to_thread's workers see none).
/// Python threads are OS threads and every run starts on a new one, so [ThreadStatic] slots start
/// empty for each.
/// </summary>
[PythonModule("_threadstate")]
[PythonExport("get_context")]
[PythonExport("set_context")]
[PythonExport("get_running_loop")]
[PythonExport("set_running_loop")]
[PythonExport("is_main_thread")]
public static class ThreadStateModule
{
    [ThreadStatic] private static PyObject? t_context;
    [ThreadStatic] private static PyObject? t_runningLoop;

    /// <summary>This thread's current Context (null before contextvars made one); _contextvars switches it natively.</summary>
    internal static PyObject? CurrentContext
    {
        get => t_context;
        set => t_context = value;
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        // get_context(): this thread's current Context, or None before contextvars made one.
        g.Set("get_context", new PyBuiltinFunction("get_context", static (args, kw) =>
        {
            if (kw is not null || args.Length != 0) Args.Check("_threadstate", "get_context", args, kw, 0, 0);
            return t_context ?? PyNone.Instance;
        }));
        g.Set("set_context", new PyBuiltinFunction("set_context", static (args, kw) =>
        {
            if (kw is not null || args.Length != 1) Args.Check("_threadstate", "set_context", args, kw, 1, 1);
            t_context = args[0] is PyNone ? null : args[0];
            return PyNone.Instance;
        }));
        // get_running_loop(): the event loop running on this thread, or None.
        g.Set("get_running_loop", new PyBuiltinFunction("get_running_loop", static (args, kw) =>
        {
            if (kw is not null || args.Length != 0) Args.Check("_threadstate", "get_running_loop", args, kw, 0, 0);
            return t_runningLoop ?? PyNone.Instance;
        }));
        g.Set("set_running_loop", new PyBuiltinFunction("set_running_loop", static (args, kw) =>
        {
            if (kw is not null || args.Length != 1) Args.Check("_threadstate", "set_running_loop", args, kw, 1, 1);
            t_runningLoop = args[0] is PyNone ? null : args[0];
            return PyNone.Instance;
        }));
        g.Set("is_main_thread", new PyBuiltinFunction("is_main_thread", static (args, kw) =>
        {
            Args.Check("_threadstate", "is_main_thread", args, kw, 0, 0);
            return Gil.OnMainThread ? PyBool.True : PyBool.False;
        }));
    }
}
