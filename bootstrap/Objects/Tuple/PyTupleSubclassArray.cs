namespace PyPack.Runtime.Objects;

/// <summary>A tuple-subclass instance of no items or more than <see cref="PyTuple.MaxInline"/>: they live in an array.</summary>
internal sealed class PyTupleSubclassArray(PyType type, PyObject[] items) : PyTupleSubclass(type, items.Length)
{
    /// <summary>The items; never written once the tuple is made.</summary>
    private readonly PyObject[] _array = items;

    internal override ReadOnlySpan<PyObject> StoredItems => _array;
}
