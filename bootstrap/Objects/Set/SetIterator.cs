namespace PyPack.Runtime.Objects;

/// <summary>Iterates a set in table order; a size change during iteration raises RuntimeError.</summary>
public sealed class SetIterator(PySet set) : PyIterator
{
    public static readonly PyType TypeObject = new("set_iterator", null);

    private readonly int _size = set.Count;
    private int _pos;
    private bool _done;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_done) return null;
        if (set.Count != _size)
        {
            _done = true;
            throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "Set changed size during iteration");
        }
        if (set.NextEntry(ref _pos, out var k, out _)) return k;
        _done = true;
        return null;
    }
}
