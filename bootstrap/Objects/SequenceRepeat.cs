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

    /// <summary>
    /// Fills <paramref name="target"/> (a whole number of copies long) with copies of
    /// <paramref name="items"/>: one copy, then the filled part doubled, as CPython does. A copy per
    /// repetition was a bulk-move call per element for <c>[x] * n</c>, a quarter of a sieve.
    /// </summary>
    public static void Fill(ReadOnlySpan<PyObject> items, Span<PyObject> target)
    {
        items.CopyTo(target);
        var filled = items.Length;
        while (filled < target.Length)
        {
            var chunk = Math.Min(filled, target.Length - filled);
            target[..chunk].CopyTo(target[filled..]);
            filled += chunk;
        }
    }
}
