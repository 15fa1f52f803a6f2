namespace PyPack.Runtime.Objects;

/// <summary><c>iter(list)</c>; sees items appended during iteration, as CPython's does.</summary>
public sealed class ListIterator(PyList list) : PyIterator
{
    public static readonly PyType TypeObject = new("list_iterator", null);
    private int _index;

    public override PyType Type => TypeObject;
    public override PyObject? Next() => _index < list.Count ? list[_index++] : null;

    /// <summary>What <c>__length_hint__</c> reports: the items not yet returned.</summary>
    public int Remaining => System.Math.Max(0, list.Count - _index);

    internal override int KnownRemaining => Remaining;
}
