namespace PyPack.Runtime.Objects;

/// <summary>
/// An iterator whose next step is a C# function (enumerate, zip, map, filter, reversed): one
/// class for the builtins' lazy iterators, each with its own Python type.
/// </summary>
public sealed class PyFunctionIterator(PyType type, Func<PyObject?> next) : PyIterator
{
    private bool _done;

    public static readonly PyType EnumerateType = new("enumerate", null);
    public static readonly PyType ZipType = new("zip", null);
    public static readonly PyType MapType = new("map", null);
    public static readonly PyType FilterType = new("filter", null);
    public static readonly PyType ReversedType = new("reversed", null);
    public static readonly PyType ListReverseIteratorType = new("list_reverseiterator", null);
    public static readonly PyType IteratorType = new("iterator", null);
    public static readonly PyType CallableIteratorType = new("callable_iterator", null);

    public override PyType Type => type;

    public override PyObject? Next()
    {
        if (_done) return null;
        var v = next();
        if (v is null) _done = true;
        return v;
    }
}
