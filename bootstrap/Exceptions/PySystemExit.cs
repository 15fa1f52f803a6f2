using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>SystemExit, whose <c>code</c> is its argument (None when none, the tuple when several).</summary>
public sealed class PySystemExit(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public PyObject Code => Args.Count switch
    {
        0 => PyNone.Instance,
        1 => Args[0],
        _ => Args,
    };

    protected override PyObject? GetSpecialAttribute(string name) => name == "code" ? Code : null;
}
