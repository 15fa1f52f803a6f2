namespace PyPack.Runtime.Objects;

/// <summary>Calling a type with a few positional arguments: no argument array for plain classes (see <see cref="ConstructionPlan"/>).</summary>
public sealed partial class PyType
{
    // Written by TypeCalls when a call finds the class plain; read on every call, checked against the tags.
    internal ConstructionPlan? Construction;

    // Not through the virtual Type: read on every call of a class.
    internal int MetatypeVersionTag => (_metatype ?? TypeType)._versionTag;

    public override PyObject Call0() => TypeCalls.Call0(this);
    public override PyObject Call1(PyObject a) => TypeCalls.Call1(this, a);
    public override PyObject Call2(PyObject a, PyObject b) => TypeCalls.Call2(this, a, b);
    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => TypeCalls.Call3(this, a, b, c);
}
