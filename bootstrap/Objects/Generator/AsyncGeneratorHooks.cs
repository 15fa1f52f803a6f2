using PyPack.Runtime.Builtins;
using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// sys.set_asyncgen_hooks: the firstiter hook is called with an async generator the first time it
/// is iterated (__anext__, asend, athrow or aclose), which is how asyncio's loop finds the
/// generators to aclose() at the end of asyncio.run. The finalizer is kept for
/// get_asyncgen_hooks() but never called: PyPack does not finalize dropped async generators.
/// </summary>
public static class AsyncGeneratorHooks
{
    public static PyObject FirstIter = PyNone.Instance;
    public static PyObject Finalizer = PyNone.Instance;

    /// <summary>Calls the firstiter hook for a generator's first iteration (async_gen_init_hooks).</summary>
    internal static void OnFirstIteration(PyAsyncGenerator generator)
    {
        if (generator.HooksInitialized) return;
        generator.HooksInitialized = true;
        if (FirstIter is not PyNone) FirstIter.Call1(generator);
    }

    /// <summary>set_asyncgen_hooks(firstiter=..., finalizer=...): an argument left out keeps its hook.</summary>
    public static void Set(PyObject? firstIter, PyObject? finalizer)
    {
        if (finalizer is not null && finalizer is not PyNone && !BuiltinsModule.IsCallable(finalizer))
            throw Errors.TypeError($"callable finalizer expected, got {finalizer.Type.TpName}");
        if (firstIter is not null && firstIter is not PyNone && !BuiltinsModule.IsCallable(firstIter))
            throw Errors.TypeError($"callable firstiter expected, got {firstIter.Type.TpName}");
        if (finalizer is not null) Finalizer = finalizer;
        if (firstIter is not null) FirstIter = firstIter;
    }
}
