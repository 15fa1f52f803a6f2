namespace PyPack.Runtime.Objects;

/// <summary><c>slice(start, stop, step)</c>, also what <c>a[i:j:k]</c> passes to GetItem/SetItem/DelItem.</summary>
public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyObject Start { get; } = start;
    public PyObject Stop { get; } = stop;
    public PyObject StepValue { get; } = step;

    public override PyType Type => TypeObject;
    public override string Repr() => $"slice({Start.Repr()}, {Stop.Repr()}, {StepValue.Repr()})";
    public override long Hash() => throw Errors.TypeError("unhashable type: 'slice'");

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PySlice o
            ? Operations.Comparison.CompareSequences([Start, Stop, StepValue], [o.Start, o.Stop, o.StepValue], op)
            : null;

    private static PyType CreateType()
    {
        var type = new PyType("slice", null);
        type.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("slice() takes no keyword arguments");
            return args.Length switch
            {
                0 => throw Errors.TypeError("slice expected at least 1 argument, got 0"),
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                3 => new PySlice(args[0], args[1], args[2]),
                _ => throw Errors.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        type.Property("start", static self => ((PySlice)self).Start);
        type.Property("stop", static self => ((PySlice)self).Stop);
        type.Property("step", static self => ((PySlice)self).StepValue);
        type.Method("indices", static (self, n) =>
        {
            var length = Operations.Conversions.ToIndex(n);
            if (length < 0) throw Errors.ValueError("length should not be negative");
            var (start, stop, step, _) = ((PySlice)self).Indices(length);
            return PyTuple.Of(PyInt.From(start), PyInt.From(stop), PyInt.From(step));
        });
        return type;
    }

    private static long Clamp(PyObject o)
    {
        var i = o as PyInt ?? (o.Type.IsHeapType && o.Type.Lookup("__index__") is not null ? Operations.Conversions.Index(o) : throw Errors.TypeError("slice indices must be integers or None or have an __index__ method"));
        return i.IsSmall ? i.Small : (i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
    }

    /// <summary>CPython's PySlice_Unpack + PySlice_AdjustIndices: bounds for a sequence of <paramref name="length"/>.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = 1;
        if (StepValue is not PyNone)
        {
            step = Clamp(StepValue);
            if (step == 0) throw Errors.ValueError("slice step cannot be zero");
            // CPython's bound for the step: -step must not overflow.
            if (step == long.MinValue) step = -long.MaxValue;
        }
        var (start, stop, count) = Adjust(Start is PyNone ? null : Clamp(Start), Stop is PyNone ? null : Clamp(Stop), step, length);
        return (start, stop, step, count);
    }

    /// <summary>The adjusting half of <see cref="Indices"/>: null bounds are None; <paramref name="step"/> is neither 0 nor long.MinValue.</summary>
    public static (long Start, long Stop, long Count) Adjust(long? lower, long? upper, long step, long length)
    {
        var start = lower ?? (step < 0 ? long.MaxValue / 2 : 0);
        var stop = upper ?? (step < 0 ? long.MinValue / 2 : long.MaxValue / 2);
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;

        // Steps 1 and -1 (most slices, and reversals) need no division, which costs tens of cycles.
        long count;
        if (step < 0) count = stop >= start ? 0 : step == -1 ? start - stop : (start - stop - 1) / -step + 1;
        else count = start >= stop ? 0 : step == 1 ? stop - start : (stop - start - 1) / step + 1;
        return (start, stop, count);
    }
}
