using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>agen.athrow(exc)</c> and <c>agen.aclose()</c> return (async_generator_athrow): an
/// awaitable that throws the exception (GeneratorExit for aclose) into the generator's body at its
/// paused yield. athrow ends with the next item the body yields; aclose ends with None once the
/// body has finished, and a body that yields an item instead is a RuntimeError.
/// </summary>
public sealed class AsyncGeneratorThrow(PyAsyncGenerator generator, PyBaseException? exception) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private AwaitableState _state;

    // aclose() throws GeneratorExit and accepts the body's end as success.
    private bool IsClose => exception is null;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<async_generator_athrow object at 0x{Identity.Of(this):x}>";

    public PyObject? Send(PyObject sent, out PyObject result)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (generator.Engine.IsFinished)
        {
            _state = AwaitableState.Closed;
            result = PyNone.Instance;
            return null;
        }
        if (_state == AwaitableState.Init)
        {
            if (generator.RunningAsync)
            {
                _state = AwaitableState.Closed;
                throw Errors.RuntimeError($"{(IsClose ? "aclose" : "athrow")}(): asynchronous generator is already running");
            }
            if (generator.Closed)
            {
                _state = AwaitableState.Closed;
                throw PyAsyncGenerator.Bare(ExceptionTypes.StopAsyncIteration);
            }
            if (sent is not PyNone) throw Errors.RuntimeError("can't send non-None value to a just-started coroutine");
            _state = AwaitableState.Iter;
            generator.RunningAsync = true;
            if (IsClose)
            {
                generator.Closed = true;
                if (generator.Engine.TryCloseQuietly())
                {
                    // Suspended where nothing sees GeneratorExit: the body ends as if it had propagated.
                    generator.RunningAsync = false;
                    _state = AwaitableState.Closed;
                    result = PyNone.Instance;
                    return null;
                }
            }
            var thrown = exception is null ? PyAsyncGenerator.Bare(ExceptionTypes.GeneratorExit) : exception.ToException();
            return Resume(PyNone.Instance, thrown, out result);
        }
        return Resume(sent, null, out result);
    }

    public void Close() => _state = AwaitableState.Closed;

    public PyObject? Throw(PyBaseException exc, out PyObject result)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        return Resume(PyNone.Instance, exc.ToException(), out result);
    }

    /// <summary>One step of the body: what it awaits goes out; null when this awaitable is done, its value in <paramref name="result"/>.</summary>
    private PyObject? Resume(PyObject sent, PyException? thrown, out PyObject result)
    {
        if (!IsClose)
        {
            PyObject? next;
            try
            {
                next = generator.Unwrap(sent, thrown, out result);
            }
            catch (PyException) when (CloseOnRaise())
            {
                throw; // never reached: the filter closes this awaitable without catching
            }
            if (next is null) _state = AwaitableState.Closed;
            return next;
        }
        result = PyNone.Instance;
        PyObject? step;
        try
        {
            step = generator.Engine.Step(sent, thrown);
        }
        catch (PyException e) when (ClosedBy(e))
        {
            // aclose() is done when the body ends with GeneratorExit or StopAsyncIteration.
            return null;
        }
        if (step is null)
        {
            generator.RunningAsync = false;
            _state = AwaitableState.Closed;
            return null;
        }
        if (PyAsyncGenerator.IsYielded(step))
        {
            generator.RunningAsync = false;
            _state = AwaitableState.Closed;
            throw Errors.RuntimeError("async generator ignored GeneratorExit");
        }
        return step;
    }

    private bool CloseOnRaise()
    {
        _state = AwaitableState.Closed;
        return false;
    }

    /// <summary>
    /// aclose()'s body raised: this awaitable is done either way; only the exceptions that mean the
    /// body is closed are caught, the others go on without a catch and rethrow.
    /// </summary>
    private bool ClosedBy(PyException e)
    {
        generator.RunningAsync = false;
        _state = AwaitableState.Closed;
        return e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit);
    }

    private static PyType MakeType()
    {
        var t = new PyType("async_generator_athrow", null);
        AwaitableIteratorMethods.Add(t);
        return t;
    }
}
