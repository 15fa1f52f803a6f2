using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A runtime awaitable that is its own iterator (an async generator's asend or athrow, anext's
/// awaitable with a default): <c>await</c> drives it directly through <see cref="YieldFrom"/>, and
/// its StopIteration carries the awaited value.
/// </summary>
internal interface IAwaitableIterator
{
    PyObject Send(PyObject value);
    PyObject Throw(PyBaseException exception);
    void Close();
}
