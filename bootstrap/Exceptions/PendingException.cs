namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The exception a compiled function's no-throw body variant returns null for. A raise with no
/// handler in that function stores the exception here (its frame already recorded) and returns
/// null; the direct call site in compiled code takes it and jumps to its own handler, returns null
/// in turn, or throws it. Every other caller goes through the function's ordinary entry, which
/// throws it: a .NET throw costs microseconds, a null return nothing.
/// </summary>
public static class PendingException
{
    [ThreadStatic] private static PyException? t_pending;

    /// <summary>Stores <paramref name="e"/>; returns the null the variant returns.</summary>
    public static Objects.PyObject? Set(PyException e)
    {
        t_pending = e;
        return null;
    }

    /// <summary>The stored exception, cleared: a variant returned null.</summary>
    public static PyException Take()
    {
        var e = t_pending ?? throw new InvalidOperationException("no pending exception");
        t_pending = null;
        return e;
    }
}
