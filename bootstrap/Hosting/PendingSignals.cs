namespace PyPack.Runtime.Hosting;

/// <summary>
/// Python-level signal handlers run on the Python main thread, between operations, as CPython's
/// eval loop runs them: a signal only marks itself pending here, and the next Python call
/// (<see cref="CallDepth.Enter"/>) or blocking wait of the signal module runs the handlers.
/// The signal module installs the runner when it is imported; without it nothing is ever pending.
/// </summary>
public static class PendingSignals
{
    private static volatile bool s_pending;

    /// <summary>Runs the handlers of the signals that arrived (on the main thread only).</summary>
    internal static Action? Runner { get; set; }

    /// <summary>After this process signalled itself: waits until the signal reached its handler's queue.</summary>
    internal static Action<int>? AwaitDelivery { get; set; }

    public static bool IsPending => s_pending;

    internal static void Mark()
    {
        s_pending = true;
        CallDepth.RequestSafePoint();
    }

    internal static void Clear() => s_pending = false;

    public static void Run()
    {
        if (s_pending) Runner?.Invoke();
    }
}
