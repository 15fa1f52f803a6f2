using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// enumerate's index: counted in a long, as CPython counts in a Py_ssize_t, and continued as a
/// Python int past its range. Each index given is an exact int (<c>enumerate(xs, True)</c> counts
/// from 1). Shared by the enumerate object and the loops that take enumerate over (LoopCursor).
/// </summary>
internal struct EnumerateCounter
{
    private long _index;
    // The index once it is past a long (or started there): then it is added to as a Python int.
    private PyObject? _bigIndex;

    public EnumerateCounter(PyInt start)
    {
        if (start.IsSmall) _index = start.Small;
        else _bigIndex = start;
    }

    /// <summary>The next index.</summary>
    public PyObject Take()
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
