using System.Linq;
using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Signal;

/// <summary>
/// The <c>signal</c> module (Linux): Python handlers for signals, run on the main thread at the
/// next Python call (see <see cref="PendingSignals"/>); SIG_DFL and SIG_IGN; the Signals and
/// Handlers IntEnums; raise_signal, alarm, pause, strsignal, valid_signals, default_int_handler.
/// Signals reach the process through .NET's PosixSignalRegistration, which the runtime's own
/// signal handling dispatches on a thread of its own.
/// </summary>
[PythonModule("signal")]
[PythonExport("signal")]
[PythonExport("getsignal")]
[PythonExport("raise_signal")]
[PythonExport("alarm")]
[PythonExport("pause")]
[PythonExport("strsignal")]
[PythonExport("valid_signals")]
[PythonExport("default_int_handler")]
[PythonExport("Signals")]
[PythonExport("Handlers")]
[PythonExport("SIG_DFL")]
[PythonExport("SIG_IGN")]
[PythonExport("NSIG")]
[PythonExport("SIGHUP")]
[PythonExport("SIGINT")]
[PythonExport("SIGQUIT")]
[PythonExport("SIGILL")]
[PythonExport("SIGTRAP")]
[PythonExport("SIGABRT")]
[PythonExport("SIGIOT")]
[PythonExport("SIGBUS")]
[PythonExport("SIGFPE")]
[PythonExport("SIGKILL")]
[PythonExport("SIGUSR1")]
[PythonExport("SIGSEGV")]
[PythonExport("SIGUSR2")]
[PythonExport("SIGPIPE")]
[PythonExport("SIGALRM")]
[PythonExport("SIGTERM")]
[PythonExport("SIGSTKFLT")]
[PythonExport("SIGCHLD")]
[PythonExport("SIGCLD")]
[PythonExport("SIGCONT")]
[PythonExport("SIGSTOP")]
[PythonExport("SIGTSTP")]
[PythonExport("SIGTTIN")]
[PythonExport("SIGTTOU")]
[PythonExport("SIGURG")]
[PythonExport("SIGXCPU")]
[PythonExport("SIGXFSZ")]
[PythonExport("SIGVTALRM")]
[PythonExport("SIGPROF")]
[PythonExport("SIGWINCH")]
[PythonExport("SIGIO")]
[PythonExport("SIGPOLL")]
[PythonExport("SIGPWR")]
[PythonExport("SIGSYS")]
[PythonExport("SIGRTMIN")]
[PythonExport("SIGRTMAX")]
public static partial class SignalModule
{
    private const int SignalCount = 65;

