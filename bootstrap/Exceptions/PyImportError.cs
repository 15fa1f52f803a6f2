using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// ImportError: <c>msg</c> is the argument when there is exactly one; <c>name</c> and <c>path</c>
/// are members, None until set (not in <c>__dict__</c>, as in CPython).
/// </summary>
public sealed class PyImportError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    private PyObject? _name;
    private PyObject? _path;

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "msg" => Args.Count == 1 ? Args[0] : PyNone.Instance,
        "name" => _name ?? PyNone.Instance,
        "path" => _path ?? PyNone.Instance,
        _ => null,
    };

    protected override bool SetMemberAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "name":
                _name = value;
                return true;
            case "path":
                _path = value;
                return true;
            default:
                return false;
        }
    }
}
