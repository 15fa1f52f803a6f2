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
    public static PyIterator? Start(PyObject range, PyObject a, out long start, out long step, out long count) =>
        Counted(range, range.Call1(a), out start, out step, out count);

    public static PyIterator? Start(PyObject range, PyObject a, PyObject b, out long start, out long step, out long count) =>
        Counted(range, range.Call2(a, b), out start, out step, out count);

    public static PyIterator? Start(PyObject range, PyObject a, PyObject b, PyObject c, out long start, out long step, out long count) =>
        Counted(range, range.Call3(a, b, c), out start, out step, out count);

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
