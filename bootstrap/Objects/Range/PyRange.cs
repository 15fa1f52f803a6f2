using System.Numerics;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>range(start, stop, step)</c>. Bounds and a length that fit in 64 bits live in long fields,
/// the fast path loops use; larger ones (<c>range(2**64)</c>, <c>range(-2**63, 2**63-1)</c>) keep
/// BigInteger bounds in <see cref="BigBounds"/>, which only such ranges allocate.
/// </summary>
public sealed class PyRange : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private sealed class BigBounds(BigInteger start, BigInteger stop, BigInteger step, BigInteger length)
    {
        public BigInteger Start { get; } = start;
        public BigInteger Stop { get; } = stop;
        public BigInteger Step { get; } = step;
        public BigInteger Length { get; } = length;
    }

    private readonly BigBounds? _big;

    /// <summary>A range whose length fits in a long.</summary>
    public PyRange(long start, long stop, long step)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    private PyRange(BigBounds big)
    {
        _big = big;
        Step = 1;
    }

    /// <summary>The 64-bit bounds; meaningful only for a range that is not big.</summary>
    public long Start { get; }
    public long Stop { get; }
    public long Step { get; }

    /// <summary>Whether the bounds or length need BigInteger (then Start/Stop/Step are not meaningful).</summary>
    public bool IsBig => _big is not null;

    public override PyType Type => TypeObject;

    public long Count
    {
        get
        {
            if (_big is not null) return Length();
            return checked((long)LengthOf(Start, Stop, Step));
        }
    }

    private BigInteger BigStart => _big?.Start ?? Start;
    private BigInteger BigStop => _big?.Stop ?? Stop;
    private BigInteger BigStep => _big?.Step ?? Step;
    private BigInteger BigLength => _big?.Length ?? Count;

    /// <summary>The range of these bounds, on the 64-bit path when they and the length fit.</summary>
    public static PyRange Create(BigInteger start, BigInteger stop, BigInteger step)
    {
        var length = step.Sign > 0
            ? (start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero)
            : (start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero);
        if (Fits(start) && Fits(stop) && Fits(step) && Fits(length)) return new PyRange((long)start, (long)stop, (long)step);
        return new PyRange(new BigBounds(start, stop, step, length));
    }

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    public override long Length()
    {
        if (_big is null) return Count;
        return Fits(_big.Length) ? (long)_big.Length : throw Errors.OverflowError("Python int too large to convert to C ssize_t");
    }

    public override bool IsTrue() => _big is null ? Count != 0 : !_big.Length.IsZero;

    public override PyIterator Iter() => _big is null ? new RangeIterator(Start, Step, Count) : new BigRangeIterator(_big.Start, _big.Step, _big.Length);

    /// <summary><c>reversed(range)</c>: the same items walked from the last one back.</summary>
    public PyIterator Reversed()
    {
        if (_big is null)
        {
            var n = Count;
            // The last item lies between start and stop, so it fits; only -long.MinValue does not.
            if (n == 0) return new RangeIterator(Start, Step, 0);
            if (Step != long.MinValue) return new RangeIterator(Start + (n - 1) * Step, -Step, n);
        }
        var length = BigLength;
        return new BigRangeIterator(BigStart + (length - 1) * BigStep, -BigStep, length);
    }

    public override string Repr() => _big is null
        ? (Step == 1 ? $"range({Start}, {Stop})" : $"range({Start}, {Stop}, {Step})")
        // IntFormatting.Decimal, not BigInteger's formatting: see IntFormatting.Decimal.
        : (_big.Step.IsOne
            ? $"range({IntFormatting.Decimal(_big.Start)}, {IntFormatting.Decimal(_big.Stop)})"
            : $"range({IntFormatting.Decimal(_big.Start)}, {IntFormatting.Decimal(_big.Stop)}, {IntFormatting.Decimal(_big.Step)})");

    public override PyObject? GetItem(PyObject key)
    {
        if (key is PySlice s)
        {
            var (start, stop, step) = SliceIndices(s, BigLength);
            return Create(BigStart + start * BigStep, BigStart + stop * BigStep, BigStep * step);
        }
        var index = Operations.Conversions.ToIndexObject(key, "range indices must be integers or slices, not ");
        if (_big is null && index.IsSmall)
        {
            var i = index.Small;
            var n = Count;
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.IndexError("range object index out of range");
            return PyInt.From(Start + i * Step);
        }
        var bi = index.Big;
        var length = BigLength;
        if (bi.Sign < 0) bi += length;
        if (bi.Sign < 0 || bi >= length) throw Errors.IndexError("range object index out of range");
        return PyInt.From(BigStart + bi * BigStep);
    }

    /// <summary>slice.indices(length) without a 64-bit limit: range slicing keeps exact big steps.</summary>
    private static (BigInteger Start, BigInteger Stop, BigInteger Step) SliceIndices(PySlice s, BigInteger length)
    {
        var step = s.StepValue is PyNone ? BigInteger.One : SliceIndex(s.StepValue);
        if (step.IsZero) throw Errors.ValueError("slice step cannot be zero");
        var lower = step.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = step.Sign < 0 ? length - 1 : length;
        BigInteger Adjust(PyObject bound, BigInteger absent)
        {
            if (bound is PyNone) return absent;
            var v = SliceIndex(bound);
            if (v.Sign < 0)
            {
                v += length;
                return v < lower ? lower : v;
            }
            return v > upper ? upper : v;
        }
        var start = Adjust(s.Start, step.Sign < 0 ? upper : lower);
        var stop = Adjust(s.Stop, step.Sign < 0 ? lower : upper);
        return (start, stop, step);
    }

    private static BigInteger SliceIndex(PyObject o) =>
        (o as PyInt ?? (o.Type.Lookup("__index__") is not null ? Operations.Conversions.Index(o)
            : throw Errors.TypeError("slice indices must be integers or None or have an __index__ method"))).Big;

    /// <summary>The position of <paramref name="value"/> in the range, or null.</summary>
    public PyInt? IndexOf(PyObject value)
    {
        if (value is not PyInt i)
        {
            var it = Iter();
            var k = BigInteger.Zero;
            for (var v = it.Next(); v is not null; v = it.Next(), k++)
            {
                if (Operations.Comparison.Equal(v, value)) return PyInt.From(k);
            }
            return null;
        }
        if (_big is null && i.IsSmall)
        {
            var p = SmallIndexOf(i.Small);
            return p == NotInRange ? null : p <= long.MaxValue ? PyInt.From((long)p) : PyInt.From(new BigInteger(p));
        }
        var x = i.Big;
        var step = BigStep;
        if (step.Sign > 0 ? x < BigStart || x >= BigStop : x > BigStart || x <= BigStop) return null;
        var offset = x - BigStart;
        return (offset % step).IsZero ? PyInt.From(offset / step) : null;
    }

    // No index a range of longs has: the largest is 2**64 - 2 (from long.MinValue up to long.MaxValue).
    private const ulong NotInRange = ulong.MaxValue;

    /// <summary>The index of <paramref name="x"/>, or <see cref="NotInRange"/>: the distance from the start of two longs needs all 64 bits unsigned.</summary>
    private ulong SmallIndexOf(long x)
    {
        if (Step > 0 ? x < Start || x >= Stop : x > Start || x <= Stop) return NotInRange;
        var distance = Step > 0 ? unchecked((ulong)(x - Start)) : unchecked((ulong)(Start - x));
        var stride = Step > 0 ? (ulong)Step : unchecked((ulong)-Step);
        return distance % stride == 0 ? distance / stride : NotInRange;
    }

    public override bool? Contains(PyObject value) =>
        _big is null && value is PyInt { IsSmall: true } i ? SmallIndexOf(i.Small) != NotInRange : IndexOf(value) is not null;

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyRange o || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        bool equal;
        if (_big is null && o._big is null)
        {
            var n = Count;
            equal = n == o.Count && (n == 0 || (Start == o.Start && (n == 1 || Step == o.Step)));
        }
        else
        {
            var n = BigLength;
            equal = n == o.BigLength && (n.IsZero || (BigStart == o.BigStart && (n.IsOne || BigStep == o.BigStep)));
        }
        return PyBool.From(equal == (op == CompareOp.Eq));
    }

    public override long Hash()
    {
        var n = BigLength;
        PyObject[] key = n.IsZero ? [PyInt.From(0), PyNone.Instance, PyNone.Instance]
            : n.IsOne ? [PyInt.From(1), PyInt.From(BigStart), PyNone.Instance]
            : [PyInt.From(n), PyInt.From(BigStart), PyInt.From(BigStep)];
        return PyTuple.FromArray(key).Hash();
    }

    private static PyType CreateType()
    {
        var type = new PyType("range", null);
        type.Method("index", static (self, x) =>
            ((PyRange)self).IndexOf(x) ?? throw Errors.ValueError(x is PyInt ? $"{x.Repr()} is not in range" : "sequence.index(x): x not in sequence"));
        type.Method("count", static (self, x) => PyInt.From(((PyRange)self).IndexOf(x) is not null ? 1 : 0));
        type.Method("__reversed__", static self => ((PyRange)self).Reversed());
        type.Property("start", static self => self is PyRange { _big: { } b } ? PyInt.From(b.Start) : PyInt.From(((PyRange)self).Start));
        type.Property("stop", static self => self is PyRange { _big: { } b } ? PyInt.From(b.Stop) : PyInt.From(((PyRange)self).Stop));
        type.Property("step", static self => self is PyRange { _big: { } b } ? PyInt.From(b.Step) : PyInt.From(((PyRange)self).Step));
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("range() takes no keyword arguments");
            return args.Length switch
            {
                1 => Make(PyInt.Zero, Bound(args[0]), PyInt.One),
                2 => Make(Bound(args[0]), Bound(args[1]), PyInt.One),
                3 => Make(Bound(args[0]), Bound(args[1]), Bound(args[2])),
                0 => throw Errors.TypeError("range expected at least 1 argument, got 0"),
                _ => throw Errors.TypeError($"range expected at most 3 arguments, got {args.Length}"),
            };
        };
        SlotWrappers.Add(type, "__repr__", "__hash__", "__bool__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
            "__iter__", "__len__", "__getitem__", "__contains__");
        return type;
    }

    private static PyRange Make(PyInt start, PyInt stop, PyInt step)
    {
        if (step.IsSmall && step.Small == 0) throw Errors.ValueError("range() arg 3 must not be zero");
        if (start.IsSmall && stop.IsSmall && step.IsSmall)
        {
            var r = new PyRange(start.Small, stop.Small, step.Small);
            // A length past long.MaxValue (range(-2**63, 2**63-1)) takes the big path.
            var (a, b, c) = (start.Small, stop.Small, step.Small);
            if (LengthOf(a, b, c) <= long.MaxValue) return r;
        }
        return Create(start.Big, stop.Big, step.Big);
    }

    /// <summary>The number of items of range(a, b, c), c != 0: the distance between two longs always fits an unsigned long.</summary>
    private static ulong LengthOf(long a, long b, long c)
    {
        if (c > 0) return a < b ? (unchecked((ulong)b - (ulong)a) - 1) / (ulong)c + 1 : 0;
        return a > b ? (unchecked((ulong)a - (ulong)b) - 1) / unchecked(0UL - (ulong)c) + 1 : 0;
    }

    private static PyInt Bound(PyObject o) => Operations.Conversions.Index(o);
}
