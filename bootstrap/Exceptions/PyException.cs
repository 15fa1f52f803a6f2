namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The one .NET exception type that carries Python exceptions. Compiled functions record
/// their frame in an exception filter that returns false (<see cref="AddFrame"/>), so the
/// traceback is built during the first pass without catching anything.
/// </summary>
public sealed class PyException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    /// <summary>
    /// True until the first compiled frame sees the exception: then <c>__context__</c> is set from
    /// the exception being handled where it was raised. Filters run before any handler unwinds, so
    /// the handled-exception stack they see is the one at the raise.
    /// </summary>
    internal bool ContextPending { get; set; } = true;

    /// <summary>
    /// Set when a frame re-raises an exception it already caught (bare <c>raise</c>, the end of a
    /// <c>finally</c>): that frame's traceback entry is already there, so its next filter adds none.
    /// </summary>
    internal bool FrameRecorded { get; set; }

    /// <summary>
    /// Set when the exception leaves the attribute lookup of a method call (<c>o.name(...)</c>):
    /// the frame that made the call reports the attribute's span, as CPython 3.11 reports
    /// LOAD_METHOD's, rather than the call's. The next frame recorded takes it.
    /// </summary>
    internal bool InMethodLookup { get; set; }

    /// <summary>Marks the exception as raised by a method call's lookup; always false so it can sit in a filter.</summary>
    internal bool MarkMethodLookup()
    {
        InMethodLookup = true;
        return false;
    }

    public override string Message => $"{Value.Type.Name}: {Value.Str()}";

    /// <summary>Prepends a frame to the traceback; always false so it can sit in a filter.</summary>
    public bool AddFrame(CodeInfo code, int line)
    {
        Record(code, line);
        return false;
    }

    /// <summary>Records this frame (once) and the exception's context, as CPython does on raise.</summary>
    internal void Record(CodeInfo code, int line)
    {
        if (ContextPending)
        {
            ContextPending = false;
            HandledExceptions.AttachContext(Value);
        }
        if (InMethodLookup)
        {
            InMethodLookup = false;
            line = code.Source.LookupPlaceOf(line);
        }
        if (FrameRecorded)
        {
            FrameRecorded = false;
            return;
        }
        if (!code.HiddenFromTracebacks) Value.Traceback = new TracebackEntry(code, line, Value.Traceback);
    }
}
