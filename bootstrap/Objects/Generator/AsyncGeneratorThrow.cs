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

    public PyObject Send(PyObject sent)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        if (generator.Engine.IsFinished)
        {
            _state = AwaitableState.Closed;
            throw PyAsyncGenerator.Bare(ExceptionTypes.StopIteration);
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
            if (IsClose) generator.Closed = true;
            var thrown = exception is null ? PyAsyncGenerator.Bare(ExceptionTypes.GeneratorExit) : exception.ToException();
            return Resume(() => generator.Engine.Step(PyNone.Instance, thrown));
        }
        return Resume(() => generator.Engine.Step(sent, null));
    }

    public void Close() => _state = AwaitableState.Closed;

    public PyObject Throw(PyBaseException exc)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        return Resume(() => generator.Engine.Step(PyNone.Instance, exc.ToException()));
    }

    private PyObject Resume(Func<PyObject?> step)
    {
        if (!IsClose)
        {
            try
            {
                return generator.Unwrap(step);
            }
            catch (PyException)
            {
                _state = AwaitableState.Closed;
                throw;
            }
        }
        PyObject? result;
        try
        {
            result = step();
        }
        catch (PyException e)
        {
            generator.RunningAsync = false;
            _state = AwaitableState.Closed;
            // aclose() is done when the body ends with GeneratorExit or StopAsyncIteration.
            if (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
            {
                throw PyAsyncGenerator.Bare(ExceptionTypes.StopIteration);
            }
            throw;
        }
        if (result is null)
        {
            generator.RunningAsync = false;
            _state = AwaitableState.Closed;
            throw PyAsyncGenerator.Bare(ExceptionTypes.StopIteration);
        }
        if (PyAsyncGenerator.IsYielded(result))
        {
            generator.RunningAsync = false;
            _state = AwaitableState.Closed;
            throw Errors.RuntimeError("async generator ignored GeneratorExit");
        }
        return result;
    }

    private static PyType MakeType()
    {
        var t = new PyType("async_generator_athrow", null);
        t.Method("send", static (self, v) => ((AsyncGeneratorThrow)self).Send(v));
        t.Method("throw", static (self, args, kw) => ((AsyncGeneratorThrow)self).Throw(PyGenerator.ExceptionArgument(args)));
        t.Method("close", static self =>
        {
            ((AsyncGeneratorThrow)self).Close();
            return PyNone.Instance;
        });
        t.Method("__next__", static self => ((AsyncGeneratorThrow)self).Send(PyNone.Instance));
        t.Method("__iter__", static self => self);
        t.Method("__await__", static self => self);
        return t;
    }
}
