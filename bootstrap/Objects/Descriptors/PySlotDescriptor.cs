namespace PyPack.Runtime.Objects;

/// <summary>A name from <c>__slots__</c> (CPython's member_descriptor): a data descriptor over one slot index.</summary>
public sealed class PySlotDescriptor(PyType owner, string name, int index) : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    /// <summary>
    /// The descriptor protocol called by hand (<c>C.x.__get__(obj)</c>); attribute access itself
    /// reaches <see cref="GetValue"/> and <see cref="SetValue"/> without these.
    /// </summary>
    private static PyType MakeType()
    {
        var t = new PyType("member_descriptor", null);
        t.Method("__get__", static (self, args, kw) => DescriptorGet.Call(self, ((PySlotDescriptor)self).Owner, args, kw));
        t.Method("__set__", static (self, args, kw) =>
        {
            Args.Count("__set__", args.Length, 2, 2);
            ((PySlotDescriptor)self).SetValue(args[0], args[1]);
            return PyNone.Instance;
        });
        t.Method("__delete__", static (self, instance) =>
        {
            ((PySlotDescriptor)self).SetValue(instance, null);
            return PyNone.Instance;
        });
        return t;
    }

    public PyType Owner { get; } = owner;
    public string Name { get; } = name;
    public int Index { get; } = index;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<member '{Name}' of '{Owner.TpName}' objects>";

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__name__" or "__qualname__" => new PyStr(name == "__name__" ? Name : $"{Owner.Name}.{Name}"),
        "__objclass__" => Owner,
        _ => null,
    };

    /// <summary>
    /// An empty slot reads as None and deletes without error, as a C type's T_OBJECT member
    /// (defaultdict.default_factory); a __slots__ name raises AttributeError instead.
    /// </summary>
    internal bool EmptyIsNone { get; set; }

    public PyObject GetValue(PyObject instance) =>
        SlotOf(instance) ?? (EmptyIsNone ? PyNone.Instance : throw Errors.AttributeError($"'{instance.Type.TpName}' object has no attribute '{Name}'"));

    public void SetValue(PyObject instance, PyObject? value)
    {
        ref var slot = ref SlotOf(instance);
        if (value is null && slot is null && !EmptyIsNone) throw Errors.AttributeError(Name);
        slot = value;
    }

    /// <summary>The instance's value of this member, when it is an instance of the class that declared it.</summary>
    private ref PyObject? SlotOf(PyObject instance)
    {
        if (instance.Type.SlotCount > Index && instance.Type.IsSubtypeOf(Owner))
        {
            if (instance is IHeapInstance heap) return ref heap.SlotRef(Index);
            // An exception class with __slots__ (its instances still have a __dict__, as CPython's).
            if (instance is Exceptions.PyBaseException exception) return ref exception.SlotRef(Index);
        }
        throw Errors.TypeError(DescriptorGet.DoesNotApply(Name, Owner, instance));
    }
}
