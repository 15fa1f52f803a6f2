namespace PyPack.Runtime.Objects;

/// <summary><c>range(start, stop, step)</c> over 64-bit bounds (larger bounds are not supported yet).</summary>
public sealed class PyRange(long start, long stop, long step) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public long Start { get; } = start;
    public long Stop { get; } = stop;
    public long Step { get; } = step;

    public override PyType Type => TypeObject;

    public long Count
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((decimal)Stop - Start - 1) / Step) + 1 : 0;
            return Start > Stop ? (long)(((decimal)Start - Stop - 1) / -Step) + 1 : 0;
        }
    }

    public override long Length() => Count;
    public override bool IsTrue() => Count != 0;
    public override PyIterator Iter() => new RangeIterator(Start, Step, Count);

    public override string Repr() =>
        Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})";

    public override PyObject? GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, stop, step, _) = s.Indices(Count);
            return new PyRange(Start + start * Step, Start + stop * Step, Step * step);
        }
        var i = Operations.Conversions.ToIndexClamped(key, "range indices must be integers or slices, not ");
        var n = Count;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.IndexError("range object index out of range");
        return PyInt.From(Start + i * Step);
    }

    /// <summary>The position of <paramref name="value"/> in the range, or -1.</summary>
    public long IndexOf(PyObject value)
    {
        if (value is not PyInt i)
        {
            var it = Iter();
            long k = 0;
            for (var v = it.Next(); v is not null; v = it.Next(), k++)
            {
                if (Operations.Comparison.Equal(v, value)) return k;
            }
            return -1;
        }
        if (!i.IsSmall) return -1;
        var x = i.Small;
        if (Step > 0 ? x < Start || x >= Stop : x > Start || x <= Stop) return -1;
        var offset = (decimal)x - Start;
        if (offset % Step != 0) return -1;
        return (long)(offset / Step);
    }

    public override bool? Contains(PyObject value) => IndexOf(value) >= 0;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange o || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        var n = Count;
        var equal = n == o.Count && (n == 0 || (Start == o.Start && (n == 1 || Step == o.Step)));
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override long Hash()
    {
        var n = Count;
        PyObject[] key = n == 0 ? [PyInt.From(0), PyNone.Instance, PyNone.Instance]
            : n == 1 ? [PyInt.From(1), PyInt.From(Start), PyNone.Instance]
            : [PyInt.From(n), PyInt.From(Start), PyInt.From(Step)];
        return new PyTuple(key).Hash();
    }

    private static PyType CreateType()
    {
        var type = new PyType("range", null);
        type.Method("index", static (self, x) =>
        {
            var i = ((PyRange)self).IndexOf(x);
            return i >= 0 ? PyInt.From(i) : throw Errors.ValueError(x is PyInt ? $"{x.Repr()} is not in range" : "sequence.index(x): x not in sequence");
        });
        type.Method("count", static (self, x) => PyInt.From(((PyRange)self).IndexOf(x) >= 0 ? 1 : 0));
        type.Property("start", static self => PyInt.From(((PyRange)self).Start));
        type.Property("stop", static self => PyInt.From(((PyRange)self).Stop));
        type.Property("step", static self => PyInt.From(((PyRange)self).Step));
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("range() takes no keyword arguments");
            return args.Length switch
            {
                1 => new PyRange(0, Bound(args[0]), 1),
                2 => new PyRange(Bound(args[0]), Bound(args[1]), 1),
                3 => Make(Bound(args[0]), Bound(args[1]), Bound(args[2])),
                0 => throw Errors.TypeError("range expected at least 1 argument, got 0"),
                _ => throw Errors.TypeError($"range expected at most 3 arguments, got {args.Length}"),
            };
        };
        return type;
    }

    private static PyRange Make(long start, long stop, long step)
    {
        if (step == 0) throw Errors.ValueError("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    private static long Bound(PyObject o)
    {
        var i = Operations.Conversions.Index(o);
        if (!i.IsSmall) throw Errors.NotImplemented("range() bounds beyond 64 bits");
        return i.Small;
    }
}
