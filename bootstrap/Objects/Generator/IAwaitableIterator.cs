using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A runtime awaitable that is its own iterator (an async generator's asend or athrow, anext's
/// awaitable with a default): <c>await</c> drives it directly through <see cref="YieldFrom"/>.
/// Each step returns the value to pass out to the driver, or null when the awaitable is done, its
/// value in <c>result</c>: on the await path no StopIteration is made and caught for it. Only
/// Python code calling its send()/throw()/__next__() sees that value as StopIteration(value).
/// </summary>
internal interface IAwaitableIterator
{
    PyObject? Send(PyObject value, out PyObject result);
    PyObject? Throw(PyBaseException exception, out PyObject result);
    void Close();
}
