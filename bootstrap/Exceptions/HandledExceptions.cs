using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// The exceptions being handled (CPython's exc_info stack): an <c>except</c> or <c>finally</c>
/// block entered by an exception pushes it and pops it on the way out. <c>sys.exc_info()</c>,
/// bare <c>raise</c> and automatic <c>__context__</c> read the top.
/// </summary>
public static class HandledExceptions
{
    [ThreadStatic] private static Node? t_top;

    private sealed record Node(PyBaseException Value, Node? Next);

    /// <summary>The exception being handled, or null.</summary>
    public static PyBaseException? Current => t_top?.Value;

    /// <summary>Enters a handler for <paramref name="value"/>; pass the result to <see cref="Pop"/>.</summary>
    public static object? Push(PyBaseException value)
    {
        var saved = t_top;
        t_top = new Node(value, saved);
        return saved;
    }

    public static void Pop(object? saved) => t_top = (Node?)saved;

    /// <summary>The whole stack as an opaque value (a generator resuming keeps its own): read and restore.</summary>
    internal static object? Top
    {
        get => t_top;
        set => t_top = (Node?)value;
    }

    /// <summary>Saves and clears the stack (a generator resuming keeps its own).</summary>
    public static object? Swap(object? state)
    {
        var saved = t_top;
        t_top = (Node?)state;
        return saved;
    }

    /// <summary>CPython's _PyErr_SetObject: the new exception's context is the one being handled, without cycles.</summary>
    internal static void AttachContext(PyBaseException value)
    {
        var handled = Current;
        if (handled is null || ReferenceEquals(handled, value)) return;
        var o = handled;
        var steps = 0;
        while (o.Context is { } context)
        {
            if (ReferenceEquals(context, value))
            {
                o.Context = null;
                break;
            }
            o = context;
            if (++steps > 100_000) break; // a cycle made by hand: stop like CPython's Floyd check does
        }
        value.Context = handled;
    }
}
