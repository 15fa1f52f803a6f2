using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>zip(*iterables, strict=False)</c>: a tuple of one item from each, until the first runs out
/// (with strict, an iterable shorter or longer than the first is a ValueError). A zip of two
/// hands <c>for a, b in zip(xs, ys)</c> its pairs through <see cref="NextPair"/>, without a tuple.
/// </summary>
public sealed class ZipIterator(PyIterator[] sources, bool strict) : PyIterator
{
    private bool _done;

    public override PyType Type => PyFunctionIterator.ZipType;

    public override PyObject? Next()
    {
        if (_done) return null;
        if (sources.Length == 0)
        {
            _done = true;
            return null;
        }
        var result = PyTuple.Create(sources.Length, out var items);
        for (var i = 0; i < sources.Length; i++)
        {
            var item = sources[i].Next();
            if (item is null)
            {
                End(i);
                return null;
            }
            items[i] = item;
        }
        return result;
    }

    protected override bool GivesPairs => true;

    // The shortest source's count (with strict, a longer one still raises: the items are read until the end).
    internal override int KnownRemaining
    {
        get
        {
            if (_done || sources.Length == 0) return 0;
            var least = int.MaxValue;
            foreach (var s in sources)
            {
                var n = s.KnownRemaining;
                if (n < 0) return -1;
                least = Math.Min(least, n);
            }
            return least;
        }
    }

    public override bool NextPair(out PyObject first, out PyObject second)
    {
        if (sources.Length != 2) return base.NextPair(out first, out second);
        second = null!;
        if (_done)
        {
            first = null!;
            return false;
        }
        first = sources[0].Next()!;
        if (first is null)
        {
            End(0);
            return false;
        }
        second = sources[1].Next()!;
        if (second is null)
        {
            End(1);
            return false;
        }
        return true;
    }

    /// <summary>
    /// The iterable at <paramref name="index"/> ran out: the zip ends, unless strict finds the
    /// iterables of unequal length. No more steps are taken after that end.
    /// </summary>
    private void End(int index)
    {
        if (strict)
        {
            if (index > 0)
            {
                throw Errors.ValueError($"zip() argument {index + 1} is shorter than argument{(index == 1 ? "" : "s")} 1{(index == 1 ? "" : $"-{index}")}");
            }
            for (var j = 1; j < sources.Length; j++)
            {
                if (sources[j].Next() is not null)
                {
                    throw Errors.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : $"-{j}")}");
                }
            }
        }
        _done = true;
    }
}
