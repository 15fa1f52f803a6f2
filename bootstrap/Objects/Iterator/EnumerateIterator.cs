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
    private long _index;
    // The index once it is past a long (or started there): then it is added to as a Python int.
    private PyObject? _bigIndex;
    private bool _done;

    public EnumerateIterator(PyIterator source, PyInt start)
    {
        _source = source;
        if (start.IsSmall) _index = start.Small;
        else _bigIndex = start;
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
        first = TakeIndex();
        second = item;
        return true;
    }

    private PyObject TakeIndex()
    {
        if (_bigIndex is null)
        {
            if (_index != long.MaxValue) return PyInt.From(_index++);
            _bigIndex = PyInt.From(long.MaxValue);
        }
        var index = _bigIndex;
        _bigIndex = Arithmetic.Add(index, PyInt.One);
        return index;
    }
}
