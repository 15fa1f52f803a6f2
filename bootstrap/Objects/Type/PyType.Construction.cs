namespace PyPack.Runtime.Objects;

/// <summary>Calling a type with a few positional arguments: no argument array for plain classes (see <see cref="ConstructionPlan"/>).</summary>
public sealed partial class PyType
{
    // Written by TypeCalls when a call finds the class plain; read on every call, checked against the tags.
    internal ConstructionPlan? Construction;

    /// <summary>
    /// CPython's "tp_new is object_new". Builtin types keep it; a class takes it from its first base
    /// with the same solid base (tp_base) while its lookup finds object's __new__. Giving the class or
    /// a base another __new__ clears it for good: deleting that __new__ again leaves the slot calling
    /// whatever the lookup finds, so object.__new__ is then called with the arguments and refuses them.
    /// </summary>
    internal bool NewIsObjectNew { get; private set; } = true;

    private bool InheritedNewIsObjectNew()
    {
        var tpBase = Array.Find(Bases, b => ReferenceEquals(b.SolidBase, SolidBase)) ?? Base;
        return tpBase is not null && tpBase.NewIsObjectNew && FindsObjectNew();
    }

    private bool FindsObjectNew() => Lookup("__new__") is not { } found || TypeCalls.IsObjectNew(found);

    // __new__ was set or deleted in this heap class's dict: it and its subclasses look again.
    private void NewChanged()
    {
        if (NewIsObjectNew && !FindsObjectNew()) NewIsObjectNew = false;
        foreach (var sub in Subclasses) sub.NewChanged();
    }

    // Not through the virtual Type: read on every call of a class.
    internal int MetatypeVersionTag => (_metatype ?? TypeType)._versionTag;

    public override PyObject Call0() => TypeCalls.Call0(this);
    public override PyObject Call1(PyObject a) => TypeCalls.Call1(this, a);
    public override PyObject Call2(PyObject a, PyObject b) => TypeCalls.Call2(this, a, b);
    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => TypeCalls.Call3(this, a, b, c);
}
