using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Threads;

/// <summary>The blocking waits of _thread's locks: the GIL released meanwhile, Ctrl-C seen on the main thread.</summary>
internal static class ThreadWaits
{
    /// <summary>_thread.TIMEOUT_MAX: the largest timeout in seconds a wait accepts.</summary>
    public const double TimeoutMax = 9223372036.0;

    /// <summary>
    /// Waits until <paramref name="ready"/> holds under <paramref name="monitor"/>'s lock, then runs
    /// <paramref name="take"/> under it; false when <paramref name="timeout"/> seconds (negative:
    /// none) passed first. A Ctrl-C on the main thread raises KeyboardInterrupt.
    /// </summary>
    public static bool Until(object monitor, Func<bool> ready, Action take, double timeout)
    {
        var gil = Gil.Release();
        var ok = false;
        try
        {
            lock (monitor)
            {
                ok = Interrupts.WaitFor(monitor, ready, timeout);
                if (ok) take();
            }
        }
        finally
        {
            Gil.Reacquire(gil);
        }
        if (!ok) Interrupts.CheckInterrupt();
        return ok;
    }

    /// <summary>The (blocking=True, timeout=-1) of acquire, with CPython's checks.</summary>
    public static (bool Blocking, double Timeout) AcquireArguments(string function, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var a = ModuleArgs.Bind(function, args, kwnames, ["blocking", "timeout"], 0);
        var blocking = ModuleArgs.Bool(a[0], true);
        var timeout = a[1] is null ? -1 : Seconds(a[1]!);
        if (!blocking && timeout != -1) throw Errors.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Errors.ValueError("timeout value must be positive");
        if (timeout > TimeoutMax) throw Errors.OverflowError("timestamp out of range for platform time_t");
        return (blocking, timeout);
    }

    /// <summary>A timeout in seconds: an int or a float.</summary>
    public static double Seconds(PyObject value) => value switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        _ => throw Errors.TypeError($"'{value.Type.TpName}' object cannot be interpreted as an integer"),
    };
}
