using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// An iterator. <see cref="Next"/> returns null when exhausted, so loops in compiled code and
/// in the runtime never use StopIteration for normal control flow.
/// </summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The next value, or null when the iterator is exhausted.</summary>
    public abstract PyObject? Next();

    /// <summary>
    /// The next value unpacked into two (<c>for k, v in it</c>), false when the iterator is
    /// exhausted, with unpacking's errors otherwise. The loop never sees the pair itself, so an
    /// iterator whose items are pairs it makes (enumerate, zip of two, dict items) overrides this
    /// and makes no tuple.
    /// </summary>
    public virtual bool NextPair(out PyObject first, out PyObject second)
    {
        var item = Next();
        if (item is null)
        {
            first = second = null!;
            return false;
        }
        Unpacking.UnpackPair(item, out first, out second);
        return true;
    }

    /// <summary>Whether <see cref="NextPair(out PyObject, out PyObject)"/> makes its pairs itself, so it cannot fail to unpack.</summary>
    protected virtual bool GivesPairs => false;

    /// <summary>
    /// <see cref="NextPair(out PyObject, out PyObject)"/> where tracebacks mark positions: an item
    /// that does not unpack is reported at the targets' <paramref name="place"/>, as CPython's
    /// unpacking is, while errors of the step itself stay at the loop's.
    /// </summary>
    public bool NextPair(out PyObject first, out PyObject second, ref int line, int place)
    {
        if (GivesPairs) return NextPair(out first, out second);
        var item = Next();
        if (item is null)
        {
            first = second = null!;
            return false;
        }
        line = place;
        Unpacking.UnpackPair(item, out first, out second);
        return true;
    }

    /// <summary>
    /// How many items are left, when the iterator knows without running Python code (an iterator over
    /// a list, tuple or range, and enumerate or zip over such), else -1. Only a size to allocate for:
    /// callers still stop at the first null. Python's <c>__length_hint__</c> is not involved.
    /// </summary>
    internal virtual int KnownRemaining => -1;

    public override PyIterator Iter() => this;
}
