namespace PyPack.Runtime.Exceptions;

/// <summary>One frame of a traceback: where the code was when the exception passed through.</summary>
public sealed record TracebackEntry(CodeInfo Code, int Line, TracebackEntry? Next);
