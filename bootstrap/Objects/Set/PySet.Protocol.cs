using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>set and frozenset: the operators and the protocol hooks.</summary>
public partial class PySet
{
    public override long Length() => _used;
    public override bool IsTrue() => _used != 0;
    public override PyIterator Iter() => new SetIterator(this);

    public override bool? Contains(PyObject value) => ContainsValue(value);

    /// <summary><c>value in self</c>: an exact int without the class tests, a set as the equal frozenset.</summary>
    public bool ContainsValue(PyObject value)
    {
        if (value.GetType() == typeof(PyInt) && System.Runtime.CompilerServices.Unsafe.As<PyInt>(value).IsSmall)
        {
            return ContainsInt(System.Runtime.CompilerServices.Unsafe.As<PyInt>(value).Small, value);
        }
        // An exact str before the set test below (Lookup's tight probe takes it).
        if (PyStr.IsExact(value)) return Lookup(value, System.Runtime.CompilerServices.Unsafe.As<PyStr>(value).TextHash()) >= 0;
        if (IsMutableSet(value)) value = System.Runtime.CompilerServices.Unsafe.As<PySet>(value).Copy(frozen: true);
        return ContainsKey(value);
    }

    public override long Hash()
    {
        if (!Frozen) throw Errors.TypeError($"unhashable type: '{Type.TpName}'");
        if (_frozenHash != -1) return _frozenHash;
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        for (var pos = 0; NextHash(ref pos, out var h);) hash ^= Shuffle((ulong)h);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return _frozenHash = (long)hash;
    }

    public override string Repr()
    {
        var name = Type.Name;
        if (_used == 0) return name + "()";
        if (!Text.EnterRepr(this)) return name + "(...)";
        try
        {
            var sb = new System.Text.StringBuilder();
            var named = Frozen || !ReferenceEquals(Type, SetType);
            if (named) sb.Append(name).Append('(');
            sb.Append('{');
            var first = true;
            for (var pos = 0; NextEntry(ref pos, out var k, out _);)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Repr());
            }
            sb.Append('}');
            if (named) sb.Append(')');
            return sb.ToString();
        }
        finally
        {
            Text.LeaveRepr(this);
        }
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySet o) return null;
        return op switch
        {
            CompareOp.Eq => PyBool.From(EqualsSet(o)),
            CompareOp.Ne => PyBool.From(!EqualsSet(o)),
            CompareOp.Le => PyBool.From(IsSubsetOf(o)),
            CompareOp.Ge => PyBool.From(o.IsSubsetOf(this)),
            CompareOp.Lt => PyBool.From(_used < o._used && IsSubsetOf(o)),
            _ => PyBool.From(_used > o._used && o.IsSubsetOf(this)),
        };
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySet o) return null;
        switch (op)
        {
            case BinaryOperator.BitOr: return Union([o]);
            case BinaryOperator.BitAnd: return Intersection(o);
            case BinaryOperator.Sub: return Difference(o);
            case BinaryOperator.BitXor: return SymmetricDifference(o);
            default: return null;
        }
    }

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (Frozen || other is not PySet o) return null;
        switch (op)
        {
            case BinaryOperator.BitOr: Merge(o); return this;
            case BinaryOperator.BitAnd: IntersectionUpdate(o); return this;
            case BinaryOperator.Sub: DifferenceUpdate(o); return this;
            case BinaryOperator.BitXor: SymmetricDifferenceUpdate(o); return this;
            default: return null;
        }
    }

    /// <summary>
    /// A set display of constants. CPython folds the items into a frozenset constant, rebuilds it
    /// once more when merging the code object's constants (from the first one's iteration order),
    /// and at run time merges that into a new set: each step can change the table order.
    /// </summary>
    public static PySet FromConstants(PyObject[] items)
    {
        var folded = new PySet(frozen: true);
        foreach (var item in items) folded.Add(item);
        var merged = new PySet(frozen: true);
        for (var pos = 0; folded.NextEntry(ref pos, out var k, out _);) merged.Add(k);
        var result = new PySet();
        result.Merge(merged);
        return result;
    }

    /// <summary>For set displays: <c>{a, b}</c> adds items in source order.</summary>
    public PySet With(PyObject item)
    {
        Add(item);
        return this;
    }

    /// <summary>For <c>{*xs}</c> in a set display.</summary>
    public PySet WithAll(PyObject iterable)
    {
        UpdateWith(iterable);
        return this;
    }
}
