namespace PyPack.Runtime.Objects;

/// <summary>A computed attribute of a builtin type (<c>int.real</c>, <c>slice.start</c>): CPython's getset_descriptor.</summary>
public sealed class PyGetSetDescriptor(PyType owner, string name, Func<PyObject, PyObject> getter) : PyObject
{
    public static readonly PyType TypeObject = new("getset_descriptor", null);

    public PyType Owner { get; } = owner;
    public string Name { get; } = name;
    public override PyType Type => TypeObject;
    public override string Repr() => $"<attribute '{Name}' of '{Owner.Name}' objects>";

    public PyObject Get(PyObject instance) => getter(instance);
}
