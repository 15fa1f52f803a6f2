using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>
/// NameError and AttributeError: <c>name</c> (and AttributeError's <c>obj</c>) are members, None
/// until set (not in <c>__dict__</c>, as in CPython).
/// </summary>
public sealed class PyNamedError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    private PyObject? _name;
    private PyObject? _obj;

    private bool HasObj => Type.IsSubtypeOf(ExceptionTypes.AttributeError);

    protected override PyObject? GetSpecialAttribute(string name) => name switch
    {
        "name" => _name ?? PyNone.Instance,
        "obj" when HasObj => _obj ?? PyNone.Instance,
        _ => null,
    };

    /// <summary>Sets <c>name</c> and <c>obj</c> when neither is set (PyObject_GetAttr's augmenting).</summary>
    public void SetContextIfUnset(string name, PyObject obj)
    {
        if (_name is not null || _obj is not null) return;
        _name = new PyStr(name);
        _obj = obj;
    }

    protected override bool SetMemberAttribute(string name, PyObject value)
    {
        if (name == "name")
        {
            _name = value;
            return true;
        }
        if (name == "obj" && HasObj)
        {
            _obj = value;
            return true;
        }
        return false;
    }
}
