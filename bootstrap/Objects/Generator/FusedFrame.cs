namespace PyPack.Runtime.Objects;

/// <summary>
/// The frame of a generator expression fused into its consuming builtin (<see cref="FusedGenexpr"/>):
/// a stack value, not an object, as nothing outlives the loop. Its line is its call-stack entry's
/// own (<see cref="Hosting.CallDepth"/>), so a fused call allocates no frame, and
/// <see cref="Outside"/> says the builtin's step is running with the entry off the stack.
/// </summary>
public ref struct FusedFrame
{
    /// <summary>The current line (a place id), where sys._getframe and tracebacks read it.</summary>
    public ref int Line;

    /// <summary>The consuming builtin's own step is running: an exception from it gets no &lt;genexpr&gt; entry.</summary>
    public bool Outside;

    internal FusedFrame(ref int line) => Line = ref line;
}
