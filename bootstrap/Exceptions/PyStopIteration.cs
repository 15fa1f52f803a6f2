using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>StopIteration, whose <c>value</c> is its first argument (a generator's return value).</summary>
public sealed class PyStopIteration(PyType type, PyTuple args) : PyBaseException(type, args)
{
    protected override PyObject? GetSpecialAttribute(string name) =>
        name == "value" ? (Args.Count > 0 ? Args[0] : PyNone.Instance) : null;
}
