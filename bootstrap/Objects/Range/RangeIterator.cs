namespace PyPack.Runtime.Objects;

/// <summary><c>iter(range)</c>.</summary>
public sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    public static readonly PyType TypeObject = new("range_iterator", null);
    private long _next = start;
    private long _left = count;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }

    // A count past an int's range is left to the buffer (and its own limits).
    internal override int KnownRemaining => _left <= 0 ? 0 : _left <= Array.MaxLength ? (int)_left : -1;
}
