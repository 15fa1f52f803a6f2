using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A tuple-subclass instance holding its items in itself, as <see cref="PyTupleInline{TStorage}"/>
/// does for exact tuples; <typeparamref name="TStorage"/> is the TupleStorage struct of its length.
/// </summary>
internal sealed class PyTupleSubclassInline<TStorage> : PyTupleSubclass where TStorage : struct
{
    private TStorage _storage;

    internal PyTupleSubclassInline(PyType type, ReadOnlySpan<PyObject> items) : base(type, items.Length) =>
        items.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<TStorage, PyObject>(ref _storage), items.Length));

    internal override ReadOnlySpan<PyObject> StoredItems => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TStorage, PyObject>(ref _storage), Count);
}