    /// <summary>Linux x86-64's signals, in the order CPython's Signals enum defines them (aliases after).</summary>
    private static readonly (string Name, int Number)[] Names =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGBUS", 7),
        ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPWR", 30), ("SIGSYS", 31),
        ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("SIGIOT", 6), ("SIGCLD", 17), ("SIGPOLL", 29),
    ];

    private static readonly PyEnumInt?[] s_signals = new PyEnumInt?[SignalCount];
    public static readonly PyType SignalsType = PyEnumInt.CreateType("Signals", static n => n is > 0 and < SignalCount ? s_signals[n] : null);
    private static readonly PyEnumInt?[] s_handlers = new PyEnumInt?[2];
    public static readonly PyType HandlersType = PyEnumInt.CreateType("Handlers", static n => n is 0 or 1 ? s_handlers[n] : null);
    private static readonly PyEnumInt s_default = new(HandlersType, "SIG_DFL", 0);
    private static readonly PyEnumInt s_ignore = new(HandlersType, "SIG_IGN", 1);

    private static readonly PyBuiltinFunction s_defaultIntHandler = new("default_int_handler", static (args, kw) =>
        throw new PyBaseException(ExceptionTypes.KeyboardInterrupt, PyTuple.Empty).ToException());

    /// <summary>The state of the running interpreter's signal handling.</summary>
    private static SignalState? s_state;

    static SignalModule()
    {
        s_handlers[0] = s_default;
        s_handlers[1] = s_ignore;
        foreach (var (name, number) in Names)
        {
            if (s_signals[number] is null) s_signals[number] = new PyEnumInt(SignalsType, name, number);
        }
        foreach (var (name, number) in Names) SignalsType.SetAttribute(name, s_signals[number]!);
        HandlersType.SetAttribute("SIG_DFL", s_default);
        HandlersType.SetAttribute("SIG_IGN", s_ignore);
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        foreach (var (name, number) in Names) g.Set(name, s_signals[number]!);
        g.Set("Signals", SignalsType);
        g.Set("Handlers", HandlersType);
        g.Set("SIG_DFL", s_default);
        g.Set("SIG_IGN", s_ignore);
        g.Set("NSIG", PyInt.From(SignalCount));
        g.Set("default_int_handler", s_defaultIntHandler);
        g.Set("signal", new PyBuiltinFunction("signal", SetHandler));
        g.Set("getsignal", new PyBuiltinFunction("getsignal", static (args, kw) =>
        {
            var a = PythonStyleBind("getsignal", args, kw, ["signalnum"]);
            return State.Handlers[Number(a[0]!)];
        }));
        g.Set("raise_signal", new PyBuiltinFunction("raise_signal", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("raise_signal", args, kw, ["signalnum"], 1);
            // No range check, as CPython: the C library's raise() refuses what is not a signal.
            var signum = (int)ModuleArgs.Int(a[0]!);
            if (Raise(signum) != 0) throw Errors.OSError(Marshal.GetLastPInvokeError());
            AwaitDelivery(signum);
            PendingSignals.Run();
            return PyNone.Instance;
        }));
        g.Set("alarm", new PyBuiltinFunction("alarm", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("alarm", args, kw, ["seconds"], 1);
            return PyInt.From(Alarm((uint)ModuleArgs.Int(a[0]!)));
        }));
        g.Set("pause", new PyBuiltinFunction("pause", static (args, kw) =>
        {
            ModuleArgs.Bind("pause", args, kw, [], 0);
            var state = State;
            var gil = Gil.Release();
            try
            {
                while (!PendingSignals.IsPending)
                {
                    state.Arrived.Wait();
                    state.Arrived.Reset();
                }
            }
            finally
            {
                Gil.Reacquire(gil);
            }
            PendingSignals.Run();
            return PyNone.Instance;
        }));
        g.Set("strsignal", new PyBuiltinFunction("strsignal", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("strsignal", args, kw, ["signalnum"], 1);
            var text = Marshal.PtrToStringUTF8(StrSignal(Number(a[0]!)));
            return text is null || text.Contains("Unknown signal", StringComparison.Ordinal) ? PyNone.Instance : new PyStr(text);
        }));
        g.Set("valid_signals", new PyBuiltinFunction("valid_signals", static (args, kw) =>
        {
            ModuleArgs.Bind("valid_signals", args, kw, [], 0);
            var set = new PySet();
            for (var n = 1; n < SignalCount; n++)
            {
                // 32 and 33 belong to the C library's threads.
                if (n is 32 or 33) continue;
                set.Add(s_signals[n] is { } member ? member : PyInt.From(n));
            }
            return set;
        }));

        var interpreter = Interpreter.Current;
        var state = new SignalState(Thread.CurrentThread);
        s_state?.Dispose();
        s_state = state;
        for (var n = 1; n < SignalCount; n++) state.Handlers[n] = s_default;
        // CPython starts with SIGPIPE and SIGXFSZ ignored and SIGINT raising KeyboardInterrupt.
        state.Handlers[13] = s_ignore;
        state.Handlers[25] = s_ignore;
        state.Handlers[2] = s_defaultIntHandler;
        state.Install(2, s_defaultIntHandler);
        PendingSignals.Runner = RunHandlers;
        PendingSignals.AwaitDelivery = AwaitDelivery;
        Interrupts.Suspended = true;
        interpreter.ExitCallbacks.Add(() =>
        {
            if (s_state != state) return;
            Interrupts.Suspended = false;
            state.Dispose();
            s_state = null;
            PendingSignals.Runner = null;
            PendingSignals.AwaitDelivery = null;
            PendingSignals.Clear();
        });
    }

    private static SignalState State => s_state ?? throw new InvalidOperationException("the signal module is not initialised");

    /// <summary>A signal number argument, or CPython's "signal number out of range".</summary>
    private static int Number(PyObject o)
    {
        var n = ModuleArgs.Int(o);
        return n is >= 1 and < SignalCount ? (int)n : throw Errors.ValueError("signal number out of range");
    }

    private static PyObject SetHandler(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = PythonStyleBind("signal", args, kw, ["signalnum", "handler"]);
        var state = State;
        var signum = Number(a[0]!);
        var handler = a[1]!;
        if (Thread.CurrentThread != state.MainThread) throw Errors.ValueError("signal only works in main thread of the main interpreter");
        PyObject installed;
        if (handler is PyInt { IsSmall: true, Small: 0 or 1 } choice) installed = choice.Small == 0 ? s_default : s_ignore;
        else if (Builtins.BuiltinsModule.IsCallable(handler)) installed = handler;
        else throw Errors.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        // The kernel refuses to catch or ignore these two.
        if (signum is 9 or 19) throw Errors.OSError(22);
        var previous = state.Handlers[signum];
        state.Install(signum, installed == s_default ? null : installed);
        state.Handlers[signum] = installed;
        return previous;
    }

    /// <summary>
    /// signal() and getsignal() are Python functions in CPython's signal.py (around _signal's),
    /// so their argument errors are a Python function's.
    /// </summary>
    private static PyObject?[] PythonStyleBind(string function, ReadOnlySpan<PyObject> args, string[]? kw, string[] names)
    {
        var positional = args.Length - (kw?.Length ?? 0);
        if (positional > names.Length)
        {
            throw Errors.TypeError($"{function}() takes {names.Length} positional argument{(names.Length == 1 ? "" : "s")} but {positional} were given");
        }
        var bound = new PyObject?[names.Length];
        for (var i = 0; i < positional; i++) bound[i] = args[i];
        for (var k = 0; k < (kw?.Length ?? 0); k++)
        {
            var index = Array.IndexOf(names, kw![k]);
            if (index < 0) throw Errors.TypeError($"{function}() got an unexpected keyword argument '{kw[k]}'");
            if (bound[index] is not null) throw Errors.TypeError($"{function}() got multiple values for argument '{kw[k]}'");
            bound[index] = args[positional + k];
        }
        var missing = names.Where((n, i) => bound[i] is null).Select(n => $"'{n}'").ToList();
        if (missing.Count > 0)
        {
            var list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1];
            throw Errors.TypeError($"{function}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return bound;
    }

    /// <summary>The handlers of the signals that arrived, in signal-number order, on the main thread.</summary>
    private static void RunHandlers()
    {
        var state = s_state;
        if (state is null || Thread.CurrentThread != state.MainThread) return;
        PendingSignals.Clear();
        for (var n = 1; n < SignalCount; n++)
        {
            if (Interlocked.Exchange(ref state.Pending[n], 0) == 0) continue;
            var handler = state.Handlers[n];
            if (handler is PyEnumInt) continue;
            // A plain int, as CPython's C handler passes it. CPython passes the interrupted frame
            // too; PyPack has no frame objects, so None.
            handler.Call2(PyInt.From(n), PyNone.Instance);
        }
    }

    /// <summary>Once this process signalled itself, waits (briefly) until .NET has queued the signal for its handler.</summary>
    private static void AwaitDelivery(int signum)
    {
        var state = s_state;
        if (state is null || signum is < 1 or >= SignalCount || !state.Catches(signum)) return;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref state.Pending[signum]) == 0 && state.IgnoredCount(signum) == 0 && DateTime.UtcNow < deadline)
        {
            state.Arrived.Wait(TimeSpan.FromMilliseconds(10));
            state.Arrived.Reset();
        }
        state.ConsumeIgnored(signum);
    }

    [LibraryImport("libc", EntryPoint = "raise", SetLastError = true)]
    private static partial int Raise(int signal);

    [LibraryImport("libc", EntryPoint = "alarm")]
    private static partial uint Alarm(uint seconds);

    [LibraryImport("libc", EntryPoint = "strsignal")]
    private static partial IntPtr StrSignal(int signal);
}
