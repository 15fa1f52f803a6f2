using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>enumerate(iterable, start)</c>: (index, item) pairs. The index counts in a long, as
/// CPython's in a Py_ssize_t, and continues as a Python int past its range; each index is an
/// exact int (<c>enumerate(xs, True)</c> counts from 1). <c>for i, x in enumerate(xs)</c> takes
/// the pairs through <see cref="NextPair"/>, without a tuple per step.
/// </summary>
public sealed class EnumerateIterator : PyIterator
{
    private readonly PyIterator _source;
    private EnumerateCounter _counter;
    private bool _done;

    public EnumerateIterator(PyIterator source, PyInt start)
    {
        _source = source;
        _counter = new EnumerateCounter(start);
    }

    public override PyType Type => PyFunctionIterator.EnumerateType;

    public override PyObject? Next() => NextPair(out var index, out var item) ? PyTuple.Of(index, item) : null;

    protected override bool GivesPairs => true;

    internal override int KnownRemaining => _done ? 0 : _source.KnownRemaining;

    public override bool NextPair(out PyObject first, out PyObject second)
    {
        first = second = null!;
        if (_done) return false;
        var item = _source.Next();
        if (item is null)
        {
            _done = true;
            return false;
        }
        first = _counter.Take();
        second = item;
        return true;
    }
}
