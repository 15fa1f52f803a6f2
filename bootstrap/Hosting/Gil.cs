namespace PyPack.Runtime.Hosting;

/// <summary>
/// The global interpreter lock: Python threads are real OS threads, and exactly one of them runs
/// Python code at a time, as in CPython. The runtime's per-thread state (CallDepth's frames and
/// lines, the pending and handled exceptions, scratch buffers) is [ThreadStatic] already, so a
/// hand-off saves and restores nothing and compiled code pays nothing for it.
/// <para>
/// Until the program starts its first thread the lock does not exist (<see cref="Release"/> is a
/// no-op): a program without threads runs exactly as before. Once it exists, the thread holding it
/// lets it go around blocking calls (sleep, lock and queue waits, join, subprocess waits, reads)
/// and when asked to: a thread that waited <see cref="SwitchInterval"/> for it raises a switch
/// request, seen at the next safe point (a Python call or a loop iteration, the checks that Ctrl-C
/// already uses), where the holder hands over and queues behind the waiter. So a busy-wait loop
/// (<c>while not done: pass</c>) gives the other threads their turn every 5 ms, as under CPython.
/// </para>
/// <para>
/// One state per interpreter run: the thread that runs the main module holds it; when the run ends
/// it keeps it for good, so a daemon thread still running stops at its next hand-off (CPython's
/// daemon threads also never get the lock back after finalisation).
/// </para>
/// </summary>
public static class Gil
{
    /// <summary>sys.getswitchinterval(): how long a waiting thread waits before asking the holder to hand over.</summary>
    public static TimeSpan SwitchInterval { get; set; } = TimeSpan.FromMilliseconds(5);

    private static State? s_state;

    // Set while a thread waits for the lock: the holder hands over at its next safe point.
    private static volatile bool s_switchRequested;

    /// <summary>A new run on this thread: no lock until a thread starts.</summary>
    internal static void Reset(Thread main)
    {
        s_state = null;
        s_switchRequested = false;
        SwitchInterval = TimeSpan.FromMilliseconds(5);
        MainThread = main;
    }

    /// <summary>The thread that runs the main module (signals and Ctrl-C are handled there).</summary>
    public static Thread? MainThread { get; private set; }

    /// <summary>Whether the calling thread is the Python main thread.</summary>
    public static bool OnMainThread => ReferenceEquals(Thread.CurrentThread, MainThread) || MainThread is null;

    /// <summary>The run's lock, made (held by the caller) when the first thread starts.</summary>
    public static object Begin()
    {
        return s_state ??= new State { Held = true };
    }

    /// <summary>Whether a hand-off was asked for: checked at the safe points.</summary>
    internal static bool SwitchRequested => s_switchRequested;

    /// <summary>Lets the lock go before a blocking call; pass the result to <see cref="Reacquire"/> afterwards.</summary>
    public static object? Release()
    {
        var state = s_state;
        if (state is null) return null;
        lock (state)
        {
            state.Held = false;
            Monitor.PulseAll(state);
        }
        return state;
    }

    /// <summary>Takes the lock back after <see cref="Release"/> (a new thread passes what <see cref="Begin"/> gave).</summary>
    public static void Reacquire(object? token)
    {
        if (token is not State state) return;
        lock (state)
        {
            if (!state.Held)
            {
                Take(state);
                return;
            }
            state.Waiting++;
            while (state.Held)
            {
                if (state.Finished)
                {
                    Monitor.Wait(state);
                    continue;
                }
                var switches = state.Switches;
                // After a whole interval without a hand-off, ask the holder for one.
                if (!Monitor.Wait(state, SwitchInterval) && state.Held && switches == state.Switches && !state.Finished)
                {
                    s_switchRequested = true;
                    CallDepth.RequestSafePoint();
                    Interrupts.RequestLoopSafePoint();
                }
            }
            state.Waiting--;
            Take(state);
        }
    }

    private static void Take(State state)
    {
        state.Held = true;
        state.Switches++;
        if (state.Waiting == 0) s_switchRequested = false;
        Monitor.PulseAll(state);
    }

    /// <summary>At a safe point with a switch requested: lets a waiting thread run, then queues for the lock again.</summary>
    internal static void Yield()
    {
        var state = s_state;
        s_switchRequested = false;
        if (state is null) return;
        lock (state)
        {
            if (state.Waiting == 0 || state.Finished) return;
            var switches = state.Switches;
            state.Held = false;
            Monitor.PulseAll(state);
            // Forced switching: wait until another thread has had it, or the holder would take it straight back.
            while (state.Switches == switches) Monitor.Wait(state);
        }
        Reacquire(state);
    }

    /// <summary>The run is over: the caller keeps the lock, so threads still running stop at their next hand-off.</summary>
    internal static void Finish()
    {
        if (s_state is not { } state) return;
        lock (state) state.Finished = true;
        s_switchRequested = false;
    }

    private sealed class State
    {
        public bool Held;
        public bool Finished;
        public int Waiting;
        public long Switches;
    }
}
