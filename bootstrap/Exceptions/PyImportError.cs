using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>ImportError: <c>msg</c> is the argument when there is exactly one; <c>name</c> and <c>path</c> are None until set.</summary>
public sealed class PyImportError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "msg" => Args.Count == 1 ? Args[0] : PyNone.Instance,
        "name" or "path" => PyNone.Instance,
        _ => null,
    };
}
