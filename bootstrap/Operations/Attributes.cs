using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Attribute access and method calls (<c>o.name</c>, <c>o.name(args)</c>).</summary>
public static class Attributes
{
    public static PyObject GetAttr(PyObject o, string name) =>
        TryGetAttr(o, name) ?? throw NoAttribute(o, name);

    public static PyObject? TryGetAttr(PyObject o, string name)
    {
        var own = o.GetOwnAttribute(name);
        if (own is not null) return own;
        var found = o.Type.Lookup(name);
        return found switch
        {
            null => null,
            PyBuiltinMethod m => m.Bind(o),
            PyGetSetDescriptor d => d.Get(o),
            _ => found,
        };
    }

    public static void SetAttr(PyObject o, string name, PyObject value)
    {
        if (!o.SetOwnAttribute(name, value))
        {
            if (o.Type.Lookup(name) is PyGetSetDescriptor d)
            {
                throw Errors.AttributeError($"attribute '{name}' of '{d.Owner.Name}' objects is not writable");
            }
            throw o.Type.Lookup(name) is null
                ? Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'")
                : Errors.AttributeError($"'{o.Type.Name}' object attribute '{name}' is read-only");
        }
    }

    public static void DelAttr(PyObject o, string name)
    {
        if (o.DelOwnAttribute(name)) return;
        if (o.Type.Lookup(name) is PyGetSetDescriptor d)
        {
            throw Errors.AttributeError($"attribute '{name}' of '{d.Owner.Name}' objects is not writable");
        }
        throw NoAttribute(o, name);
    }

    public static Exceptions.PyException NoAttribute(PyObject o, string name) => o switch
    {
        PyModule m => Errors.AttributeError($"module '{m.Name}' has no attribute '{name}'"),
        PyType t => Errors.AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
        _ => Errors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'"),
    };

    /// <summary><c>o.name()</c> without making a bound method when the type defines it.</summary>
    public static PyObject CallMethod0(PyObject o, string name) =>
        o.Type.Lookup(name) is PyBuiltinMethod m && o.GetOwnAttribute(name) is null
            ? m.Invoke0(o)
            : GetAttr(o, name).Call0();

    public static PyObject CallMethod1(PyObject o, string name, PyObject a) =>
        o.Type.Lookup(name) is PyBuiltinMethod m && o.GetOwnAttribute(name) is null
            ? m.Invoke1(o, a)
            : GetAttr(o, name).Call1(a);

    public static PyObject CallMethod(PyObject o, string name, ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        o.Type.Lookup(name) is PyBuiltinMethod m && o.GetOwnAttribute(name) is null
            ? m.Invoke(o, args, kwnames)
            : GetAttr(o, name).Call(args, kwnames);
}
