using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime;

/// <summary>
/// Makes the Python exceptions the runtime raises, ready to throw: <c>throw Errors.TypeError(...)</c>.
/// </summary>
public static class Errors
{
    public static PyException Raise(PyType type, string message) => ExceptionTypes.Create(type, message).ToException();

    public static PyException TypeError(string message) => Raise(ExceptionTypes.TypeError, message);
    public static PyException ValueError(string message) => Raise(ExceptionTypes.ValueError, message);
    public static PyException IndexError(string message) => Raise(ExceptionTypes.IndexError, message);
    public static PyException AttributeError(string message) => Raise(ExceptionTypes.AttributeError, message);
    public static PyException NameError(string message) => Raise(ExceptionTypes.NameError, message);
    public static PyException ZeroDivisionError(string message) => Raise(ExceptionTypes.ZeroDivisionError, message);
    public static PyException OverflowError(string message) => Raise(ExceptionTypes.OverflowError, message);
    public static PyException RecursionError(string message) => Raise(ExceptionTypes.RecursionError, message);
    public static PyException RuntimeError(string message) => Raise(ExceptionTypes.RuntimeError, message);
    public static PyException ModuleNotFoundError(string message) => Raise(ExceptionTypes.ModuleNotFoundError, message);
    public static PyException MemoryError() => new PyBaseException(ExceptionTypes.MemoryError, PyTuple.Empty).ToException();

    /// <summary>The OSError subclass for <paramref name="errno"/> with the C library's message, as CPython raises from a failed system call.</summary>
    public static PyException OSError(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var strerror = new PyStr(System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno));
        PyObject[] args = filename2 is not null
            ? [PyInt.From(errno), strerror, filename ?? PyNone.Instance, PyNone.Instance, filename2]
            : filename is not null ? [PyInt.From(errno), strerror, filename] : [PyInt.From(errno), strerror];
        return new PyOSError(PyOSError.TypeForErrno(errno), PyTuple.FromArray(args)).ToException();
    }

    public static PyException KeyError(PyObject key) =>
        new PyKeyError(ExceptionTypes.KeyError, PyTuple.Of(key)).ToException();

    public static PyException UnboundLocal(string name) =>
        Raise(ExceptionTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");

    /// <summary>A nested scope's read of an enclosing function's variable that is not bound (yet, or any more).</summary>
    public static PyException UnboundFree(string name) =>
        NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");

    /// <summary>NameError for a global or builtin name; it keeps the name and module for the traceback's "Did you mean".</summary>
    public static PyException UndefinedName(string name, ModuleGlobals? globals = null)
    {
        var e = NameError($"name '{name}' is not defined");
        e.Value.SetOwnAttribute("name", new PyStr(name));
        e.Value.SuggestionGlobals = globals;
        return e;
    }

    /// <summary>ModuleNotFoundError for a failed import; like importlib's it names the module (<c>e.name</c>).</summary>
    public static PyException ModuleNotFound(string message, string moduleName)
    {
        var e = ModuleNotFoundError(message);
        e.Value.SetOwnAttribute("name", new PyStr(moduleName));
        return e;
    }

    /// <summary>
    /// A runtime feature not built yet. The compiler rejects what it knows is unsupported at build
    /// time; this covers values only known at run time, and says so rather than misbehave.
    /// </summary>
    public static PyException NotImplemented(string what) =>
        Raise(ExceptionTypes.NotImplementedError, $"PyPack does not support {what} yet");
}
