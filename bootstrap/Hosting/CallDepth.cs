namespace PyPack.Runtime.Hosting;

/// <summary>
/// Counts nested Python calls so deep recursion raises RecursionError at
/// sys.getrecursionlimit() instead of overflowing the native stack.
/// </summary>
public static class CallDepth
{
    [ThreadStatic] private static int t_depth;

    public const int DefaultLimit = 1000;

    /// <summary>sys.getrecursionlimit().</summary>
    public static int Limit { get; set; } = DefaultLimit;

    // Set when Ctrl-C or a signal is pending: one volatile read on every call, the rest off the hot path.
    private static volatile bool s_attention;

    /// <summary>Asks the next Python call to stop at its safe point (Ctrl-C, a signal for a Python handler).</summary>
    internal static void RequestSafePoint() => s_attention = true;

    // Inlined into every function's prologue: the rare paths are calls.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        // A Python call is a safe point: KeyboardInterrupt is raised and pending signal handlers run here.
        if (s_attention) RunSafePoint();
        if (++t_depth > Limit) TooDeep();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void TooDeep()
    {
        t_depth--;
        throw Errors.RecursionError("maximum recursion depth exceeded");
    }

    /// <summary>A nested step of a builtin operation (comparing containers that contain containers): counted, no safe point.</summary>
    public static void EnterNested(string where)
    {
        if (++t_depth > Limit)
        {
            t_depth--;
            throw Errors.RecursionError("maximum recursion depth exceeded" + where);
        }
    }

    public static void Leave() => t_depth--;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RunSafePoint()
    {
        s_attention = false;
        var signals = PendingSignals.IsPending;
        // Should the interrupt raise first, the handlers still run at the next safe point.
        if (signals) s_attention = true;
        Interrupts.Check();
        if (signals)
        {
            s_attention = false;
            PendingSignals.Run();
        }
    }

    /// <summary>Resets the count (a fresh interpreter on this thread).</summary>
    internal static void Reset() => t_depth = 0;
}
