namespace PyPack.Runtime.Objects;

/// <summary>A name from <c>__slots__</c> (CPython's member_descriptor): a data descriptor over one slot index.</summary>
public sealed class PySlotDescriptor(PyType owner, string name, int index) : PyObject
{
    public static readonly PyType TypeObject = new("member_descriptor", null);

    public PyType Owner { get; } = owner;
    public string Name { get; } = name;
    public int Index { get; } = index;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<member '{Name}' of '{Owner.Name}' objects>";

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__name__" or "__qualname__" => new PyStr(name == "__name__" ? Name : $"{Owner.Name}.{Name}"),
        "__objclass__" => Owner,
        _ => null,
    };

    public PyObject GetValue(PyObject instance) =>
        SlotOf(instance) ?? throw Errors.AttributeError($"'{instance.Type.Name}' object has no attribute '{Name}'");

    public void SetValue(PyObject instance, PyObject? value)
    {
        ref var slot = ref SlotOf(instance);
        if (value is null && slot is null) throw Errors.AttributeError(Name);
        slot = value;
    }

    /// <summary>The instance's value of this member, when it is an instance of the class that declared it.</summary>
    private ref PyObject? SlotOf(PyObject instance)
    {
        if (instance is not IHeapInstance heap || instance.Type.SlotCount <= Index || !instance.Type.IsSubtypeOf(Owner))
        {
            throw Errors.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        }
        return ref heap.SlotRef(Index);
    }
}
