using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>The <c>raise</c> and <c>assert</c> statements.</summary>
public static class Raising
{
    /// <summary><c>raise exc [from cause]</c>: a class is instantiated; anything else must be an exception.</summary>
    public static PyException Raise(PyObject exc, PyObject? cause = null)
    {
        var value = Instantiate(exc, "exceptions must derive from BaseException");
        if (cause is not null)
        {
            value.Cause = cause is PyNone ? null : Instantiate(cause, "exception causes must derive from BaseException");
            value.SuppressContext = true;
        }
        return value.ToException();
    }

    private static PyBaseException Instantiate(PyObject o, string error) => o switch
    {
        PyBaseException e => e,
        PyType t when t.IsSubtypeOf(ExceptionTypes.BaseException) =>
            t.Call0() as PyBaseException ?? throw Errors.TypeError($"calling {t.Repr()} should have returned an instance of BaseException, not {t.Call0().Type.TpName}"),
        _ => throw Errors.TypeError(error),
    };

    public static PyException AssertionFailed(PyObject? message) =>
        (message is null
            ? new PyBaseException(ExceptionTypes.AssertionError, PyTuple.Empty)
            : ExceptionTypes.FactoryOf(ExceptionTypes.AssertionError)(ExceptionTypes.AssertionError, PyTuple.Of(message))).ToException();
}
