using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What a generator's compiled body (a C# iterator) shares with its generator object: the current
/// line for tracebacks, the value sent or exception thrown in at the last resume, and the value
/// of <c>return</c>. Each yield stores its value in <see cref="Yielded"/>, does <c>yield return null</c>,
/// and then calls <see cref="Resume"/>. The base of <see cref="PyGenerator"/>: the generator object
/// is its body's frame, so a generator is two objects (it and the C# iterator), not three, and a
/// resume reads the frame's fields without a hop.
/// </summary>
public abstract class GeneratorFrame : PyIterator
{
    public int Line;

    /// <summary>
    /// Whether the body may suspend inside a handler (a try or with that yields): then the exceptions
    /// it handles live on a base of its own across resumes. Without one, every push in the body is
    /// popped before it suspends, so the body runs straight on the caller's stack.
    /// </summary>
    internal readonly bool HandlesAcrossYields;

    /// <summary><paramref name="handlesAcrossYields"/> false: a body the compiler saw never suspends inside a try or with statement.</summary>
    private protected GeneratorFrame(bool handlesAcrossYields) => HandlesAcrossYields = handlesAcrossYields;

    /// <summary>The value of <c>return</c> (StopIteration.value); null stands for None.</summary>
    // Null for None here and in Sent: no store when the generator is made, and a resume compares
    // with null instead of loading None (a static whose class needs its initialisation checked).
    public PyObject? ReturnValue;

    /// <summary>The value sent in at the last resume; null stands for None (next()).</summary>
    internal PyObject? Sent;

    /// <summary>
    /// The value the body yields: it stores it here before its <c>yield return null</c>, so a resume
    /// reads a field instead of calling the iterator's Current through its interface. Read only after
    /// the body suspended, so never before its first store: not initialised (a store less per generator).
    /// </summary>
    public PyObject Yielded = null!;

    /// <summary>
    /// What a resume that went straight to a delegate generator (PyGenerator.ResumeWithNone's
    /// shortcut past a <c>yield from</c>) brought back when the delegate ended: its return value
    /// (a PyObject), or the exception it raised (a PyException), in one field since only one is
    /// ever there. The body's YieldFrom.Step takes it where the yield from stands.
    /// </summary>
    internal object? DelegateEnded;

    /// <summary>The iterator a <c>yield from</c> is suspended on (<c>gi_yieldfrom</c>), null otherwise.</summary>
    internal PyObject? Delegate;
    internal PyException? Thrown;

    /// <summary>The value of the yield expression just resumed, or the exception thrown into it.</summary>
    // Inlined after every yield of a body: the throw is out of line so the check stays small.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Resume()
    {
        if (Thrown is not null) RaiseThrown();
        var v = Sent;
        // Usually None already (next()): skip the store and its write barrier.
        if (v is null) return PyNone.Instance;
        Sent = null;
        return v;
    }

    /// <summary><see cref="Resume"/> where the yield's value is not used (a yield statement).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void ResumeUnused()
    {
        if (Thrown is not null) RaiseThrown();
        if (Sent is not null) Sent = null;
    }

    /// <summary>An exception was thrown in at the yield just resumed (a yield inside a try or with checks this first).</summary>
    public bool HasThrown => Thrown is not null;

    /// <summary>
    /// The exception thrown in, taken for the enclosing region's handler without raising it: what
    /// <see cref="ExceptionHandling.CatchAll"/> records when it catches one, it records here.
    /// </summary>
    public PyException TakeThrown(CodeInfo code, int line)
    {
        var e = Thrown!;
        Thrown = null;
        ExceptionHandling.CatchAll(e, code, line);
        return e;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RaiseThrown()
    {
        var e = Thrown!;
        Thrown = null;
        throw e;
    }

    /// <summary>For <c>yield from</c>: takes what the last resume brought (a value or an exception) without raising.</summary>
    internal (PyObject Sent, PyException? Thrown) Take()
    {
        var r = (Sent ?? PyNone.Instance, Thrown);
        // Usually None and null already: skip the stores and their write barriers.
        if (Sent is not null) Sent = null;
        if (r.Thrown is not null) Thrown = null;
        return r;
    }
}
