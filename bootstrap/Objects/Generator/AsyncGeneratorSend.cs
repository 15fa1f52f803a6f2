using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>agen.__anext__()</c> and <c>agen.asend(value)</c> return (async_generator_asend): an
/// awaitable that is its own iterator. Driving it resumes the generator's body until it yields an
/// item, which finishes the awaitable with that value (StopIteration(item) for Python code that
/// drives it by hand; a plain return on the await path); what the body awaits meanwhile passes
/// through to the driver. It can be awaited once.
/// </summary>
public sealed class AsyncGeneratorSend(PyAsyncGenerator generator, PyObject value) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private AwaitableState _state;

    // Made by an async for (PyAsyncGenerator.NextForAsyncFor), which never hands it to Python code:
    // once finished it may serve the generator's next item. Cleared when cr_await/gi_yieldfrom shows
    // it, since who holds it then must find it finished for good.
    private bool _renewable;

    internal static AsyncGeneratorSend ForAsyncFor(PyAsyncGenerator generator) => new(generator, PyNone.Instance) { _renewable = true };

    /// <summary>Finished, and seen by nobody but the async for that made it: it may start over.</summary>
    internal bool CanRenew => _renewable && _state == AwaitableState.Closed;

    internal void Renew() => _state = AwaitableState.Init;

    /// <summary>Python code can reach it now: it is never reused.</summary>
    internal void Expose() => _renewable = false;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<async_generator_asend object at 0x{Identity.Of(this):x}>";

    public PyObject? Send(PyObject sent, out PyObject result) => Send(sent, out result, quietEnd: false);

    /// <summary>
    /// With <paramref name="quietEnd"/> (async for, anext with a default), the body's end is not
    /// raised as StopAsyncIteration: the awaitable finishes with <see cref="PyAsyncGenerator.Exhausted"/>.
    /// </summary>
    internal PyObject? Send(PyObject sent, out PyObject result, bool quietEnd)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        if (_state == AwaitableState.Init)
        {
            if (generator.RunningAsync) throw Errors.RuntimeError("anext(): asynchronous generator is already running");
            if (sent is PyNone) sent = value;
            _state = AwaitableState.Iter;
        }
        generator.RunningAsync = true;
        return Step(sent, null, out result, quietEnd);
    }

    public void Close() => _state = AwaitableState.Closed;

    public PyObject? Throw(PyBaseException exc, out PyObject result)
    {
        if (_state == AwaitableState.Closed) throw Errors.RuntimeError("cannot reuse already awaited __anext__()/asend()");
        return Step(PyNone.Instance, exc.ToException(), out result, quietEnd: false);
    }

    private PyObject? Step(PyObject sent, PyException? thrown, out PyObject result, bool quietEnd)
    {
        PyObject? next;
        try
        {
            next = generator.Unwrap(sent, thrown, out result, quietEnd);
        }
        catch (PyException) when (CloseOnRaise())
        {
            throw; // never reached: the filter closes this awaitable without catching
        }
        // An item (or the quiet end) finishes this awaitable.
        if (next is null) _state = AwaitableState.Closed;
        return next;
    }

    private bool CloseOnRaise()
    {
        _state = AwaitableState.Closed;
        return false;
    }

    private static PyType MakeType()
    {
        var t = new PyType("async_generator_asend", null);
        AwaitableIteratorMethods.Add(t);
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
