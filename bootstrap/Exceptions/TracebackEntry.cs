namespace PyPack.Runtime.Exceptions;

/// <summary>
/// One frame of a traceback: where the code was when the exception passed through. The place is
/// what compiled code stores as its current line: a line number, or a position id (see
/// <see cref="SourceInfo.LineOf"/>).
/// </summary>
public sealed record TracebackEntry(CodeInfo Code, int Place, TracebackEntry? Next)
{
    public int Line => Code.Source.LineOf(Place);
}
