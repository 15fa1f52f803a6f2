using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>yield from</c> and <c>await</c>: the compiled body loops <c>while (yf.Step(frame)) yield return null;</c>,
/// each step leaving the delegate's value in the frame (<see cref="GeneratorFrame.Yielded"/>).
/// Each step passes what the delegating generator was sent (or thrown) on to the delegate, as
/// PEP 380 specifies; when the delegate finishes, <see cref="Result"/> is its return value.
/// A next() on the delegating generator may skip its body and resume a delegate generator
/// directly (PyGenerator.ResumeWithNone): when that delegate ends, the step here takes what it
/// returned or raised from the frame.
/// A struct: the body's state machine holds it as a field, so a delegation allocates nothing.
/// </summary>
public struct YieldFrom
{
    private readonly PyObject _delegate;
    // async for's await of __anext__(): the end of the iteration stops the step instead of raising.
    private readonly bool _endsAsyncFor;
    private bool _started;
    private PyObject? _result;

    public YieldFrom(PyObject iterable)
        : this(iterable, endsAsyncFor: false)
    {
    }

    private YieldFrom(PyObject iterable, bool endsAsyncFor)
    {
        _endsAsyncFor = endsAsyncFor;
        _delegate = iterable switch
        {
            PyGenerator g => g,
            PyCoroutine c => c.Engine,
            IAwaitableIterator => iterable,
            _ => Unadapted(Iteration.GetIter(iterable)),
        };
    }

    /// <summary>
    /// async for's await of the awaitable of <c>__anext__()</c>: StopAsyncIteration ends it with
    /// <see cref="Exhausted"/> set instead of being raised (an async generator's end is not even made
    /// into one), CPython's END_ASYNC_FOR.
    /// </summary>
    public static YieldFrom AsyncNext(PyObject awaitable) => new(awaitable, endsAsyncFor: true);

    // A class's iterator is the delegate itself, not the adapter compiled loops use: send(), throw()
    // and close() are its own methods, and the value of the StopIteration it raises is the result.
    private static PyObject Unadapted(PyIterator it) => it is DunderIterator d ? d.Target : it;

    public readonly PyObject Result => _result ?? PyNone.Instance;

    /// <summary>For <see cref="AsyncNext"/>: the async iterator is exhausted, the loop ends.</summary>
    public readonly bool Exhausted => ReferenceEquals(_result, PyAsyncGenerator.Exhausted);

    public bool Step(GeneratorFrame frame)
    {
        var ended = frame.DelegateEnded;
        if (ended is PyObject returnedAlready)
        {
            frame.DelegateEnded = null;
            _result = returnedAlready;
            frame.Delegate = null;
            return false;
        }
        PyObject sent = PyNone.Instance;
        PyException? thrown = null;
        if (_started) (sent, thrown) = frame.Take();
        _started = true;
        // frame.Delegate stays set from step to step (one store per delegation, not two per step)
        // and is cleared whenever the delegation ends: a return, StopIteration, or an exception.
        try
        {
            PyObject? next;
            // A generator's or an awaitable's end comes back as a value: no StopIteration is made and caught.
            PyObject returned = PyNone.Instance;
            if (ended is not null)
            {
                // The delegate raised while resumed directly: as if its step here had raised it.
                frame.DelegateEnded = null;
                throw (PyException)ended;
            }
            if (thrown is not null)
            {
                if (thrown.Value.Type.IsSubtypeOf(ExceptionTypes.GeneratorExit))
                {
                    // The delegate is closed first, then GeneratorExit goes on in this generator.
                    if (_delegate is PyGenerator dg) dg.Close();
                    else if (_delegate is IAwaitableIterator da) da.Close();
                    else if (Attributes.TryGetAttr(_delegate, "close") is { } close) close.Call0();
                    throw thrown;
                }
                next = _delegate switch
                {
                    PyGenerator g => g.Throw(thrown.Value),
                    IAwaitableIterator a => a.Throw(thrown.Value, out returned),
                    _ => Attributes.TryGetAttr(_delegate, "throw") is { } t ? t.Call1(thrown.Value) : throw thrown,
                };
            }
            else if (sent is PyNone)
            {
                next = _delegate switch
                {
                    PyGenerator g => g.SendForDelegation(PyNone.Instance, out returned),
                    AsyncGeneratorSend s when _endsAsyncFor => s.Send(PyNone.Instance, out returned, quietEnd: true),
                    IAwaitableIterator a => a.Send(PyNone.Instance, out returned),
                    PyIterator it => it.Next(),
                    _ => Attributes.CallMethod0(_delegate, "__next__"),
                };
            }
            else
            {
                next = _delegate switch
                {
                    PyGenerator g => g.SendForDelegation(sent, out returned),
                    AsyncGeneratorSend s when _endsAsyncFor => s.Send(sent, out returned, quietEnd: true),
                    IAwaitableIterator a => a.Send(sent, out returned),
                    _ => Attributes.CallMethod1(_delegate, "send", sent),
                };
            }
            if (next is null)
            {
                _result = returned;
                frame.Delegate = null;
                return false;
            }
            frame.Yielded = next;
            if (!ReferenceEquals(frame.Delegate, _delegate)) frame.Delegate = _delegate;
            return true;
        }
        catch (PyException) when (ForgetDelegate(frame))
        {
            throw; // never reached: the filter only clears gi_yieldfrom
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration) && !ReferenceEquals(e, thrown))
        {
            _result = e.Value.GetOwnAttribute("value") ?? PyNone.Instance;
            return false;
        }
        catch (PyException e) when (_endsAsyncFor && Awaiting.EndsAsyncFor(e))
        {
            _result = PyAsyncGenerator.Exhausted;
            return false;
        }
    }

    private static bool ForgetDelegate(GeneratorFrame frame)
    {
        frame.Delegate = null;
        return false;
    }
}
