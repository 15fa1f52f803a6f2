namespace PyPack.Runtime.Objects;

/// <summary>How many times <c>seq * n</c> repeats, with CPython's errors (shared by str, bytes, list, tuple).</summary>
internal static class SequenceRepeat
{
    /// <summary>The count (0 for n &lt;= 0); OverflowError when n does not fit an index, whatever the sequence.</summary>
    public static int Count(PyInt n, int length)
    {
        if (!n.IsSmall) throw Errors.OverflowError("cannot fit 'int' into an index-sized integer");
        if (n.Small <= 0 || length == 0) return 0;
        // More than .NET arrays and strings hold: CPython says MemoryError when it cannot allocate.
        if (n.Small > (int.MaxValue / 2) / length) throw Errors.MemoryError();
        return (int)n.Small;
    }
}
