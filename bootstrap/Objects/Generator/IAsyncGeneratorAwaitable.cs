using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// An async generator's awaitable (asend or athrow): <c>await</c> drives it directly through
/// <see cref="YieldFrom"/>, and its StopIteration carries the awaited value.
/// </summary>
internal interface IAsyncGeneratorAwaitable
{
    PyObject Send(PyObject value);
    PyObject Throw(PyBaseException exception);
    void Close();
}
