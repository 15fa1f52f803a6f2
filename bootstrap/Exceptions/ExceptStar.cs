using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// One run of a <c>try ... except*</c> statement's clauses over a caught exception: each clause
/// takes the part of what is left that matches it (CPython's CHECK_EG_MATCH), what the handlers
/// raise is collected, and <see cref="Finish"/> computes what to raise at the end
/// (_PyExc_PrepReraiseStar): the unhandled and re-raised leaves in the original group's shape,
/// together with the new exceptions.
/// </summary>
public sealed class ExceptStar(PyException caught)
{
    private readonly PyBaseException _original = caught.Value;
    private PyBaseException? _rest = caught.Value;
    private readonly List<PyBaseException> _raised = [];

    /// <summary>The part of the remaining exception <paramref name="type"/> matches, or null; a lone exception is wrapped in a group.</summary>
    public PyBaseException? Match(PyObject type)
    {
        CheckType(type);
        if (_rest is null) return null;
        var matches = PyExceptionGroup.Matcher(type);
        if (matches(_rest))
        {
            var whole = _rest is PyExceptionGroup ? _rest : PyExceptionGroup.Make("", [_rest], asTuple: true);
            _rest = null;
            return whole;
        }
        if (_rest is not PyExceptionGroup) return null;
        var (match, rest) = PyExceptionGroup.Split(_rest, matches, constructRest: true);
        if (match is null) return null;
        _rest = rest;
        return match;
    }

    private static void CheckType(PyObject type)
    {
        if (type is PyTuple tuple)
        {
            for (var i = 0; i < tuple.Count; i++) CheckType(tuple[i]);
            return;
        }
        if (type is not PyType t || !t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            throw Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (t.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
        {
            throw Errors.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /// <summary>A handler ended with this exception (raised anew or re-raised).</summary>
    public void Raised(PyException e) => _raised.Add(e.Value);

    /// <summary>What the statement raises once every clause ran, or null when everything was handled.</summary>
    public PyException? Finish()
    {
        var all = new List<PyBaseException>(_raised);
        if (_rest is not null) all.Add(_rest);
        var result = PrepareReraise(all);
        // Raised as CPython's RERAISE does: no new traceback entry for this frame, no new context.
        return result is null ? null : new PyException(result) { FrameRecorded = true, ContextPending = false };
    }

    private PyBaseException? PrepareReraise(List<PyBaseException> excs)
    {
        if (excs.Count == 0) return null;
        // A lone exception was wrapped: only one clause can have run, so there is one thing to raise.
        if (_original is not PyExceptionGroup original) return excs[0];
        var raised = new List<PyBaseException>();
        var reraised = new List<PyBaseException>();
        foreach (var e in excs) (SameMetadata(e, original) ? reraised : raised).Add(e);
        var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var e in reraised) CollectLeaves(e, leaves);
        var reraisedGroup = leaves.Count == 0 ? null : PyExceptionGroup.Split(original, leaves.Contains, constructRest: false).Match;
        if (raised.Count == 0) return reraisedGroup;
        if (reraisedGroup is not null) raised.Add(reraisedGroup);
        return raised.Count > 1 ? PyExceptionGroup.Make("", raised) : raised[0];
    }

    private static bool SameMetadata(PyBaseException a, PyBaseException b) =>
        ReferenceEquals(a.Notes, b.Notes) && ReferenceEquals(a.Traceback, b.Traceback)
        && ReferenceEquals(a.Cause, b.Cause) && ReferenceEquals(a.Context, b.Context);

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> leaves)
    {
        if (e is PyExceptionGroup g)
        {
            for (var i = 0; i < g.Exceptions.Count; i++) CollectLeaves((PyBaseException)g.Exceptions[i], leaves);
        }
        else leaves.Add(e);
    }
}
