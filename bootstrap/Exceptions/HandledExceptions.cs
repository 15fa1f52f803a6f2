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

    // A node with no value is a generator's base: what its body pushes sits on it, and each resume
    // links it to the caller's stack of the moment (CPython chains gi_exc_state the same way).
    private class Node(PyBaseException? value, Node? next)
    {
        public readonly PyBaseException? Value = value;
        public Node? Next = next;
    }

    // A generator's base also keeps the generator's own entries while it is suspended, so the
    // generator holds one reference for both (a field less on every generator and coroutine).
    private sealed class GeneratorBase() : Node(null, null)
    {
        public Node? Own;
    }

    /// <summary>The exception being handled, or null.</summary>
    public static PyBaseException? Current
    {
        get
        {
            for (var n = t_top; n is not null; n = n.Next)
            {
                if (n.Value is not null) return n.Value;
            }
            return null;
        }
    }

    /// <summary>Enters a handler for <paramref name="value"/>; pass the result to <see cref="Pop"/>.</summary>
    public static object? Push(PyBaseException value)
    {
        var saved = t_top;
        t_top = new Node(value, saved);
        return saved;
    }

    public static void Pop(object? saved) => t_top = (Node?)saved;

    /// <summary>A generator's base for its own handled exceptions (one per generator).</summary>
    internal static object NewGeneratorBase() => new GeneratorBase();

    /// <summary>
    /// A generator resumes: its own entries (kept in its base), or none, go on top of the caller's
    /// stack as it is now. Returns the caller's stack for <see cref="LeaveGenerator"/>.
    /// </summary>
    internal static object? EnterGenerator(object generatorBase)
    {
        var outer = t_top;
        var b = (GeneratorBase)generatorBase;
        if (!ReferenceEquals(b.Next, outer)) b.Next = outer;
        t_top = b.Own ?? b;
        return outer;
    }

    /// <summary>
    /// A generator suspends or ends: the caller's stack is back; the generator's own entries, if
    /// any, stay in its base until the next resume (none once it is <paramref name="finished"/>).
    /// </summary>
    internal static void LeaveGenerator(object generatorBase, object? outer, bool finished)
    {
        var mine = t_top;
        t_top = (Node?)outer;
        var b = (GeneratorBase)generatorBase;
        var own = finished || ReferenceEquals(mine, b) ? null : mine;
        if (!ReferenceEquals(own, b.Own)) b.Own = own;
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
