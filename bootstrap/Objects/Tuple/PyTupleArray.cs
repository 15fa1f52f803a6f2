namespace PyPack.Runtime.Objects;

/// <summary>An exact tuple whose items live in an array: longer than <see cref="PyTuple.MaxInline"/>, or the empty tuple.</summary>
public sealed class PyTupleArray : PyTuple
{
    /// <summary>The items; never written once the tuple is made.</summary>
    internal readonly PyObject[] Array;

    internal PyTupleArray(PyObject[] items) : base(items.Length, ArrayForm) => Array = items;
}
