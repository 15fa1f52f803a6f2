using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>yield from</c>: the compiled body loops <c>while (yf.Step(frame)) yield return null;</c>, each
/// step leaving the delegate's value in the frame (<see cref="GeneratorFrame.Yielded"/>).
/// Each step passes what the delegating generator was sent (or thrown) on to the delegate, as
/// PEP 380 specifies; when the delegate finishes, <see cref="Result"/> is its return value.
/// A next() on the delegating generator may skip its body and resume a delegate generator
/// directly (PyGenerator.ResumeWithNone): when that delegate ends, the step here takes what it
/// returned or raised from the frame.
/// </summary>
public sealed class YieldFrom
{
    private readonly PyObject _delegate;
    private bool _first = true;

    public YieldFrom(PyObject iterable)
    {
        _delegate = iterable switch
        {
            PyGenerator g => g,
            PyCoroutine c => c.Engine,
            IAwaitableIterator => iterable,
            _ => Unadapted(Iteration.GetIter(iterable)),
        };
    }

    // A class's iterator is the delegate itself, not the adapter compiled loops use: send(), throw()
    // and close() are its own methods, and the value of the StopIteration it raises is the result.
    private static PyObject Unadapted(PyIterator it) => it is DunderIterator d ? d.Target : it;

    public PyObject Result { get; private set; } = PyNone.Instance;

    public bool Step(GeneratorFrame frame)
    {
        if (frame.DelegateReturned is { } returnedAlready)
        {
            frame.DelegateReturned = null;
            Result = returnedAlready;
            frame.Delegate = null;
            return false;
        }
        PyObject sent = PyNone.Instance;
        PyException? thrown = null;
        if (!_first) (sent, thrown) = frame.Take();
        _first = false;
        // frame.Delegate stays set from step to step (one store per delegation, not two per step)
        // and is cleared whenever the delegation ends: a return, StopIteration, or an exception.
        try
        {
            PyObject? next;
            if (frame.DelegateRaised is { } raised)
            {
                // The delegate raised while resumed directly: as if its step here had raised it.
                frame.DelegateRaised = null;
                throw raised;
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
                    IAwaitableIterator a => a.Throw(thrown.Value),
                    _ => Attributes.TryGetAttr(_delegate, "throw") is { } t ? t.Call1(thrown.Value) : throw thrown,
                };
            }
            else if (sent is PyNone)
            {
                PyObject returned = PyNone.Instance;
                next = _delegate switch
                {
                    // A generator's return comes back as a value: no StopIteration is made and caught.
                    PyGenerator g => g.SendForDelegation(PyNone.Instance, out returned),
                    IAwaitableIterator a => a.Send(PyNone.Instance),
                    PyIterator it => it.Next(),
                    _ => Attributes.CallMethod0(_delegate, "__next__"),
                };
                if (next is null)
                {
                    Result = returned;
                    frame.Delegate = null;
                    return false;
                }
            }
            else
            {
                PyObject returned = PyNone.Instance;
                next = _delegate switch
                {
                    PyGenerator g => g.SendForDelegation(sent, out returned),
                    IAwaitableIterator a => a.Send(sent),
                    _ => Attributes.CallMethod1(_delegate, "send", sent),
                };
                if (next is null)
                {
                    Result = returned;
                    frame.Delegate = null;
                    return false;
                }
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
            Result = e.Value.GetOwnAttribute("value") ?? PyNone.Instance;
            return false;
        }
    }

    private static bool ForgetDelegate(GeneratorFrame frame)
    {
        frame.Delegate = null;
        return false;
    }
}
