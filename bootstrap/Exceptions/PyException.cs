namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The one .NET exception type that carries Python exceptions. Compiled functions record
/// their frame in an exception filter that returns false (<see cref="AddFrame"/>), so the
/// traceback is built during the first pass without catching anything.
/// </summary>
public sealed class PyException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    public override string Message => $"{Value.Type.Name}: {Value.Str()}";

    /// <summary>Prepends a frame to the traceback; always false so it can sit in a filter.</summary>
    public bool AddFrame(CodeInfo code, int line)
    {
        Value.Traceback = new TracebackEntry(code, line, Value.Traceback);
        return false;
    }
}
