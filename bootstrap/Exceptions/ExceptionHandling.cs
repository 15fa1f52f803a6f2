using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// What compiled <c>try</c> statements call. An <c>except T</c> clause becomes
/// <c>catch (PyException e) when (ExceptionHandling.Matches(e, code, line, T))</c>: the filter
/// records this frame only when the clause takes the exception, so unmatched exceptions unwind
/// untouched. A <c>finally</c> becomes a catch-all (<see cref="CatchAll"/>) plus a re-raise.
/// </summary>
public static class ExceptionHandling
{
    /// <summary>
    /// Whether an <c>except</c> clause with class (or tuple) <paramref name="type"/> takes the
    /// exception. A null type means the filter could not evaluate the clause's expression without
    /// side effects: the clause takes it, and its body evaluates the expression again to raise.
    /// </summary>
    public static bool Matches(PyException e, CodeInfo code, int line, PyObject? type)
    {
        if (type is not null && !IsMatch(e.Value, type)) return false;
        e.Record(code, line);
        return true;
    }

    /// <summary>
    /// A raise whose handler is in the same function: records the frame and the context as the
    /// first filter would, before the jump leaves any handler (and so pops its exception).
    /// </summary>
    public static PyException RaiseHere(PyException e, CodeInfo code, int line)
    {
        e.Record(code, line);
        return e;
    }

    /// <summary><see cref="Matches"/> for an exception <see cref="RaiseHere"/> already recorded.</summary>
    public static bool Takes(PyException e, PyObject? type) => type is null || IsMatch(e.Value, type);

    /// <summary>A bare <c>except:</c> or a <c>finally</c>: takes every Python exception.</summary>
    public static bool CatchAll(PyException e, CodeInfo code, int line)
    {
        e.Record(code, line);
        return true;
    }

    /// <summary>The check an except clause makes once its expression is evaluated; raises TypeError for non-classes.</summary>
    public static bool IsMatch(PyBaseException value, PyObject type)
    {
        switch (type)
        {
            case PyType t:
                if (!t.IsSubtypeOf(ExceptionTypes.BaseException)) throw NotAnExceptionClass();
                return value.Type.IsSubtypeOf(t);
            case PyTuple tuple:
                var matched = false;
                for (var i = 0; i < tuple.Count; i++)
                {
                    if (tuple[i] is not PyType item || !item.IsSubtypeOf(ExceptionTypes.BaseException)) throw NotAnExceptionClass();
                    matched |= value.Type.IsSubtypeOf(item);
                }
                return matched;
            default:
                throw NotAnExceptionClass();
        }
    }

    private static PyException NotAnExceptionClass() =>
        Errors.TypeError("catching classes that do not inherit from BaseException is not allowed");

    /// <summary>
    /// The filter's value for a clause whose class is only known by evaluating it: a non-class
    /// makes the clause take the exception, so its body raises the TypeError as CPython would.
    /// </summary>
    public static PyObject? Checked(PyObject? type) => type switch
    {
        PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException) => t,
        PyTuple tuple when AllExceptionClasses(tuple) => tuple,
        _ => null,
    };

    private static bool AllExceptionClasses(PyTuple tuple)
    {
        for (var i = 0; i < tuple.Count; i++)
        {
            if (tuple[i] is not PyType t || !t.IsSubtypeOf(ExceptionTypes.BaseException)) return false;
        }
        return true;
    }

    /// <summary><c>o.name</c> for a filter: null where the lookup would raise or run user code.</summary>
    public static PyObject? QuietAttribute(PyObject? o, string name) => o switch
    {
        null => null,
        PyModule or PyType => Operations.Attributes.TryGetAttr(o, name),
        _ => null,
    };

    /// <summary>A tuple of classes for a filter, or null when an item could not be looked up.</summary>
    public static PyObject? QuietTuple(PyObject?[] items)
    {
        foreach (var item in items)
        {
            if (item is null) return null;
        }
        return PyTuple.FromArray(items!);
    }

    /// <summary>Re-raises an exception this frame caught: its traceback already holds the frame.</summary>
    public static PyException Reraise(PyException e)
    {
        e.FrameRecorded = true;
        e.ContextPending = false;
        return e;
    }

    /// <summary>A bare <c>raise</c>: the exception being handled, as it is.</summary>
    public static PyException ReraiseCurrent()
    {
        var current = HandledExceptions.Current ?? throw Errors.RuntimeError("No active exception to reraise");
        // No frame gets an entry for the raise itself: the first filter to see it (this frame or,
        // from a function called by the handler, that function) skips, as CPython's RERAISE does.
        return new PyException(current) { FrameRecorded = true, ContextPending = false };
    }
}
