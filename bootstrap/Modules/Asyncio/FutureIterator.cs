using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>
/// What <c>Future.__await__()</c> returns, as CPython's C <c>_asyncio.FutureIter</c>: while the
/// future is pending, the first step marks it <c>_asyncio_future_blocking</c> and yields it to the
/// task; the next step (the task wakes once the future is done) ends with <c>future.result()</c>.
/// The result is read with <c>Future.result</c> of futures.py itself (<paramref name="resultOf"/>),
/// never a subclass's override, as the C iterator reads the C future's fields.
/// Every await of a future or task goes through one: a generator for it would cost a generator,
/// its frame and its state machine, where this is one small object that <c>await</c> drives directly.
/// </summary>
internal sealed class FutureIterator(PyObject future, PyObject resultOf) : PyIterator, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private static readonly AttributeSite s_state = new("_state");
    private static readonly AttributeSite s_blocking = new("_asyncio_future_blocking");

    // Dropped once the result is handed out (or on close), as the C iterator does.
    private PyObject? _future = future;
    private readonly PyObject _result = resultOf;

    public override PyType Type => TypeObject;
    public override PyObject? Next() => Send(PyNone.Instance, out _);
    public override string Repr() => $"<_asyncio.FutureIter object at 0x{Identity.Of(this):x}>";

    public PyObject? Send(PyObject value, out PyObject result)
    {
        result = PyNone.Instance;
        var future = _future;
        if (future is null) return null;
        if (IsPending(future))
        {
            if (!Truth.IsTrue(Attributes.GetAttr(future, s_blocking)))
            {
                Attributes.SetAttr(future, s_blocking, PyBool.True);
                return future;
            }
            throw Errors.RuntimeError("await wasn't used with future");
        }
        _future = null;
        result = _result.Call1(future);
        return null;
    }

    // The C iterator raises what is thrown in: the awaiting task handles it, the future is untouched.
    public PyObject? Throw(PyBaseException exception, out PyObject result)
    {
        result = PyNone.Instance;
        throw exception.ToException();
    }

    public void Close() => _future = null;

    // futures.py keeps the state as one of three strings; only 'PENDING' counts as pending.
    private static bool IsPending(PyObject future) =>
        Attributes.GetAttr(future, s_state) is PyStr state && state.Value == "PENDING";

    private static PyType MakeType()
    {
        var t = new PyType("FutureIter", null) { Module = "_asyncio", TpName = "_asyncio.FutureIter" };
        AwaitableIteratorMethods.Add(t);
        return t;
    }
}
