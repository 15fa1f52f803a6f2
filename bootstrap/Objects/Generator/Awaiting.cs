using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>await</c>, <c>async with</c> and <c>async for</c> call (CPython's GET_AWAITABLE,
/// BEFORE_ASYNC_WITH, GET_AITER and GET_ANEXT), with their error messages. The compiled body
/// then drives the awaitable with <see cref="YieldFrom"/> (async for with <see cref="YieldFrom.AsyncNext"/>).
/// </summary>
public static class Awaiting
{
    /// <summary>_PyCoro_GetAwaitableIter: a coroutine itself, or the iterator its type's <c>__await__</c> returns.</summary>
    public static PyObject GetAwaitable(PyObject o)
    {
        // The builtin awaitables that are their own iterators (their __await__ returns self, and builtin types cannot be patched).
        if (o is PyCoroutine or IAwaitableIterator) return o;
        // A generator made by a function types.coroutine() marked is awaitable as it is.
        if (o is PyGenerator { IsIterableCoroutine: true }) return o;
        var await = o.Type.Lookup("__await__") ?? throw Errors.TypeError($"object {o.Type.TpName} can't be used in 'await' expression");
        var result = SpecialMethods.Call0(o, await);
        if (result is PyCoroutine) throw Errors.TypeError("__await__() returned a coroutine");
        if (result is not PyIterator && result.Type.Lookup("__next__") is null)
        {
            throw Errors.TypeError($"__await__() returned non-iterator of type '{result.Type.TpName}'");
        }
        return result;
    }

    /// <summary>An awaitable from <c>__aenter__</c> or <c>__aexit__</c>, with async with's message when it is not one.</summary>
    private static PyObject AwaitableFrom(PyObject o, string method)
    {
        if (o is not PyCoroutine && o.Type.Lookup("__await__") is null)
        {
            throw Errors.TypeError($"'async with' received an object from {method} that does not implement __await__: {o.Type.TpName}");
        }
        return GetAwaitable(o);
    }

    /// <summary>BEFORE_ASYNC_WITH: looks up both methods, calls <c>__aenter__</c> and returns its awaitable and the bound <c>__aexit__</c>.</summary>
    public static PyObject EnterAsync(PyObject manager, out PyObject exit)
    {
        var type = manager.Type;
        var enter = type.Lookup("__aenter__")
            ?? throw Errors.TypeError($"'{type.TpName}' object does not support the asynchronous context manager protocol");
        var exitMethod = type.Lookup("__aexit__")
            ?? throw Errors.TypeError($"'{type.TpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        exit = Attributes.BindDescriptor(exitMethod, manager, type);
        return AwaitableFrom(SpecialMethods.Call0(manager, enter), "__aenter__");
    }

    /// <summary>The awaitable of <c>__aexit__(type, value, tb)</c>, or of <c>__aexit__(None, None, None)</c> when <paramref name="e"/> is null.</summary>
    public static PyObject ExitAsync(PyObject exit, PyBaseException? e)
    {
        var result = e is null
            ? exit.Call3(PyNone.Instance, PyNone.Instance, PyNone.Instance)
            : exit.Call3(e.Type, e, PyTraceback.Of(e.Traceback));
        return AwaitableFrom(result, "__aexit__");
    }

    /// <summary>GET_AITER: <c>type(o).__aiter__(o)</c>, which must have <c>__anext__</c>.</summary>
    public static PyObject GetAsyncIterator(PyObject o)
    {
        var aiter = o.Type.Lookup("__aiter__") ?? throw Errors.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.TpName}");
        var it = SpecialMethods.Call0(o, aiter);
        if (it.Type.Lookup("__anext__") is null)
        {
            throw Errors.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.TpName}");
        }
        return it;
    }

    /// <summary>GET_ANEXT: the awaitable of <c>__anext__()</c>.</summary>
    public static PyObject NextAwaitable(PyObject asyncIterator)
    {
        // async_generator.__anext__ cannot be replaced (a builtin type): skip the lookup and the call.
        if (asyncIterator is PyAsyncGenerator g)
        {
            if (!g.HooksInitialized) AsyncGeneratorHooks.OnFirstIteration(g);
            return g.NextForAsyncFor();
        }
        var next = SpecialMethods.Call0(asyncIterator, asyncIterator.Type.Lookup("__anext__")!);
        try
        {
            return GetAwaitable(next);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            var error = ExceptionTypes.Create(ExceptionTypes.TypeError, $"'async for' received an invalid object from __anext__: {next.Type.TpName}");
            error.Cause = e.Value;
            error.Context = e.Value;
            error.SuppressContext = true;
            throw error.ToException();
        }
    }

    /// <summary>Whether an exception ends an <c>async for</c> loop.</summary>
    public static bool EndsAsyncFor(PyException e) => e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration);
}
