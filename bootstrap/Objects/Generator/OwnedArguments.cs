using PyPack.Runtime.Builtins;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Generators only a builtin's argument holds (see PyGenerator.Owned): <c>next(gen())</c>,
/// <c>any(...)</c>, <c>list(...)</c> and the other builtins that drop their argument when they
/// return or raise close them then, as CPython's refcount does; <c>zip</c> and <c>enumerate</c>
/// keep them in the iterator they make, whose owner closes them in turn. Any other callee (a
/// rebound name included) gets its arguments as usual and nothing is closed.
/// </summary>
public static class OwnedArguments
{
    public static PyObject Call1(PyObject callee, PyObject a, object? ownA)
    {
        if (ownA is null || !Consumes(callee)) return callee.Call1(a);
        try
        {
            return callee.Call1(a);
        }
        finally
        {
            PyGenerator.CloseOwned(ownA);
        }
    }

    public static PyObject Call2(PyObject callee, PyObject a, PyObject b, object? ownA, object? ownB)
    {
        if ((ownA ?? ownB) is null || !Consumes(callee)) return callee.Call2(a, b);
        try
        {
            return callee.Call2(a, b);
        }
        finally
        {
            // A call drops its arguments first to last.
            PyGenerator.CloseOwned(ownA);
            PyGenerator.CloseOwned(ownB);
        }
    }

    /// <summary>What the iterator <paramref name="callee"/> made holds alone: the arguments' own generators when it is zip or enumerate, else null.</summary>
    public static object? Held(PyObject callee, object?[] owned)
    {
        if (!ReferenceEquals(callee, PyFunctionIterator.ZipType) && !ReferenceEquals(callee, PyFunctionIterator.EnumerateType)) return null;
        foreach (var o in owned)
        {
            if (o is not null) return owned;
        }
        return null;
    }

    private static bool Consumes(PyObject callee) =>
        ReferenceEquals(callee, BuiltinsModule.NextFunction) || ReferenceEquals(callee, BuiltinsModule.AnyFunction)
        || ReferenceEquals(callee, BuiltinsModule.AllFunction) || ReferenceEquals(callee, BuiltinsModule.SumFunction)
        || ReferenceEquals(callee, BuiltinsModule.SortedFunction) || ReferenceEquals(callee, BuiltinsModule.MinFunction)
        || ReferenceEquals(callee, BuiltinsModule.MaxFunction) || ReferenceEquals(callee, PyList.TypeObject)
        || ReferenceEquals(callee, PyTuple.TypeObject) || ReferenceEquals(callee, PySet.SetType)
        || ReferenceEquals(callee, PySet.FrozenSetType) || ReferenceEquals(callee, PyDict.TypeObject);
}
