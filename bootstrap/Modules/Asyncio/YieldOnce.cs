using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>
/// What <c>asyncio.sleep(0)</c> awaits (CPython's <c>@types.coroutine def __sleep0(): yield</c>):
/// the first step yields None, which gives the loop one turn before the task goes on; the next
/// one ends with None. Every <c>await asyncio.sleep(0)</c> of a cooperative program makes one, so
/// it is one small object that <c>await</c> drives directly instead of a generator with its frame
/// and state machine. What is thrown in (a cancellation during the turn) goes into a real
/// generator of <paramref name="generatorFunction"/> (tasks.py's <c>__sleep0</c>) advanced as far,
/// so the exception leaves with that frame in its traceback and context, as in CPython.
/// </summary>
internal sealed class YieldOnce(PyObject generatorFunction) : PyIterator, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private bool _yielded;
    private bool _finished;

    public override PyType Type => TypeObject;
    public override PyObject? Next() => Send(PyNone.Instance, out _);
    public override string Repr() => $"<_asyncio.YieldOnce object at 0x{Identity.Of(this):x}>";

    public PyObject? Send(PyObject value, out PyObject result)
    {
        result = PyNone.Instance;
        if (_finished) return null;
        if (!_yielded)
        {
            // A generator refuses a value before its first yield; __sleep0's never gets one.
            if (value is not PyNone) throw Errors.TypeError("can't send non-None value to a just-started generator");
            _yielded = true;
            return PyNone.Instance;
        }
        _finished = true;
        return null;
    }

    public PyObject? Throw(PyBaseException exception, out PyObject result)
    {
        result = PyNone.Instance;
        if (_finished) throw exception.ToException();
        _finished = true;
        var generator = generatorFunction.Call0();
        if (generator is not PyGenerator real) throw Errors.TypeError("yield_once() needs a generator function");
        if (_yielded) real.Next();
        // It raises (the generator's body only yields once); a value would be its next yield.
        return real.Throw(exception);
    }

    public void Close() => _finished = true;

    private static PyType MakeType()
    {
        var t = new PyType("YieldOnce", null) { Module = "_asyncio", TpName = "_asyncio.YieldOnce" };
        AwaitableIteratorMethods.Add(t);
        return t;
    }
}
