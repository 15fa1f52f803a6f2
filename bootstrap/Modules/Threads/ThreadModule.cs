using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Threads;

/// <summary>
/// The <c>_thread</c> module: OS threads that take turns on the GIL (see <see cref="Gil"/>), locks
/// and thread ids. threading (bootstrap/Lib/threading.py) is written on top of it.
/// </summary>
[PythonModule("_thread")]
[PythonExport("start_new_thread")]
[PythonExport("start_new")]
[PythonExport("allocate_lock")]
[PythonExport("allocate")]
[PythonExport("LockType")]
[PythonExport("RLock")]
[PythonExport("get_ident")]
[PythonExport("get_native_id")]
[PythonExport("_count")]
[PythonExport("stack_size")]
[PythonExport("daemon_threads_allowed")]
[PythonExport("TIMEOUT_MAX")]
[PythonExport("error")]
[PythonExport("_set_shutdown")]
public static class ThreadModule
{
    // A thread's stack is reserved, not committed: address space only (the main thread has PythonMain's).
    private const int DefaultStackSize = 256 * 1024 * 1024;

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("start_new_thread", new PyBuiltinFunction("start_new_thread", StartNewThread));
        g.Set("start_new", new PyBuiltinFunction("start_new", StartNewThread));
        BuiltinFunctionBody allocate = static (args, kw) =>
        {
            Args.Check("_thread", "allocate_lock", args, kw, 0, 0);
            return new PyLock();
        };
        g.Set("allocate_lock", new PyBuiltinFunction("allocate_lock", allocate));
        g.Set("allocate", new PyBuiltinFunction("allocate", allocate));
        g.Set("LockType", PyLock.LockType);
        g.Set("RLock", PyRLock.RLockType);
        g.Set("get_ident", new PyBuiltinFunction("get_ident", static (args, kw) => PyInt.From(ThreadIdentity.Current)));
        g.Set("get_native_id", new PyBuiltinFunction("get_native_id", static (args, kw) => PyInt.From(ThreadIdentity.Native)));
        g.Set("_count", new PyBuiltinFunction("_count", static (args, kw) => PyInt.From(Volatile.Read(ref Interpreter.Current.RunningThreads))));
        g.Set("daemon_threads_allowed", new PyBuiltinFunction("daemon_threads_allowed", static (args, kw) => PyBool.True));
        g.Set("stack_size", new PyBuiltinFunction("stack_size", StackSize));
        g.Set("TIMEOUT_MAX", new PyFloat(ThreadWaits.TimeoutMax));
        g.Set("error", ExceptionTypes.RuntimeError);
        // threading registers its wait for non-daemon threads, which the interpreter runs before atexit.
        var interpreter = Interpreter.Current;
        g.Set("_set_shutdown", new PyBuiltinFunction("_set_shutdown", (args, kw) =>
        {
            Args.Check("_thread", "_set_shutdown", args, kw, 1, 1);
            interpreter.ShutdownHook = args[0];
            return PyNone.Instance;
        }));
    }

    private static PyObject StackSize(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.Check("_thread", "stack_size", args, kw, 0, 1);
        var interpreter = Interpreter.Current;
        var old = interpreter.ThreadStackSize;
        if (args.Length == 1)
        {
            var size = ModuleArgs.Int(args[0]);
            if (size != 0 && size < 32768) throw Errors.ValueError("size not valid: 32768 bytes");
            if (size < 0 || size > int.MaxValue) throw Errors.ValueError("size not valid: " + size + " bytes");
            interpreter.ThreadStackSize = (int)size;
        }
        return PyInt.From(old);
    }

    /// <summary>start_new_thread(function, args[, kwargs]): runs function(*args, **kwargs) on a new thread; returns its ident.</summary>
    private static PyObject StartNewThread(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.Check("_thread", "start_new_thread", args, kw, 2, 3);
        var function = args[0];
        if (!Builtins.BuiltinsModule.IsCallable(function)) throw Errors.TypeError("first arg must be callable");
        if (args[1] is not PyTuple positional) throw Errors.TypeError("2nd arg must be a tuple");
        PyDict? keywords = null;
        if (args.Length == 3 && args[2] is not PyNone)
        {
            keywords = args[2] as PyDict ?? throw Errors.TypeError("optional 3rd arg must be a dictionary");
        }
        var interpreter = Interpreter.Current;
        var gil = Gil.Begin();
        Interlocked.Increment(ref interpreter.RunningThreads);
        var started = new ManualResetEventSlim(false);
        long ident = 0;
        var thread = new System.Threading.Thread(() =>
        {
            ident = ThreadIdentity.Current;
            started.Set();
            Gil.Reacquire(gil);
            try
            {
                Run(interpreter, function, positional, keywords);
            }
            finally
            {
                Interlocked.Decrement(ref interpreter.RunningThreads);
                Gil.Release();
            }
        }, interpreter.ThreadStackSize == 0 ? DefaultStackSize : Math.Max(interpreter.ThreadStackSize, 1 << 20))
        {
            IsBackground = true,
        };
        thread.Start();
        started.Wait();
        started.Dispose();
        return PyInt.From(ident);
    }

    private static void Run(Interpreter interpreter, PyObject function, PyTuple positional, PyDict? keywords)
    {
        try
        {
            if (keywords is null || keywords.Count == 0) function.Call(positional.Items, null);
            else
            {
                var names = new string[keywords.Count];
                var all = new PyObject[positional.Items.Length + keywords.Count];
                positional.Items.CopyTo(all);
                var i = 0;
                foreach (var (key, value) in keywords.Pairs)
                {
                    names[i] = key is PyStr s ? s.Value : throw Errors.TypeError("keywords must be strings");
                    all[positional.Items.Length + i++] = value;
                }
                function.Call(all, names);
            }
        }
        catch (PyException e)
        {
            // What CPython's thread bootstrap does with an exception nothing caught: SystemExit ends the thread quietly.
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) return;
            interpreter.FlushStdoutBeforeStderr();
            interpreter.Stderr.Write($"Exception ignored in thread started by: {function.Repr()}\n");
            interpreter.Stderr.Write(TracebackPrinter.Format(e.Value));
        }
    }
}
