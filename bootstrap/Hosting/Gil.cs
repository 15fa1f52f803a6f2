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
/// Each thread knows which lock it holds (<see cref="t_held"/>): only the holder lets it go. The
/// runtime's own helper threads (a subprocess pipe drained by a task, a forwarder) call the same
/// blocking reads, and for them <see cref="Release"/> does nothing; were they to let go of a lock
/// they do not hold, they would take it back afterwards and end holding it, and every Python
/// thread would wait for ever.
/// </para>
/// <para>
/// One state per interpreter run: the thread that runs the main module holds it; when the run ends
/// the lock stays taken for good, so a daemon thread still running stops at its next hand-off
/// (CPython's daemon threads also never get the lock back after finalisation), and a thread of a
/// finished run (the quick path runs many programs in one process) never touches the next run's lock.
/// </para>
/// </summary>
public static class Gil
{
    /// <summary>sys.getswitchinterval(): how long a waiting thread waits before asking the holder to hand over.</summary>
    public static TimeSpan SwitchInterval { get; set; } = TimeSpan.FromMilliseconds(5);

    // The current run's lock, made when its first thread starts.
    private static State? s_state;

    // The lock this thread holds (null: none, or no thread was ever started).
    [ThreadStatic] private static State? t_held;

    // Set while a thread waits for the lock: the holder hands over at its next safe point.
    private static volatile bool s_switchRequested;

    /// <summary>A new run on this thread: no lock until a thread starts.</summary>
    internal static void Reset(Thread main)
    {
        s_state = null;
        t_held = null;
        s_switchRequested = false;
        SwitchInterval = TimeSpan.FromMilliseconds(5);
        MainThread = main;
    }

    /// <summary>The thread that runs the main module (signals and Ctrl-C are handled there).</summary>
    public static Thread? MainThread { get; private set; }

    /// <summary>Whether the calling thread is the Python main thread.</summary>
    public static bool OnMainThread => ReferenceEquals(Thread.CurrentThread, MainThread) || MainThread is null;

    /// <summary>The run's lock, made (held by the caller, a Python thread) when the first thread starts.</summary>
    public static object Begin()
    {
        if (s_state is { } state) return state;
        state = new State { Held = true };
        s_state = state;
        t_held = state;
        return state;
    }

    /// <summary>Whether a hand-off was asked for: checked at the safe points.</summary>
    internal static bool SwitchRequested => s_switchRequested;

    /// <summary>
    /// Lets the lock go before a blocking call; pass the result to <see cref="Reacquire"/> afterwards.
    /// A thread that does not hold it (no thread started yet, or a runtime helper thread) gets null.
    /// </summary>
    public static object? Release()
    {
        var state = t_held;
        if (state is null) return null;
        t_held = null;
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
        t_held = state;
        Monitor.PulseAll(state);
    }

    /// <summary>At a safe point with a switch requested: lets a waiting thread run, then queues for the lock again.</summary>
    internal static void Yield()
    {
        var state = t_held;
        s_switchRequested = false;
        if (state is null) return;
        lock (state)
        {
            if (state.Waiting == 0 || state.Finished) return;
            var switches = state.Switches;
            state.Held = false;
            t_held = null;
            Monitor.PulseAll(state);
            // Forced switching: wait until another thread has had it, or the holder would take it straight back.
            while (state.Switches == switches) Monitor.Wait(state);
        }
        Reacquire(state);
    }

    /// <summary>
    /// The run is over (the main thread, holding the lock, calls this): the lock stays taken, so the
    /// run's threads still alive stop at their next hand-off, and this thread no longer counts as its holder.
    /// </summary>
    internal static void Finish()
    {
        t_held = null;
        if (s_state is { } state)
        {
            lock (state)
            {
                state.Finished = true;
                state.Held = true;
            }
        }
        // After the lock: a waiter asks for a switch only while the run is not finished.
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
