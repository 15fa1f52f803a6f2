using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>NameError and AttributeError: <c>name</c> (and AttributeError's <c>obj</c>) are None until set.</summary>
public sealed class PyNamedError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "name" => PyNone.Instance,
        "obj" when Type.IsSubtypeOf(ExceptionTypes.AttributeError) => PyNone.Instance,
        _ => null,
    };
}
