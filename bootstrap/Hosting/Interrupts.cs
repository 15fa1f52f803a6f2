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
    private static volatile bool s_pending;
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
            s_pending = true;
            CallDepth.RequestSafePoint();
            s_signalled.Set();
        });
    }

    /// <summary>The safe-point check: raises KeyboardInterrupt once for each Ctrl-C received.</summary>
    public static void Check()
    {
        if (s_pending) Raise();
    }

    private static void Raise()
    {
        s_pending = false;
        s_signalled.Reset();
        var interrupt = ExceptionTypes.Create(ExceptionTypes.KeyboardInterrupt, "");
        interrupt.Args = PyTuple.Empty;
        throw interrupt.ToException();
    }

    /// <summary>time.sleep: wakes up early for Ctrl-C and raises KeyboardInterrupt.</summary>
    public static void Sleep(TimeSpan duration)
    {
        if (s_signalled.Wait(duration)) Check();
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
