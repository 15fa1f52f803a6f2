using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// set and frozenset: the bulk operations, each walking its operands and sizing its result as
/// CPython's setobject.c does, since table sizes and insertion order decide iteration order.
/// </summary>
public partial class PySet
{
    /// <summary>CPython's PyDict_CheckExact: a dict subclass is walked as any iterable.</summary>
    private static bool IsExactDict(PyObject o) => o.GetType() == typeof(PyDict);

    /// <summary>CPython's set_update_internal.</summary>
    public void UpdateWith(PyObject other)
    {
        if (other is PySet s)
        {
            Merge(s);
            return;
        }
        if (IsExactDict(other))
        {
            // One resize up front, then the dict's stored hashes (no __hash__ call).
            var d = (PyDict)other;
            if ((long)(_fill + d.Count) * 5 >= (long)Mask * 3) Resize((_used + (long)d.Count) * 2);
            for (var pos = 0; d.NextKey(ref pos, out var k, out var h);) AddEntry(k, h);
            return;
        }
        if (other is PyRange { IsBig: false } r)
        {
            if (TryRangeAtHome(r.Start, r.Step, r.Count)) return;
            // range is final: its items are its arithmetic, added without making them objects.
            var value = r.Start;
            for (var i = r.Count; i > 0; i--, value = unchecked(value + r.Step)) AddInt(value);
            return;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next()) Add(v);
    }

