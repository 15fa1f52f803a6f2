using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// An exact tuple holding its items in itself: one object where an array would make two (half the
/// objects for the GC to mark and copy, one load less per item). <typeparamref name="TStorage"/> is
/// one of the TupleStorage structs; its only field is this class's only field, so it sits at the
/// same offset for every size, and <see cref="PyTuple.Items"/> reads any size through the smallest.
/// </summary>
internal sealed class PyTupleInline<TStorage> : PyTuple where TStorage : struct
{
    private TStorage _storage;

    internal PyTupleInline(int count) : base(count, InlineForm)
    {
    }

    /// <summary>The first item's slot; the others follow it.</summary>
    internal ref PyObject First => ref Unsafe.As<TStorage, PyObject>(ref _storage);
}
