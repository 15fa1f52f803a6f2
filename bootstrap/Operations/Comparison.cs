using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Rich comparisons, identity and membership.</summary>
public static class Comparison
{
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (SmallInts(a, b, out var order)) return PyBool.From(op.Holds(order));
        if (ExactFloats(a, b)) return PyBool.From(FloatComparison.Compare(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, op));
        if (ExactStrs(a, b)) return PyBool.From(Unsafe.As<PyStr>(a).CompareText(Unsafe.As<PyStr>(b), op));
        // Tuples before the instance test: `is PyInstance` is the cast helper's walk of the class chain.
        if (ExactTuples(a, b)) return CompareSequences(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items, op);
        if (IdentityEquality(a, b, op)) return PyBool.From(ReferenceEquals(a, b) == (op == CompareOp.Eq));
        return CompareGeneral(a, b, op);
    }

    /// <summary>The comparison as a C# bool, for conditions (<c>if a &lt; b:</c>).</summary>
    /// <remarks>
    /// Inlined: compiled code passes the operator as a constant, so two ints (<c>n.color == EMPTY</c>)
    /// cost the type tests and one compare, without a call or a switch on the operator.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (SmallInts(a, b, out var order)) return op.Holds(order);
        return CompareBoolOther(a, b, op);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CompareBoolOther(PyObject a, PyObject b, CompareOp op)
    {
        if (ExactFloats(a, b)) return FloatComparison.Compare(Unsafe.As<PyFloat>(a).Value, Unsafe.As<PyFloat>(b).Value, op);
        if (ExactStrs(a, b)) return Unsafe.As<PyStr>(a).CompareText(Unsafe.As<PyStr>(b), op);
        // Exact ints past 64 bits (dict keys, sort keys): their limbs, without the generic protocol.
        if (PyInt.IsExact(a) && PyInt.IsExact(b)) return op.Holds(Unsafe.As<PyInt>(a).CompareTo(Unsafe.As<PyInt>(b)));
        // Tuples (dict keys such as (x, y)) before the instance test, as in Compare.
        if (ExactTuples(a, b)) return CompareSequencesBool(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items, op);
        if (IdentityEquality(a, b, op)) return ReferenceEquals(a, b) == (op == CompareOp.Eq);
        var r = CompareGeneral(a, b, op);
        return r is PyBool bo ? bo.Value : Truth.IsTrue(r);
    }

    /// <summary>
    /// <c>a &lt; b</c> as a C# bool: the one comparison heapq and sorted containers ask. Exact
    /// tuples (heap entries such as (dist, node)) go straight to the item loop, whose leading exact
    /// ints, floats and strs are decided there; anything else takes <see cref="CompareBool"/>'s way.
    /// </summary>
    public static bool LessThan(PyObject a, PyObject b)
    {
        if (SmallInts(a, b, out var order)) return order < 0;
        if (ExactTuples(a, b)) return CompareSequencesBool(Unsafe.As<PyTuple>(a).Items, Unsafe.As<PyTuple>(b).Items, CompareOp.Lt);
        return CompareBoolOther(a, b, CompareOp.Lt);
    }

    /// <summary>
    /// The order of two exact ints that fit a long (not bools, not subclasses). An out parameter,
    /// not an int?: a returned Nullable went through the stack in a way that stalled every compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SmallInts(PyObject a, PyObject b, out int order)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
        {
            var x = Unsafe.As<PyInt>(a);
            var y = Unsafe.As<PyInt>(b);
            if (x.IsSmall && y.IsSmall)
            {
                order = x.Small.CompareTo(y.Small);
                return true;
            }
        }
        order = 0;
        return false;
    }

    // Two exact floats (self.x > other.x on attributes, max(a, b)): IEEE comparison, where NaN is
    // unordered (only != holds), as float's own rich comparison, without the protocol's lookups.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExactFloats(PyObject a, PyObject b) => a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat);

    // Two exact strs (no subclass can override a comparison): compared as text without the rich-compare protocol.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExactStrs(PyObject a, PyObject b) => PyStr.IsExact(a) && PyStr.IsExact(b);

    // == or != between two instances of one class that inherits both from object (enum members,
    // sentinels, nodes): identity answers, as object.__eq__ and then the default comparison would,
    // without looking the methods up or calling them. A subclass on either side, or a class with
    // its own __eq__ (or __ne__ for !=), takes the protocol.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IdentityEquality(PyObject a, PyObject b, CompareOp op) =>
        op is CompareOp.Eq or CompareOp.Ne && a is PyInstance ia && b is PyInstance ib && ReferenceEquals(ia.Type, ib.Type) && ObjectMethods.InheritsEquality(ia.Type, op);

    // Two exact tuples (heap entries, sort keys, (self.a, self.b) < (other.a, other.b)): tuple's own
    // comparison without the protocol's subclass check and virtual call; a subclass may override it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ExactTuples(PyObject a, PyObject b) => PyTuple.AsExact(a) is not null && PyTuple.AsExact(b) is not null;

    private static PyObject CompareGeneral(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type;
        var tb = b.Type;
        // A subclass's reflected method goes first, and is then not tried again (CPython's do_richcompare).
        var reflectedTried = !ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta);
        if (reflectedTried)
        {
            var first = b.RichCompare(a, op.Swapped());
            if (first is not null) return first;
        }
        var result = a.RichCompare(b, op) ?? (reflectedTried ? null : b.RichCompare(a, op.Swapped()));
        if (result is not null) return result;
        return op switch
        {
            CompareOp.Eq => PyBool.From(ReferenceEquals(a, b)),
            CompareOp.Ne => PyBool.From(!ReferenceEquals(a, b)),
            _ => throw Errors.TypeError($"'{op.Symbol()}' not supported between instances of '{ta.TpName}' and '{tb.TpName}'"),
        };
    }

    /// <summary>Equality as containers use it: identity implies equality (CPython's PyObject_RichCompareBool).</summary>
    public static bool Equal(PyObject a, PyObject b) => ReferenceEquals(a, b) || CompareBool(a, b, CompareOp.Eq);

    /// <summary><c>item in container</c>, operands in source order.</summary>
    public static bool In(PyObject item, PyObject container) => Contains(container, item);

    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.GetType() == typeof(PySet)) return Unsafe.As<PySet>(container).ContainsValue(item);
        var direct = container.Contains(item);
        if (direct.HasValue) return direct.Value;
        var it = container.Iter() ?? throw Errors.TypeError($"argument of type '{container.Type.TpName}' is not iterable");
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (Equal(v, item)) return true;
        }
        return false;
    }

    /// <summary>Lexicographic comparison of two sequences, as list and tuple do.</summary>
    public static PyObject CompareSequences(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        var i = CompareLeading(a, b, op, out var decided);
        return i < 0 ? PyBool.From(decided) : CompareRest(a, b, i, op);
    }

    /// <summary><see cref="CompareSequences"/> as a C# bool (the result's truth), without the bool object where the leading items decide.</summary>
    private static bool CompareSequencesBool(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        var i = CompareLeading(a, b, op, out var decided);
        if (i < 0) return decided;
        var r = CompareRest(a, b, i, op);
        return r is PyBool bo ? bo.Value : Truth.IsTrue(r);
    }

    /// <summary>
    /// Leading items that are exact ints, floats or strs compare here without the recursion guard
    /// (they cannot hold the container): -1 when they decide (the result in <paramref name="decided"/>),
    /// else the index of the first pair left to the general comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareLeading(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op, out bool decided)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var x = a[i];
            var y = b[i];
            if (ReferenceEquals(x, y)) continue;
            // The first unequal pair decides, as its own comparison with op (which is false for == and true for !=).
            if (SmallInts(x, y, out var order))
            {
                if (order == 0) continue;
                decided = op.Holds(order);
                return -1;
            }
            if (ExactStrs(x, y))
            {
                if (Unsafe.As<PyStr>(x).CompareText(Unsafe.As<PyStr>(y), CompareOp.Eq)) continue;
                decided = Unsafe.As<PyStr>(x).CompareText(Unsafe.As<PyStr>(y), op);
                return -1;
            }
            if (ExactFloats(x, y))
            {
                if (Unsafe.As<PyFloat>(x).Value == Unsafe.As<PyFloat>(y).Value) continue;
                decided = FloatComparison.Compare(Unsafe.As<PyFloat>(x).Value, Unsafe.As<PyFloat>(y).Value, op);
                return -1;
            }
            decided = false;
            return i;
        }
        decided = op.Holds(a.Length.CompareTo(b.Length));
        return -1;
    }

    private static PyObject CompareRest(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, int i, CompareOp op)
    {
        // Containers holding themselves recurse here: RecursionError at the limit, as CPython's does.
        Hosting.CallDepth.EnterNested(" in comparison");
        try
        {
            // Slicing both keeps the difference of their lengths, which decides when all items are equal.
            return CompareItems(a[i..], b[i..], op);
        }
        finally
        {
            Hosting.CallDepth.Leave();
        }
    }

    private static PyObject CompareItems(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        var n = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < n && Equal(a[i], b[i])) i++;
        if (i >= n) return PyBool.From(op.Holds(a.Length.CompareTo(b.Length)));
        return op switch
        {
            CompareOp.Eq => PyBool.False,
            CompareOp.Ne => PyBool.True,
            _ => Compare(a[i], b[i], op),
        };
    }
}
