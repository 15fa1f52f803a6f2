namespace PyPack.Runtime.Objects;

/// <summary>
/// An instance of a class made by a class statement: it carries its class, a <c>__dict__</c>
/// (unless every class declares <c>__slots__</c>) and its slot values. Plain instances
/// (<see cref="PyInstance"/>) and instances of subclasses of builtins (<c>class L(list)</c>) both are.
/// </summary>
public interface IHeapInstance
{
    /// <summary>The instance's <c>__dict__</c>; null for classes with <c>__slots__</c> only.</summary>
    PyDict? Dict { get; set; }

    /// <summary>The value of the class's <c>__slots__</c> member at <paramref name="index"/> (below the type's SlotCount), null when unset.</summary>
    ref PyObject? SlotRef(int index);

    /// <summary>Assigning <c>__class__</c>.</summary>
    void AssignClass(PyType type);
}
