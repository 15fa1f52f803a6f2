using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's set and frozenset: CPython's open-addressing table (same sizes, linear probes then
/// perturbation, dummies reused on insertion), so iteration order equals CPython's for keys whose
/// hashes do. See CPython's Objects/setobject.c for the algorithm's rationale.
/// </summary>
public partial class PySet : PyObject
{
    public static readonly PyType SetType = SetMethods.CreateSetType();
    public static readonly PyType FrozenSetType = SetMethods.CreateFrozenSetType();

    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject s_dummy = new PyTuple([]);

    private PyObject?[] _keys;
    private long[] _hashes;
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _mask;
    private int _finger;
    private long _frozenHash = -1;

    // id(self)'s serial (see Identity.FromField): fits beside Frozen in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    public PySet(bool frozen = false)
    {
        Frozen = frozen;
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
    }

    /// <summary>A set of the items of <paramref name="iterable"/> (CPython's set_update_internal).</summary>
    public PySet(PyObject iterable, bool frozen = false) : this(frozen) => UpdateWith(iterable);

    public bool Frozen { get; }
    public override PyType Type => Frozen ? FrozenSetType : SetType;
    public int Count => _used;

    private static long HashOf(PyObject key)
    {
        // Exact ints first (an exact-type test is one compare; subclasses may override __hash__).
        if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall) return IntHash.Of(Unsafe.As<PyInt>(key).Small);
        // An exact str before the class test below (a runtime call that walks the class chain).
        if (key.GetType() == typeof(PyStr)) return Unsafe.As<PyStr>(key).TextHash();
        if (key is PySet { Frozen: false }) throw Errors.TypeError($"unhashable type: '{key.Type.Name}'");
        return Hashing.Hash(key);
    }

    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
        {
            return Unsafe.As<PyInt>(a).Small == Unsafe.As<PyInt>(b).Small;
        }
        // Exact strs (PyStrSubclass is the only other PyStr): one compare each, no class test.
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            return string.Equals(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value, StringComparison.Ordinal);
        }
        return Comparison.Equal(a, b);
    }

    // _keys is always a PyObject?[] made here, never a covariant view: skip the array store type check.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetKey(int slot, PyObject key)
    {
        var keys = _keys;
        if ((uint)slot >= (uint)keys.Length) throw new IndexOutOfRangeException();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(keys), slot) = key;
    }

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    private int Lookup(PyObject key, long hash)
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)_mask);
        while (true)
        {
            var probes = i + LinearProbes <= _mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = _keys[j];
                if (k is null) return -1;
                if (_hashes[j] == hash && (ReferenceEquals(k, key) || KeyEquals(k, key))) return j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)_mask);
        }
    }

    public bool ContainsKey(PyObject key) => Lookup(key, HashOf(key)) >= 0;

    /// <summary>
    /// Whether the int <paramref name="value"/> is a member, found without boxing it: an exact int
    /// key compares natively, any other key with the same hash (1.0 for 1) by Python equality with
    /// <paramref name="boxed"/> (the original object) or a new int.
    /// </summary>
    public bool ContainsInt(long value, PyObject? boxed = null)
    {
        var hash = IntHash.Of(value);
        var perturb = (ulong)hash;
        // Every probe index is masked by the arrays' own length: no bounds checks in the loop.
        var keyArray = _keys;
        var hashArray = _hashes;
        if (hashArray.Length != keyArray.Length) return ContainsKey(boxed ?? PyInt.From(value));
        var mask = keyArray.Length - 1;
        var i = (int)((ulong)hash & (ulong)mask);
        ref var keys = ref MemoryMarshal.GetArrayDataReference(keyArray);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashArray);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = Unsafe.Add(ref keys, j);
                if (k is null) return false;
                if (Unsafe.Add(ref hashes, j) == hash)
                {
                    if (k.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(k).IsSmall)
                    {
                        if (Unsafe.As<PyInt>(k).Small == value) return true;
                    }
                    else if (OtherKeyEquals(k, value, boxed)) return true;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool OtherKeyEquals(PyObject key, long value, PyObject? boxed) => KeyEquals(key, boxed ?? PyInt.From(value));

    /// <summary>Adds <paramref name="key"/>; false when it was already present.</summary>
    public bool Add(PyObject key) => AddEntry(key, HashOf(key));

    private bool AddEntry(PyObject key, long hash)
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)_mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= _mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = _keys[j];
                if (k is null)
                {
                    if (freeSlot >= 0)
                    {
                        SetKey(freeSlot, key);
                        _hashes[freeSlot] = hash;
                        _used++;
                        return true;
                    }
                    SetKey(j, key);
                    _hashes[j] = hash;
                    _fill++;
                    _used++;
                    if ((long)_fill * 5 >= (long)_mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (_hashes[j] == hash && !ReferenceEquals(k, s_dummy) && (ReferenceEquals(k, key) || KeyEquals(k, key))) return false;
                if (ReferenceEquals(k, s_dummy) && freeSlot < 0) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)_mask);
        }
    }

    private static void InsertClean(PyObject?[] keys, long[] hashes, int mask, PyObject key, long hash)
    {
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (keys[i] is null) { keys[i] = key; hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (var j = 1; j <= LinearProbes; j++)
                {
                    if (keys[i + j] is null) { keys[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        var size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldKeys = _keys;
        var oldHashes = _hashes;
        _keys = new PyObject?[size];
        _hashes = new long[size];
        _mask = size - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i];
            if (k is not null && !ReferenceEquals(k, s_dummy)) InsertClean(_keys, _hashes, _mask, k, oldHashes[i]);
        }
        _fill = _used;
    }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Discard(PyObject key) => DiscardEntry(key, HashOf(key));

    private bool DiscardEntry(PyObject key, long hash)
    {
        var slot = Lookup(key, hash);
        if (slot < 0) return false;
        SetKey(slot, s_dummy);
        _hashes[slot] = -1;
        _used--;
        return true;
    }

    public PyObject Pop()
    {
        if (_used == 0) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, "pop from an empty set");
        var i = _finger & _mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], s_dummy))
        {
            i++;
            if (i > _mask) i = 0;
        }
        var key = _keys[i]!;
        _keys[i] = s_dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
    }

    /// <summary>The next active entry at or after <paramref name="pos"/> in table order.</summary>
    public bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        while (pos <= _mask)
        {
            var k = _keys[pos];
            if (k is not null && !ReferenceEquals(k, s_dummy))
            {
                key = k;
                hash = _hashes[pos++];
                return true;
            }
            pos++;
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>The table's size, so iterators can notice changes.</summary>
    internal int TableMask => _mask;

    public IEnumerable<PyObject> Keys
    {
        get
        {
            for (var pos = 0; NextEntry(ref pos, out var k, out _);) yield return k;
        }
    }

    // ----- bulk operations, in CPython's order -----

    public void UpdateWith(PyObject other)
    {
        switch (other)
        {
            case PySet s:
                Merge(s);
                return;
            // Only an exact dict: a subclass may iterate differently, and CPython walks it as any iterable.
            case PyDict d when d is not PyDictSubclass:
                if ((long)(_fill + d.Count) * 5 >= (long)_mask * 3) Resize((_used + d.Count) * 2);
                for (var pos = 0; d.NextEntry(ref pos, out var k, out _);) AddEntry(k, HashOf(k));
                return;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next()) Add(v);
    }

    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            for (var pos = 0; other.NextEntry(ref pos, out var k, out var h);) InsertClean(_keys, _hashes, _mask, k, h);
            return;
        }
        for (var pos = 0; other.NextEntry(ref pos, out var k, out var h);) AddEntry(k, h);
    }

    public PySet Copy(bool frozen)
    {
        var s = new PySet(frozen);
        s.Merge(this);
        return s;
    }

    public PySet Intersection(PyObject other)
    {
        var result = new PySet(Frozen);
        if (ReferenceEquals(other, this)) return Copy(Frozen);
        if (other is PySet o)
        {
            var (small, big) = o._used > _used ? (this, o) : (o, this);
            for (var pos = 0; small.NextEntry(ref pos, out var k, out var h);)
            {
                if (big.Lookup(k, h) >= 0) result.AddEntry(k, h);
            }
            return result;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            var h = HashOf(v);
            if (Lookup(v, h) >= 0) result.AddEntry(v, h);
        }
        return result;
    }

    public PySet Difference(PyObject other)
    {
        long otherSize;
        if (other is PySet os) otherSize = os._used;
        else if (other is PyDict od) otherSize = od.Count;
        else return CopyAndDifference(other);
        if ((_used >> 2) > otherSize) return CopyAndDifference(other);
        var result = new PySet(Frozen);
        for (var pos = 0; NextEntry(ref pos, out var k, out var h);)
        {
            var found = other is PySet s ? s.Lookup(k, h) >= 0 : ((PyDict)other).ContainsKey(k);
            if (!found) result.AddEntry(k, h);
        }
        return result;
    }

    private PySet CopyAndDifference(PyObject other)
    {
        var result = Copy(Frozen);
        result.DifferenceUpdate(other);
        return result;
    }

    public void DifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (other is PySet s)
        {
            if ((s._used >> 3) > _used) s = s.Intersection(this);
            for (var pos = 0; s.NextEntry(ref pos, out var k, out var h);) DiscardEntry(k, h);
            if (_fill - _used > _mask / 4) Resize(_used > 50000 ? _used * 2 : _used * 4);
            return;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next()) Discard(v);
        if (_fill - _used > _mask / 4) Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    public void IntersectionUpdate(PyObject other)
    {
        var r = Intersection(other);
        _keys = r._keys;
        _hashes = r._hashes;
        _fill = r._fill;
        _used = r._used;
        _mask = r._mask;
    }

    public void SymmetricDifferenceUpdate(PyObject other)
    {
        if (ReferenceEquals(other, this))
        {
            Clear();
            return;
        }
        if (other is PyDict d)
        {
            for (var pos = 0; d.NextEntry(ref pos, out var k, out _);)
            {
                var h = HashOf(k);
                if (!DiscardEntry(k, h)) AddEntry(k, h);
            }
            return;
        }
        var o = other as PySet ?? new PySet(other, Frozen);
        for (var pos = 0; o.NextEntry(ref pos, out var k, out var h);)
        {
            if (!DiscardEntry(k, h)) AddEntry(k, h);
        }
    }

    public PySet SymmetricDifference(PyObject other)
    {
        var result = new PySet(other, Frozen);
        result.SymmetricDifferenceUpdate(this);
        return result;
    }

    public bool IsSubsetOf(PySet other)
    {
        if (_used > other._used) return false;
        for (var pos = 0; NextEntry(ref pos, out var k, out var h);)
        {
            if (other.Lookup(k, h) < 0) return false;
        }
        return true;
    }

    public bool IsDisjoint(PyObject other)
    {
        if (ReferenceEquals(other, this)) return _used == 0;
        if (other is PySet o)
        {
            var (small, big) = o._used > _used ? (this, o) : (o, this);
            for (var pos = 0; small.NextEntry(ref pos, out var k, out var h);)
            {
                if (big.Lookup(k, h) >= 0) return false;
            }
            return true;
        }
        var it = Iteration.GetIter(other);
        for (var v = it.Next(); v is not null; v = it.Next())
        {
            if (Lookup(v, HashOf(v)) >= 0) return false;
        }
        return true;
    }
}
