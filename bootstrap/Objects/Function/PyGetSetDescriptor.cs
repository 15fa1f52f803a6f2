namespace PyPack.Runtime.Objects;

/// <summary>A computed attribute of a builtin type (<c>int.real</c>, <c>slice.start</c>): CPython's getset_descriptor.</summary>
public sealed class PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter) : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("getset_descriptor", null);
        t.Method("__get__", static (self, args, kw) => DescriptorGet.Call(self, ((PyGetSetDescriptor)self).Owner, args, kw));
        return t;
    }

    public PyType Owner { get; } = owner;
    public string Name { get; } = name;
    public override PyType Type => TypeObject;
    public override string Repr() => $"<attribute '{Name}' of '{Owner.TpName}' objects>";

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__name__" or "__qualname__" => new PyStr(name == "__name__" ? Name : $"{Owner.Name}.{Name}"),
        "__objclass__" => Owner,
        _ => null,
    };

    public PyObject Get(PyObject instance) => getter(instance);
}
