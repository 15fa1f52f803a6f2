using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Time;

/// <summary>
/// time's POSIX clocks: clock_gettime(_ns), clock_getres, the CLOCK_* ids, thread_time and
/// process_time, and get_clock_info, read with the C library's clock_gettime as CPython reads them
/// (Linux x64 only, like the runtime).
/// </summary>
internal static unsafe partial class Clocks
{
    // Linux's clock ids, the ones CPython 3.11's time module exports there.
    private const int Realtime = 0, Monotonic = 1, ProcessCpuTime = 2, ThreadCpuTime = 3;
    private static readonly (string Name, int Id)[] Ids =
    [
        ("CLOCK_REALTIME", Realtime), ("CLOCK_MONOTONIC", Monotonic), ("CLOCK_PROCESS_CPUTIME_ID", ProcessCpuTime),
        ("CLOCK_THREAD_CPUTIME_ID", ThreadCpuTime), ("CLOCK_MONOTONIC_RAW", 4), ("CLOCK_BOOTTIME", 7), ("CLOCK_TAI", 11),
    ];

    private const int EINVAL = 22;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static partial int ClockGettime(int clock, Timespec* time);

    [LibraryImport("libc", EntryPoint = "clock_getres", SetLastError = true)]
    private static partial int ClockGetres(int clock, Timespec* resolution);

    public static void Initialize(ModuleGlobals g)
    {
        foreach (var (name, id) in Ids) g.Set(name, PyInt.From(id));
        g.Set("clock_gettime", new PyBuiltinFunction("clock_gettime", static (args, kw) =>
            SecondsOf(Read(ClockId("clock_gettime", "clock_gettime", args, kw)))));
        // CPython's count message names clock_gettime here too.
        g.Set("clock_gettime_ns", new PyBuiltinFunction("clock_gettime_ns", static (args, kw) =>
            NanosecondsOf(Read(ClockId("clock_gettime_ns", "clock_gettime", args, kw)))));
        g.Set("clock_getres", new PyBuiltinFunction("clock_getres", static (args, kw) =>
        {
            var id = ClockId("clock_getres", "clock_getres", args, kw);
            Timespec t;
            if (ClockGetres(id, &t) != 0) throw InvalidClock();
            return SecondsOf(t);
        }));
        g.Set("process_time", NoArguments("process_time", static () => new PyFloat(Seconds(ProcessCpuTime))));
        g.Set("process_time_ns", NoArguments("process_time_ns", static () => NanosecondsOf(Read(ProcessCpuTime))));
        g.Set("thread_time", NoArguments("thread_time", static () => new PyFloat(Seconds(ThreadCpuTime))));
        g.Set("thread_time_ns", NoArguments("thread_time_ns", static () => NanosecondsOf(Read(ThreadCpuTime))));
        g.Set("get_clock_info", new PyBuiltinFunction("get_clock_info", ClockInfo));
    }

    /// <summary>A clock of the time module that takes no arguments, with CPython's messages when given some.</summary>
    public static PyBuiltinFunction NoArguments(string name, Func<PyObject> clock) => new(name, (args, kw) =>
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"time.{name}() takes no keyword arguments");
        if (args.Length > 0) throw Errors.TypeError($"time.{name}() takes no arguments ({args.Length} given)");
        return clock();
    });

    // CPython's time_ns-style conversion to seconds: whole seconds exactly, else the nanoseconds over 1e9.
    private static double Seconds(int clock)
    {
        var ns = Nanoseconds(Read(clock));
        return ns % 1_000_000_000 == 0 ? ns / 1_000_000_000 : ns / 1e9;
    }

    private static long Nanoseconds(Timespec t) => t.Seconds * 1_000_000_000 + t.Nanoseconds;

    private static PyInt NanosecondsOf(Timespec t) => PyInt.From(Nanoseconds(t));

    // clock_gettime()/clock_getres() give the two fields summed as doubles, as CPython's do.
    private static PyFloat SecondsOf(Timespec t) => new(t.Seconds + t.Nanoseconds * 1e-9);

    private static Timespec Read(int clock)
    {
        Timespec t;
        if (ClockGettime(clock, &t) != 0) throw InvalidClock();
        return t;
    }

    // The kernel's only failure for a readable clock is an id it does not know.
    private static PyException InvalidClock() => Errors.OSError(EINVAL);

    /// <summary>The clock id argument, a C int, parsed as CPython's "i:name" does.</summary>
    private static int ClockId(string name, string countName, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"{countName}() takes exactly 1 argument ({args.Length} given)");
        if (args[0] is PyFloat) throw Errors.TypeError("'float' object cannot be interpreted as an integer");
        var value = Operations.Conversions.Index(args[0]);
        if (value.IsSmall && value.Small is >= int.MinValue and <= int.MaxValue) return (int)value.Small;
        throw Errors.OverflowError(value.Sign > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
    }

    /// <summary><c>time.get_clock_info(name)</c>: a types.SimpleNamespace describing the clock, as CPython on Linux.</summary>
    private static PyObject ClockInfo(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("get_clock_info() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"get_clock_info() takes exactly 1 argument ({args.Length} given)");
        if (args[0] is not PyStr name) throw Errors.TypeError($"get_clock_info() argument 1 must be str, not {args[0].Type.TpName}");
        var (id, idName, adjustable) = name.Value switch
        {
            "time" => (Realtime, "CLOCK_REALTIME", true),
            "monotonic" or "perf_counter" => (Monotonic, "CLOCK_MONOTONIC", false),
            "process_time" => (ProcessCpuTime, "CLOCK_PROCESS_CPUTIME_ID", false),
            "thread_time" => (ThreadCpuTime, "CLOCK_THREAD_CPUTIME_ID", false),
            _ => throw Errors.ValueError("unknown clock"),
        };
        Timespec resolution;
        if (ClockGetres(id, &resolution) != 0) throw InvalidClock();
        var simpleNamespace = Operations.Attributes.GetAttr(Interpreter.Current.Import("types"), "SimpleNamespace");
        return simpleNamespace.Call(
            [new PyStr($"clock_gettime({idName})"), PyBool.From(!adjustable), PyBool.From(adjustable), SecondsOf(resolution)],
            ["implementation", "monotonic", "adjustable", "resolution"]);
    }
}
