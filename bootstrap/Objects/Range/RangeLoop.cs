namespace PyPack.Runtime.Objects;

/// <summary>
/// The start of a compiled <c>for x in range(...)</c>. When the name <c>range</c> still is the builtin
/// and the range fits in 64 bits, the loop counts on longs (no iterator, no int per step); otherwise
/// (a rebound <c>range</c>, huge bounds) it gets an ordinary iterator. Either way the range object is
/// made by the real constructor, so <c>__index__</c> calls and errors are the builtin's.
/// </summary>
public static class RangeLoop
{
    /// <summary>Null with the counted loop's start, step and item count, or the iterator to use instead.</summary>
    public static PyIterator? Start(PyObject range, PyObject a, out long start, out long step, out long count)
    {
        if (ReferenceEquals(range, PyRange.TypeObject) && Small(a, out var stop) && Plain(0, stop, 1, out start, out step, out count)) return null;
        return Counted(range, range.Call1(a), out start, out step, out count);
    }

    public static PyIterator? Start(PyObject range, PyObject a, PyObject b, out long start, out long step, out long count)
    {
        if (ReferenceEquals(range, PyRange.TypeObject) && Small(a, out var x) && Small(b, out var y) && Plain(x, y, 1, out start, out step, out count)) return null;
        return Counted(range, range.Call2(a, b), out start, out step, out count);
    }

    public static PyIterator? Start(PyObject range, PyObject a, PyObject b, PyObject c, out long start, out long step, out long count)
    {
        if (ReferenceEquals(range, PyRange.TypeObject) && Small(a, out var x) && Small(b, out var y) && Small(c, out var z) && Plain(x, y, z, out start, out step, out count)) return null;
        return Counted(range, range.Call3(a, b, c), out start, out step, out count);
    }

    // Exact ints need no __index__ call and raise nothing but for a zero step: the counted loop
    // is set up without making the range object (a nested loop starts one per outer step).
    private static bool Small(PyObject o, out long value)
    {
        value = 0;
        if (o.GetType() != typeof(PyInt) || !System.Runtime.CompilerServices.Unsafe.As<PyInt>(o).IsSmall) return false;
        value = System.Runtime.CompilerServices.Unsafe.As<PyInt>(o).Small;
        return true;
    }

    private static bool Plain(long from, long to, long by, out long start, out long step, out long count)
    {
        start = from;
        step = by;
        count = 0;
        if (by == 0) return false;
        Int128 n = by > 0 ? (from < to ? ((Int128)to - from - 1) / by + 1 : 0) : (from > to ? ((Int128)from - to - 1) / -(Int128)by + 1 : 0);
        if (n > long.MaxValue) return false;
        count = (long)n;
        return true;
    }

    private static PyIterator? Counted(PyObject range, PyObject made, out long start, out long step, out long count)
    {
        start = step = count = 0;
        if (ReferenceEquals(range, PyRange.TypeObject) && made is PyRange r && !r.IsBig)
        {
            start = r.Start;
            step = r.Step;
            count = r.Count;
            return null;
        }
        return Operations.Iteration.GetIter(made);
    }
}
