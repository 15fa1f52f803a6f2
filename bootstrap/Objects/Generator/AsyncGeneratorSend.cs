using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>agen.__anext__()</c> and <c>agen.asend(value)</c> return (async_generator_asend): an
/// awaitable that is its own iterator. Driving it resumes the generator's body until it yields an
/// item (the awaitable then ends with StopIteration(item)); what the body awaits meanwhile passes
/// through to the driver. It can be awaited once.
/// </summary>
public sealed class AsyncGeneratorSend(PyAsyncGenerator generator, PyObject value) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private AwaitableState _state;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<async_generator_asend object at 0x{Identity.Of(this):x}>";

    public PyObject Send(PyObject sent)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Init)
        {
            if (generator.RunningAsync) throw Errors.RuntimeError("anext(): asynchronous generator is already running");
            if (sent is PyNone) sent = value;
            _state = AwaitableState.Iter;
        }
        generator.RunningAsync = true;
        return Finish(() => generator.Engine.Step(sent, null));
    }

    public void Close() => _state = AwaitableState.Closed;

    public PyObject Throw(PyBaseException exc)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        return Finish(() => generator.Engine.Step(PyNone.Instance, exc.ToException()));
    }

    private PyObject Finish(Func<PyObject?> step)
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

    private static PyType MakeType()
    {
        var t = new PyType("async_generator_asend", null);
        t.Method("send", static (self, v) => ((AsyncGeneratorSend)self).Send(v));
        t.Method("throw", static (self, args, kw) => ((AsyncGeneratorSend)self).Throw(PyGenerator.ExceptionArgument(args)));
        t.Method("close", static self =>
        {
            ((AsyncGeneratorSend)self).Close();
            return PyNone.Instance;
        });
        t.Method("__next__", static self => ((AsyncGeneratorSend)self).Send(PyNone.Instance));
        t.Method("__iter__", static self => self);
        t.Method("__await__", static self => self);
        return t;
    }
}

/// <summary>Where an async generator's awaitable is: not started, being driven, or done.</summary>
internal enum AwaitableState
{
    Init,
    Iter,
    Closed,
}
