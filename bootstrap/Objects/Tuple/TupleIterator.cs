namespace PyPack.Runtime.Objects;

/// <summary><c>iter(tuple)</c>.</summary>
public sealed class TupleIterator(PyTuple tuple) : PyIterator
{
    public static readonly PyType TypeObject = new("tuple_iterator", null);
    private int _index;

    public override PyType Type => TypeObject;
    public override PyObject? Next() => _index < tuple.Count ? tuple[_index++] : null;

    internal override int KnownRemaining => tuple.Count - _index;
}