    /// <summary>CPython's set_merge: one resize up front; an empty table copies or inserts without probing for equals.</summary>
    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3) Resize((_used + (long)other._used) * 2);
        TakeModeWhileEmpty(other.IntMode);
        TakeWidthWhileEmpty(other._narrow);
        if (_fill == 0 && _narrow == other._narrow && _hashes.Length == other._hashes.Length && other._fill == other._used)
        {
            if (!IntMode) Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            // No Python code runs here: the other's table is walked directly.
            if (IntMode)
            {
                // Both of one width (see TakeWidthWhileEmpty): every key fits, a narrow slot value as it is.
                if (_narrow)
                {
                    using var packed = other.NarrowKeys();
                    foreach (var slot in packed.Slots) InsertCleanNarrow(_hashes, slot);
                }
                else
                {
                    for (var pos = 0; other.NextInt(ref pos, out var v);) InsertCleanInt(v);
                }
            }
            else
            {
                var (keys, hashes) = (other._keys, other._hashes);
                for (var i = 0; i < keys.Length && i < hashes.Length; i++)
                {
                    if (keys[i].Key is { } k && hashes[i] != -1) InsertClean(_keys, _hashes, k, hashes[i]);
                }
            }
            _fill = _used = other._used;
            return;
        }
        if (IntMode && other.IntMode)
        {
            if (other._narrow)
            {
                using var packed = other.NarrowKeys();
                foreach (var slot in packed.Slots) AddUnboxed(NarrowValue(slot));
                return;
            }
            for (var pos = 0; other.NextInt(ref pos, out var v);) AddUnboxed(v);
            return;
        }
        for (var pos = 0; other.NextEntry(ref pos, out var k, out var h);) AddEntry(k, h);
    }

    /// <summary>CPython's set_copy: a new set merged with this one, its table sized by that merge.</summary>
    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen, PresizedFor(_used), this);
        s.Merge(this);
        return s;
    }

    /// <summary><c>a | b</c>, set.union: a copy updated with each operand but this one.</summary>
    public PySet Union(ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 1 && others[0] is PySet single && !ReferenceEquals(single, this) && UnionAtHome(single) is { } atHome) return atHome;
        var result = Copy(Frozen);
        foreach (var o in others)
        {
            if (!ReferenceEquals(o, this)) result.UpdateWith(o);
        }
        return result;
    }

    /// <summary>CPython's set_intersection: the result grows key by key (its table sizes decide its order).</summary>
    public PySet Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return Copy(Frozen);
        PySet result;
        if (other is PySet o)
        {
            var (small, big) = o._used > _used ? (this, o) : (o, this);
            if (small.IntMode && big.IntMode)
            {
                if (small._narrow) return FilterNarrow(Frozen, small, big, keepFound: true);
                result = new PySet(Frozen);
                for (var pos = 0; small.NextInt(ref pos, out var v);)
                {
                    if (big.FindInt(v) >= 0) result.AddUnboxed(v);
                }
                return result;
            }
            // Keys of a general table: the result starts general (an int-mode one would turn general
            // at its first str key, slot for slot, the same table).
            result = new PySet(Frozen, MinSize, small.IntMode ? null : small);
            for (var pos = 0; small.NextEntry(ref pos, out var k, out var h);)
            {
                if (big.Lookup(k, h) >= 0) result.AddEntry(k, h);
            }
            return result;
        }
        result = new PySet(Frozen);
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            var h = HashOf(v);
            if (Lookup(v, h) >= 0) result.AddEntry(v, h);
        }
        return result;
    }

    /// <summary>CPython's set_difference: this set's keys missing from a set or exact dict, else a copy with the other's keys discarded.</summary>
    public PySet Difference(PyObject other)
    {
        long otherSize;
        if (other is PySet os) otherSize = os._used;
        else if (IsExactDict(other)) otherSize = ((PyDict)other).Count;
        else return CopyAndDifference(other);
        if ((_used >> 2) > otherSize) return CopyAndDifference(other);
        if (other is PySet ints && IntMode && ints.IntMode && _narrow) return FilterNarrow(Frozen, this, ints, keepFound: false);
        var result = new PySet(Frozen, MinSize, IntMode ? null : this);
        if (other is PySet s)
        {
            if (IntMode && s.IntMode)
            {
                for (var pos = 0; NextInt(ref pos, out var v);)
                {
                    if (s.FindInt(v) < 0) result.AddUnboxed(v);
                }
                return result;
            }
            for (var pos = 0; NextEntry(ref pos, out var k, out var h);)
            {
                if (s.Lookup(k, h) < 0) result.AddEntry(k, h);
            }
            return result;
        }
        var d = (PyDict)other;
        for (var pos = 0; NextEntry(ref pos, out var k, out var h);)
        {
            if (d.TryGet(k, h) is null) result.AddEntry(k, h);
        }
        return result;
    }

    private PySet CopyAndDifference(PyObject other)
    {
        var result = Copy(Frozen);
        result.DifferenceUpdate(other);
        return result;
    }

    /// <summary>CPython's set_difference_update_internal.</summary>
    public void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (other is PySet s)
        {
            // A much bigger other: only the keys both hold matter.
            if ((s._used >> 3) > _used) s = Intersection(s);
            if (IntMode && s.IntMode)
            {
                if (s._narrow)
                {
                    using var packed = s.NarrowKeys();
                    foreach (var slot in packed.Slots) DiscardUnboxed(NarrowValue(slot));
                }
                else
                {
                    for (var pos = 0; s.NextInt(ref pos, out var v);) DiscardUnboxed(v);
                }
            }
            else
            {
                for (var pos = 0; s.NextEntry(ref pos, out var k, out var h);) DiscardEntry(k, h);
            }
        }
        else
        {
            var it = Iteration.GetIter(other);
            for (var v = it.Next(); v is not null; v = it.Next()) Discard(v);
        }
        // More than a quarter dummies: rebuild without them.
        if (_fill - _used > Mask / 4) Resize(_used > 50000 ? _used * 2L : _used * 4L);
    }

    /// <summary>CPython's set_intersection_update: the intersection's table becomes this set's.</summary>
    public void IntersectionUpdate(PyObject other)
    {
        var r = Intersection(other);
        DropPacking();
        var (keys, hashes) = (_keys, _hashes);
        _keys = r._keys;
        _hashes = r._hashes;
        _narrow = r._narrow;
        ReleaseTable(keys, hashes);
        _fill = r._fill;
        _used = r._used;
    }

    /// <summary>CPython's set_symmetric_difference_update.</summary>
    public void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (IsExactDict(other))
        {
            var d = (PyDict)other;
            for (var pos = 0; d.NextKey(ref pos, out var k, out var h);)
            {
                if (!DiscardEntry(k, h)) AddEntry(k, h);
            }
            return;
        }
        var o = other as PySet ?? new PySet(other, Frozen);
        if (IntMode && o.IntMode)
        {
            if (o._narrow)
            {
                using var packed = o.NarrowKeys();
                foreach (var slot in packed.Slots) ToggleUnboxed(NarrowValue(slot));
                return;
            }
            for (var pos = 0; o.NextInt(ref pos, out var v);) ToggleUnboxed(v);
            return;
        }
        for (var pos = 0; o.NextEntry(ref pos, out var k, out var h);)
        {
            if (!DiscardEntry(k, h)) AddEntry(k, h);
        }
    }

    /// <summary>CPython's set_symmetric_difference: a set of the other's keys, updated with this one's.</summary>
    public PySet SymmetricDifference(PyObject other)
    {
        var result = new PySet(other, Frozen);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    public bool IsSubsetOf(PySet other)
    {
        if (_used > other._used) return false;
        if (IntMode && other.IntMode)
        {
            if (_narrow) return NarrowKeysIn(other);
            for (var pos = 0; NextInt(ref pos, out var v);)
            {
                if (other.FindInt(v) < 0) return false;
            }
            return true;
        }
        for (var pos = 0; NextEntry(ref pos, out var k, out var h);)
        {
            if (other.Lookup(k, h) < 0) return false;
        }
        return true;
    }

    /// <summary>Whether the int set <paramref name="other"/> holds every key of this narrow one.</summary>
    private bool NarrowKeysIn(PySet other)
    {
        using var keys = NarrowKeys();
        foreach (var slot in keys.Slots)
        {
            if (other.FindInt(NarrowValue(slot)) < 0) return false;
        }
        return true;
    }

    /// <summary>CPython's set_issubset: any other iterable becomes a set first.</summary>
    public bool IsSubsetOf(PyObject other) => IsSubsetOf(other as PySet ?? new PySet(other));

    /// <summary>CPython's set_issuperset: a non-set is walked, stopping at the first key missing here.</summary>
    public bool IsSupersetOf(PyObject other)
    {
        if (other is PySet s) return s.IsSubsetOf(this);
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (!ContainsKey(v)) return false;
        }
        return true;
    }

    /// <summary>CPython's set_isdisjoint: only an exact set or frozenset is probed by its table; anything else is iterated.</summary>
    public bool IsDisjoint(PyObject other)
    {
        if (ReferenceEquals(other, this)) return _used == 0;
        if (other.GetType() == typeof(PySet))
        {
            var o = (PySet)other;
            var (small, big) = o._used > _used ? (this, o) : (o, this);
            if (small.IntMode && big.IntMode)
            {
                for (var pos = 0; small.NextInt(ref pos, out var v);)
                {
                    if (big.FindInt(v) >= 0) return false;
                }
                return true;
            }
            for (var pos = 0; small.NextEntry(ref pos, out var k, out var h);)
            {
                if (big.Lookup(k, h) >= 0) return false;
            }
            return true;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (ContainsKey(v)) return false;
        }
        return true;
    }

    /// <summary>set == set: CPython compares sizes, then two frozensets' computed hashes, then keys.</summary>
    private bool EqualsSet(PySet o) =>
        _used == o._used && (_frozenHash == -1 || o._frozenHash == -1 || _frozenHash == o._frozenHash) && IsSubsetOf(o);
}
