namespace PyPack.Runtime.Objects;

/// <summary>Iterates a set in table order; a size change during iteration raises RuntimeError.</summary>
public sealed class SetIterator(PySet set) : PyIterator
{
    public static readonly PyType TypeObject = new("set_iterator", null);

    private readonly int _size = set.Count;
    private int _pos;
    private int _given;
    private bool _done;

    public override PyType Type => TypeObject;

    internal override int KnownRemaining => _done ? 0 : _size - _given;

    public override PyObject? Next()
    {
        if (_done) return null;
        if (set.Count != _size)
        {
            _done = true;
            throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "Set changed size during iteration");
        }
        if (set.NextKey(ref _pos) is { } k)
        {
            _given++;
            return k;
        }
        _done = true;
        return null;
    }
}
