namespace PyPack.Runtime.Exceptions;

/// <summary>
/// One frame of a traceback: where the code was when the exception passed through. The place is
/// what compiled code stores as its current line: a line number, or a position id (see
/// <see cref="SourceInfo.LineOf"/>). Compared by identity: a traceback object is one entry.
/// </summary>
public sealed class TracebackEntry(CodeInfo code, int place, TracebackEntry? next)
{
    public CodeInfo Code { get; } = code;
    public int Place { get; } = place;
    public TracebackEntry? Next { get; } = next;

    public int Line => Code.Source.LineOf(Place);

    /// <summary>
    /// The traceback object for this entry, made the first time <c>__traceback__</c> or
    /// <c>tb_next</c> reaches it (<see cref="PyTraceback.Of"/>): kept here rather than in a weak
    /// table, whose dependent handles every garbage collection would scan.
    /// </summary>
    internal PyTraceback? Object;
}
