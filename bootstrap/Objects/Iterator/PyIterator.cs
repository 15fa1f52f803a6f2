namespace PyPack.Runtime.Objects;

/// <summary>
/// An iterator. <see cref="Next"/> returns null when exhausted, so loops in compiled code and
/// in the runtime never use StopIteration for normal control flow.
/// </summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The next value, or null when the iterator is exhausted.</summary>
    public abstract PyObject? Next();

    public override PyIterator Iter() => this;
}
