using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The Python call stack of this thread: a depth counter, so deep recursion raises RecursionError at
/// sys.getrecursionlimit() instead of overflowing the native stack, and one entry per level saying
/// which code runs there and at which line (what sys._getframe, warnings and logging look at).
/// A compiled function keeps its current line in its entry: <c>ref int line = ref CallDepth.Enter(code)</c>,
/// so a statement's line costs the one store it cost before. Builtins that only need the count
/// (json, repr, comparisons of nested containers) enter levels without code.
/// </summary>
public static class CallDepth
{
    [ThreadStatic] private static int t_depth;
    [ThreadStatic] private static StackEntry[][]? t_chunks;
    // The first chunk again (levels below 128, where most programs stay): a level there is one
    // load from the thread's statics away, not three (chunk table, its length, the chunk).
    [ThreadStatic] private static StackEntry[]? t_first;

    // Entries live in fixed chunks that never move, so a function may hold a ref to its own line.
    private const int ChunkBits = 7;
    private const int ChunkSize = 1 << ChunkBits;

    public const int DefaultLimit = 1000;

    /// <summary>sys.getrecursionlimit().</summary>
    public static int Limit { get; set; } = DefaultLimit;

    /// <summary>Enters a compiled function or module body; the result is where it keeps its current line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref int Enter(CodeInfo code)
    {
        ref var entry = ref Push();
        entry.CodeId = code.Id;
        entry.Generator = null;
        return ref entry.Line;
    }

    /// <summary>Resumes a generator's body: its line lives in its frame (which outlives the call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(CodeInfo code, GeneratorFrame frame) => Enter(code.Id, frame);

    /// <summary><see cref="Enter(CodeInfo, GeneratorFrame)"/> by the code's <see cref="CodeInfo.Id"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter(int codeId, GeneratorFrame frame)
    {
        ref var entry = ref Push();
        entry.CodeId = codeId;
        // A loop resumes the same generator at the same depth: skip the store and its write barrier.
        if (!ReferenceEquals(entry.Generator, frame)) entry.Generator = frame;
    }

    /// <summary>A level that runs no Python code of its own (a builtin that may call back into Python).</summary>
    public static void Enter()
    {
        ref var entry = ref Push();
        entry.CodeId = 0;
        entry.Generator = null;
    }

    // Set when Ctrl-C or a signal is pending: one volatile read on every call, the rest off the hot path.
    private static volatile bool s_attention;

    /// <summary>Asks the next Python call to stop at its safe point (Ctrl-C, a signal for a Python handler).</summary>
    internal static void RequestSafePoint() => s_attention = true;

    // Inlined into every function's prologue: the rare paths are calls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref StackEntry Push()
    {
        // A Python call is a safe point: KeyboardInterrupt is raised and pending signal handlers run here.
        if (s_attention) RunSafePoint();
        var depth = ++t_depth;
        if (depth > Limit) TooDeep();
        return ref Slot(depth);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TooDeep()
    {
        t_depth--;
        throw Errors.RecursionError("maximum recursion depth exceeded");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunSafePoint()
    {
        s_attention = false;
        Limbs.CollectIfDue();
        if (Gil.SwitchRequested) Gil.Yield();
        // Ctrl-C and signal handlers belong to the main thread: another one leaves them pending for it.
        if (!Gil.OnMainThread)
        {
            if (PendingSignals.IsPending || Interrupts.IsPending) s_attention = true;
            return;
        }
        var signals = PendingSignals.IsPending;
        // Should the interrupt raise first, the handlers still run at the next safe point.
        if (signals) s_attention = true;
        Interrupts.CheckInterrupt();
        if (signals)
        {
            s_attention = false;
            PendingSignals.Run();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref StackEntry Slot(int depth)
    {
        if ((uint)depth < ChunkSize && t_first is { } first) return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(first), depth);
        var chunks = t_chunks;
        var index = depth >> ChunkBits;
        if (chunks is not null && index < chunks.Length && chunks[index] is { } chunk) return ref chunk[depth & (ChunkSize - 1)];
        return ref Grow(depth);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ref StackEntry Grow(int depth)
    {
        var index = depth >> ChunkBits;
        var chunks = t_chunks ?? new StackEntry[Math.Max(8, index + 1)][];
        if (index >= chunks.Length) Array.Resize(ref chunks, Math.Max(index + 1, chunks.Length * 2));
        chunks[index] ??= new StackEntry[ChunkSize];
        t_chunks = chunks;
        if (index == 0) t_first = chunks[0];
        return ref chunks[index][depth & (ChunkSize - 1)];
    }

    /// <summary>A nested step of a builtin operation (comparing containers that contain containers): counted, no safe point.</summary>
    public static void EnterNested(string where)
    {
        if (++t_depth > Limit)
        {
            t_depth--;
            throw Errors.RecursionError("maximum recursion depth exceeded" + where);
        }
        ref var entry = ref Slot(t_depth);
        entry.CodeId = 0;
        entry.Generator = null;
    }

    public static void Leave() => t_depth--;

    /// <summary>Resets the count (a fresh interpreter on this thread).</summary>
    internal static void Reset() => t_depth = 0;

    /// <summary>The code of the innermost Python frame running now (what CPython's current frame is to a builtin it calls), or null outside any.</summary>
    public static CodeInfo? InnermostCode()
    {
        var chunks = t_chunks;
        if (chunks is null) return null;
        for (var depth = t_depth; depth > 0; depth--)
        {
            var id = chunks[depth >> ChunkBits][depth & (ChunkSize - 1)].CodeId;
            if (id != 0) return CodeInfo.FromId(id);
        }
        return null;
    }

    /// <summary>
    /// The Python frames running now, innermost first: code and current line of each
    /// (the line a caller is at is the line of the call in progress).
    /// </summary>
    public static List<(CodeInfo Code, int Place)> PythonFrames()
    {
        var frames = new List<(CodeInfo, int)>();
        var chunks = t_chunks;
        if (chunks is null) return frames;
        for (var depth = t_depth; depth > 0; depth--)
        {
            ref var entry = ref chunks[depth >> ChunkBits][depth & (ChunkSize - 1)];
            if (entry.CodeId == 0) continue;
            frames.Add((CodeInfo.FromId(entry.CodeId), entry.Generator?.Line ?? entry.Line));
        }
        return frames;
    }

    /// <summary>
    /// The Python frames running now, innermost first, as code ids and places: what a frame object
    /// keeps of its callers (no GC references, so copying them costs no write barriers).
    /// </summary>
    public static FrameRecord[] PythonFrameRecords()
    {
        var chunks = t_chunks;
        if (chunks is null) return [];
        var count = 0;
        for (var depth = t_depth; depth > 0; depth--)
        {
            if (chunks[depth >> ChunkBits][depth & (ChunkSize - 1)].CodeId != 0) count++;
        }
        var records = new FrameRecord[count];
        var i = 0;
        for (var depth = t_depth; depth > 0; depth--)
        {
            ref var entry = ref chunks[depth >> ChunkBits][depth & (ChunkSize - 1)];
            if (entry.CodeId == 0) continue;
            records[i++] = new FrameRecord(entry.CodeId, entry.Generator?.Line ?? entry.Line);
        }
        return records;
    }

    /// <summary>One level of the Python call stack: its code (<see cref="CodeInfo.Id"/>) and place.</summary>
    public readonly record struct FrameRecord(int CodeId, int Place);

    private struct StackEntry
    {
        public int Line;
        public int CodeId;
        public GeneratorFrame? Generator;
    }
}
