namespace PyPack.Runtime.Objects;

/// <summary>A tuple whose items live in an array: longer than <see cref="PyTuple.MaxInline"/>, the empty tuple, and (derived) tuple subclasses.</summary>
public class PyTupleArray : PyTuple
{
    /// <summary>The items; never written once the tuple is made.</summary>
    internal readonly PyObject[] Array;

    internal PyTupleArray(PyObject[] items) : this(items, ArrayForm)
    {
    }

    private protected PyTupleArray(PyObject[] items, byte form) : base(items.Length, form) => Array = items;
}
