using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Exceptions;

/// <summary>The <c>with</c> statement's calls: <c>__enter__</c> and <c>__exit__</c> looked up on the type, as CPython does.</summary>
public static class ContextManagers
{
    /// <summary>Looks up both methods (enter first), calls <c>__enter__</c> and returns the bound <c>__exit__</c>.</summary>
    public static PyObject Enter(PyObject manager, out PyObject exit)
    {
        var type = manager.Type;
        var enter = type.Lookup("__enter__")
            ?? throw Errors.TypeError($"'{type.TpName}' object does not support the context manager protocol");
        var exitMethod = type.Lookup("__exit__")
            ?? throw Errors.TypeError($"'{type.TpName}' object does not support the context manager protocol (missed __exit__ method)");
        exit = Attributes.BindDescriptor(exitMethod, manager, type);
        return SpecialMethods.Call0(manager, enter);
    }

    /// <summary><c>__exit__(None, None, None)</c> after the body completed.</summary>
    public static void ExitNormally(PyObject exit) => exit.Call3(PyNone.Instance, PyNone.Instance, PyNone.Instance);

    /// <summary><c>__exit__(type, value, traceback)</c> for an exception; true when it is suppressed.</summary>
    public static bool ExitWithException(PyObject exit, PyBaseException e) =>
        Truth.IsTrue(exit.Call3(e.Type, e, PyTraceback.Of(e.Traceback)));
}
