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

    public static void Enter()
    {
        Interrupts.Check();
        // A Python call is where pending signal handlers run (one volatile read when none is).
        if (PendingSignals.IsPending) PendingSignals.Run();
        if (++t_depth > Limit)
        {
            t_depth--;
            throw Errors.RecursionError("maximum recursion depth exceeded");
        }
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

    /// <summary>Resets the count (a fresh interpreter on this thread).</summary>
    internal static void Reset() => t_depth = 0;
}
