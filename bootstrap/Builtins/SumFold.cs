using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>
/// The running total of <c>sum()</c>, one item at a time: the builtin drives it over an iterator,
/// and a fused <c>sum(x for x in ...)</c> (FusedGenexpr) straight from its loop. Runs of exact ints
/// (while they fit 64 bits) and of exact floats add unboxed: int and float addition cannot be
/// overridden, so only the objects made for each partial sum are saved. Anything else (a subclass,
/// a big int, a mix) goes through Arithmetic.Add in order.
/// </summary>
public struct SumFold
{
    private PyObject _total;
    private long _acc;
    private double _facc;
    // 1: an exact int that fits a long (in _acc), 2: an exact float (in _facc), 0: any other object (in _total).
    private int _mode;

    /// <summary>Starts at <paramref name="start"/>; a str start is refused, as sum() does before it iterates.</summary>
    public SumFold(PyObject start)
    {
        if (start is PyStr) throw Errors.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        _total = start;
        _mode = ModeOf(start, out _acc, out _facc);
    }

    /// <summary>Adds an exact int or float to a total of the same kind; false (nothing done) for anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAddExact(PyObject v)
    {
        if (_mode == 1)
        {
            if (v.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(v).IsSmall)
            {
                var y = Unsafe.As<PyInt>(v).Small;
                var r = unchecked(_acc + y);
                if (((_acc ^ r) & (y ^ r)) >= 0)
                {
                    _acc = r;
                    return true;
                }
            }
        }
        else if (_mode == 2 && v.GetType() == typeof(PyFloat))
        {
            _facc += Unsafe.As<PyFloat>(v).Value;
            return true;
        }
        return false;
    }

    /// <summary>Adds any object through the + operator (which may run Python code: __add__, __radd__).</summary>
    public void AddGeneral(PyObject v)
    {
        if (_mode == 1) _total = PyInt.From(_acc);
        else if (_mode == 2) _total = new PyFloat(_facc);
        _total = Arithmetic.Add(_total, v);
        _mode = ModeOf(_total, out _acc, out _facc);
    }

    public void Add(PyObject v)
    {
        if (!TryAddExact(v)) AddGeneral(v);
    }

    /// <summary>Whether the total is an exact int that fits a long, to which an int adds without running Python code.</summary>
    public readonly bool IsSmallInt => _mode == 1;

    /// <summary>Adds an exact int held unboxed.</summary>
    public void AddInt(long y)
    {
        var r = unchecked(_acc + y);
        if (_mode == 1 && ((_acc ^ r) & (y ^ r)) >= 0) _acc = r;
        else AddGeneral(PyInt.From(y));
    }

    public readonly PyObject Result => _mode switch
    {
        1 => PyInt.From(_acc),
        2 => new PyFloat(_facc),
        _ => _total,
    };

    private static int ModeOf(PyObject total, out long acc, out double facc)
    {
        acc = 0;
        facc = 0;
        if (total.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(total).IsSmall)
        {
            acc = Unsafe.As<PyInt>(total).Small;
            return 1;
        }
        if (total.GetType() == typeof(PyFloat))
        {
            facc = Unsafe.As<PyFloat>(total).Value;
            return 2;
        }
        return 0;
    }
}
