using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// Ctrl-C. As in CPython, the SIGINT handler only records the signal; the Python main thread
/// raises KeyboardInterrupt at its next safe point (a call, a loop iteration, a sleep). An uncaught
/// KeyboardInterrupt ends the process by SIGINT itself, so the parent sees what CPython gives it.
/// </summary>
public static class Interrupts
{
    // What each loop iteration reads: a Ctrl-C, or a thread waiting for the GIL (see Gil).
    private static volatile bool s_pending;
    private static volatile bool s_interrupted;
    private static volatile bool s_suspended;

    /// <summary>
    /// While the signal module is imported it owns SIGINT (its default handler raises
    /// KeyboardInterrupt, and a program may replace or reset it), so this one stands aside.
    /// </summary>
    public static bool Suspended
    {
        get => s_suspended;
        set => s_suspended = value;
    }
    private static readonly ManualResetEventSlim s_signalled = new(false);
    private static PosixSignalRegistration? s_registration;

    /// <summary>Whether the program ended with an uncaught KeyboardInterrupt.</summary>
    public static bool EndedByInterrupt { get; internal set; }

    /// <summary>Takes over SIGINT (the executable's entry point does; tests running programs in-process do not).</summary>
    public static void Install()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        s_registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, static context =>
        {
            if (s_suspended) return;
            context.Cancel = true;
            s_interrupted = true;
            s_pending = true;
            CallDepth.RequestSafePoint();
            s_signalled.Set();
        });
    }

    /// <summary>Whether a Ctrl-C waits for the main thread to raise it.</summary>
    public static bool IsPending => s_interrupted;

    /// <summary>Asks the next loop iteration to stop at its safe point (a thread waits for the GIL).</summary>
    internal static void RequestLoopSafePoint() => s_pending = true;

    /// <summary>The loop safe point: hands the GIL over when asked, raises KeyboardInterrupt once for each Ctrl-C received.</summary>
    public static void Check()
    {
        if (s_pending) Attend();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Attend()
    {
        s_pending = false;
        Limbs.CollectIfDue();
        if (Gil.SwitchRequested) Gil.Yield();
        CheckInterrupt();
    }

    /// <summary>Raises the pending KeyboardInterrupt on the main thread; another thread leaves it for the main one.</summary>
    internal static void CheckInterrupt()
    {
        if (!s_interrupted) return;
        if (!Gil.OnMainThread)
        {
            s_pending = true;
            return;
        }
        Raise();
    }

    private static void Raise()
    {
        s_interrupted = false;
        s_pending = false;
        s_signalled.Reset();
        var interrupt = ExceptionTypes.Create(ExceptionTypes.KeyboardInterrupt, "");
        interrupt.Args = PyTuple.Empty;
        throw interrupt.ToException();
    }

    /// <summary>time.sleep: wakes up early for Ctrl-C and raises KeyboardInterrupt.</summary>
    public static void Sleep(TimeSpan duration)
    {
        // Other threads run meanwhile; only the main thread wakes for Ctrl-C.
        var gil = Gil.Release();
        try
        {
            if (!Gil.OnMainThread) Thread.Sleep(duration);
            else if (!s_signalled.Wait(duration)) return;
        }
        finally
        {
            Gil.Reacquire(gil);
        }
        CheckInterrupt();
    }

    /// <summary>
    /// Waits with the GIL released until <paramref name="ready"/> (checked under <paramref name="monitor"/>,
    /// which the caller holds and whose state changes are pulsed) or until <paramref name="timeout"/>
    /// (negative: none) passes. On the main thread the wait wakes for Ctrl-C and raises KeyboardInterrupt.
    /// Returns whether <paramref name="ready"/> became true.
    /// </summary>
    public static bool WaitFor(object monitor, Func<bool> ready, double timeout)
    {
        if (ready()) return true;
        var deadline = timeout < 0 ? long.MaxValue : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        var main = Gil.OnMainThread && s_registration is not null;
        while (!ready())
        {
            var left = deadline == long.MaxValue ? Timeout.Infinite : (int)Math.Min(int.MaxValue, deadline - Environment.TickCount64);
            if (left <= 0 && deadline != long.MaxValue) return false;
            // The main thread looks at Ctrl-C every 50 ms, the handler cannot pulse every monitor.
            if (main && (left == Timeout.Infinite || left > 50)) left = 50;
            Monitor.Wait(monitor, left);
            if (main && s_interrupted) return ready();
        }
        return true;
    }

    /// <summary>After an uncaught KeyboardInterrupt: dies of SIGINT with its default action, as CPython does.</summary>
    public static void DieOfSigint()
    {
        if (s_registration is null) return;
        s_registration.Dispose();
        s_registration = null;
        try
        {
            _ = kill(Environment.ProcessId, 2);
            Thread.Sleep(1000);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to signal ourselves: the caller exits with 130, what a shell shows for SIGINT.
        }
    }

    [DllImport("libc.so.6", EntryPoint = "kill")]
    private static extern int kill(int pid, int signal);
}
