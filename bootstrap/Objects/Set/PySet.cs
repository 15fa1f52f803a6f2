using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's set and frozenset: CPython's open-addressing table (same sizes, linear probes then
/// perturbation, the last dummy on a probe reused by an insertion), so iteration order equals CPython's for keys whose
/// hashes do. See CPython's Objects/setobject.c for the algorithm's rationale. A set whose keys are all exact ints
/// holds them unboxed (int mode, see PySet.Ints.cs) until another key is inserted.
/// </summary>
public partial class PySet : PyObject
{
    public static readonly PyType SetType = SetMethods.CreateSetType();
    public static readonly PyType FrozenSetType = SetMethods.CreateFrozenSetType();

    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject s_dummy = new PyTupleArray([]); // a distinct object, never the empty tuple a set may hold

    // A key of the table, wrapped so that a store into the array is a struct store: PyObject is not
    // sealed, so storing into a PyObject?[] checks the array's element type (covariance) every time.
    private struct Slot
    {
        public PyObject? Key;
    }

    // CPython's setentry split in two arrays of the same power-of-two length (the mask is that - 1).
    // Unused: key null, hash 0; deleted: s_dummy, -1. In int mode _keys is s_noKeys and _hashes holds
    // the keys themselves (see PySet.Ints.cs), 32 bits a slot when they fit (PySet.NarrowInts.cs: the
    // array is then half the slot count long, so the table's size is SlotCount). Two arrays, not one of (key, hash) pairs: at
    // 16 bytes a slot, a table of 32768 slots (sets of 5k-20k keys) would reach the generated app's
    // large-object threshold (GCLOHThreshold 512 KB), where every allocation counts toward the LOH
    // budget that starts full collections (set_algebra: +15% CPU, sys time doubled); the hashes hold
    // no references, so the GC never scans them either.
    private Slot[] _keys;
    private long[] _hashes;
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _finger;
    private long _frozenHash = -1;

    // id(self)'s serial (see Identity.FromField): fits beside Frozen in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    public PySet(bool frozen = false) : this(frozen, MinSize) { }

    // A new set is in int mode: it has no key that is not an int.
    private PySet(bool frozen, int tableSize)
    {
        Frozen = frozen;
        _keys = s_noKeys;
        _hashes = NewNarrowTable(tableSize);
        _narrow = true;
    }

    /// <summary>
    /// An empty set about to be filled from <paramref name="source"/> (a copy, set(s), s | t): its
    /// table made at once in the source's mode and width, which the merge would otherwise switch
    /// an int-mode table to (a str set's copy made a narrow table, then a wide one, then its keys).
    /// </summary>
    private PySet(bool frozen, int tableSize, PySet? source)
    {
        Frozen = frozen;
        _keys = s_noKeys;
        if (source is null || source._used == 0 || (source.IntMode && source._narrow))
        {
            _hashes = NewNarrowTable(tableSize);
            _narrow = true;
            return;
        }
        _hashes = NewHashes(tableSize);
        if (!source.IntMode) _keys = NewKeys(tableSize);
    }

    // Tables a set let go of (outgrown, cleared, replaced), one pair per size from 128 to 262144
    // slots, for the next set that needs that size. CPython frees and mallocs a table at once and
    // gets the same memory back, still in the cache, where a new array is fresh memory from the
    // GC's allocation area (a set grown key by key passes through 128, 512 and 2048 slots, which
    // the next such set reuses: -3% on building str sets); each new big table counts toward the
    // GC's budgets, and tables of 32768 slots and more
    // count toward the large-object one whose exhaustion starts a full collection (a set of 100k
    // ints grows through 65536 and 131072 slots: 3 MB of tables dead at once). A table is only
    // released by the set that owned it, after its last use (probes that ran Python code check
    // that their table is still the set's before touching it again), and taken with an exchange,
    // so no two sets ever share one. At most ~8 MB stay held. The two arrays are kept apart: an
    // int-mode table is a hash array alone.
    private const int SpareMinLog = 7, SpareMaxLog = 18;
    private static readonly Slot[]?[] s_spareKeys = new Slot[]?[SpareMaxLog + 1];
    private static readonly long[]?[] s_spareHashes = new long[]?[SpareMaxLog + 1];

    private static bool IsSpareSize(int size, out int log)
    {
        log = System.Numerics.BitOperations.Log2((uint)size);
        return log is >= SpareMinLog and <= SpareMaxLog;
    }

    private static Slot[] NewKeys(int size)
    {
        if (IsSpareSize(size, out var log) && Interlocked.Exchange(ref s_spareKeys[log], null) is { } keys)
        {
            Array.Clear(keys);
            return keys;
        }
        return new Slot[size];
    }

    private static long[] NewHashes(int size)
    {
        if (IsSpareSize(size, out var log) && Interlocked.Exchange(ref s_spareHashes[log], null) is { } hashes)
        {
            Array.Clear(hashes);
            return hashes;
        }
        return new long[size];
    }

    /// <summary>Hands a key array this set no longer uses to the next set of its size (see <see cref="NewKeys"/>).</summary>
    private static void ReleaseKeys(Slot[] keys)
    {
        if (IsSpareSize(keys.Length, out var log)) Volatile.Write(ref s_spareKeys[log], keys);
    }

    /// <summary>Like <see cref="ReleaseKeys"/>, for a hash array (or an int-mode table).</summary>
    private static void ReleaseHashes(long[] hashes)
    {
        if (IsSpareSize(hashes.Length, out var log)) Volatile.Write(ref s_spareHashes[log], hashes);
    }

    private static void ReleaseTable(Slot[] keys, long[] hashes)
    {
        ReleaseKeys(keys);
        ReleaseHashes(hashes);
    }

    /// <summary>A set of the items of <paramref name="iterable"/> (CPython's set_update_internal).</summary>
    public PySet(PyObject iterable, bool frozen = false) : this(frozen, InitialSize(iterable), iterable as PySet) => UpdateWith(iterable);

    public bool Frozen { get; }
    public override PyType Type => Frozen ? FrozenSetType : SetType;
    public int Count => _used;

    private int Mask => SlotCount - 1;

    /// <summary>CPython's set_table_resize size: the smallest power of two above <paramref name="minUsed"/>.</summary>
    private static int TableSize(long minUsed)
    {
        var size = MinSize;
        while (size <= minUsed) size <<= 1;
        return size;
    }

    /// <summary>
    /// The table a new set's first bulk insertion of <paramref name="count"/> keys (set_merge, a
    /// dict's keys) resizes its 8 slots to: allocated at once instead of after an 8-slot table.
    /// </summary>
    private static int PresizedFor(long count) => count * 5 >= (MinSize - 1) * 3 ? TableSize(count * 2) : MinSize;

    private static int InitialSize(PyObject iterable) => iterable switch
    {
        PySet s => PresizedFor(s._used),
        PyDict d when d.GetType() == typeof(PyDict) => PresizedFor(d.Count),
        _ => MinSize,
    };

    private static long HashOf(PyObject key)
    {
        // Exact ints first (an exact-type test is one compare; subclasses may override __hash__).
        if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall) return IntHash.Of(Unsafe.As<PyInt>(key).Small);
        // An exact str before the class test below (a runtime call that walks the class chain).
        if (PyStr.IsExact(key)) return Unsafe.As<PyStr>(key).TextHash();
        if (IsMutableSet(key)) throw Errors.TypeError($"unhashable type: '{key.Type.TpName}'");
        return Hashing.Hash(key);
    }

    /// <summary>
    /// Whether <paramref name="value"/> is a set, not a frozenset (unhashable, looked up as the
    /// equal frozenset): two type compares (PySetSubclass is sealed) where <c>is PySet</c> calls
    /// the runtime's cast helper, which walks the class chain of every str or tuple tested.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsMutableSet(PyObject value) => IsSet(value) && !Unsafe.As<PySet>(value).Frozen;

    /// <summary><c>value is PySet</c> (a set or frozenset, or a subclass's) without the cast helper's walk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSet(PyObject value) => value.GetType() == typeof(PySet) || value.GetType() == typeof(PySetSubclass);

    /// <summary>
    /// Equality of two keys of equal hash that needs no Python call: 1 or 0, or -1 when only
    /// Python's == can tell (it may run user code, after which the probe must check its table).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PureEquals(PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(a).IsSmall && Unsafe.As<PyInt>(b).IsSmall)
        {
            return Unsafe.As<PyInt>(a).Small == Unsafe.As<PyInt>(b).Small ? 1 : 0;
        }
        // Exact strs (PyStrSubclass is the only other PyStr): one compare each, no class test.
        if (PyStr.IsExact(a) && PyStr.IsExact(b))
        {
            return Unsafe.As<PyStr>(a).TextEquals(Unsafe.As<PyStr>(b)) ? 1 : 0;
        }
        return -1;
    }

    /// <summary>
    /// The slot holding <paramref name="key"/>, or -1 (CPython's set_lookkey). A comparison that
    /// ran Python code and changed the table or the entry restarts the probe, as CPython's does.
    /// </summary>
    private int Lookup(PyObject key, long hash)
    {
        if (!IntMode)
        {
            var slot = FindPure(key, hash);
            if (slot != GeneralProbe) return slot;
        }
    restart:
        if (IntMode)
        {
            if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall) return FindInt(Unsafe.As<PyInt>(key).Small);
            var found = FindAmongInts(key, hash);
            if (found == Restart) goto restart;
            return found;
        }
        var table = _keys;
        var hashTable = _hashes;
        var mask = table.Length - 1;
        // Every index is masked, or below mask when probing linearly: no bounds checks needed.
        if (hashTable.Length != table.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(table);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = Unsafe.Add(ref keys, j).Key;
                if (k is null) return -1;
                if (Unsafe.Add(ref hashes, j) == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    var eq = PureEquals(k, key);
                    if (eq < 0)
                    {
                        eq = Comparison.Equal(k, key) ? 1 : 0;
                        if (!ReferenceEquals(table, _keys) || !ReferenceEquals(Unsafe.Add(ref keys, j).Key, k)) goto restart;
                    }
                    if (eq > 0) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
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
        if (IntMode) return FindInt(value) >= 0;
        var hash = IntHash.Of(value);
        var table = _keys;
        var hashTable = _hashes;
        var mask = table.Length - 1;
        if (hashTable.Length != table.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(table);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = Unsafe.Add(ref keys, j).Key;
                if (k is null) return false;
                if (Unsafe.Add(ref hashes, j) == hash)
                {
                    if (k.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(k).IsSmall)
                    {
                        if (Unsafe.As<PyInt>(k).Small == value) return true;
                    }
                    // Another kind of key (1.0, an int subclass): the general probe, with its restarts.
                    else return ContainsKey(boxed ?? PyInt.From(value));
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds <paramref name="key"/>; false when it was already present.</summary>
    public bool Add(PyObject key) =>
        IntMode && AsUnboxable(key, out var value) ? AddUnboxed(value) : AddEntry(key, HashOf(key));

    /// <summary>CPython's set_add_entry: a new key takes the last dummy met on its probe, if any.</summary>
    private bool AddEntry(PyObject key, long hash)
    {
        if (!IntMode)
        {
            var added = AddPure(key, hash);
            if (added != GeneralProbe) return added > 0;
        }
    restart:
        if (IntMode)
        {
            if (AsUnboxable(key, out var value)) return AddUnboxed(value);
            var added = AddAmongInts(key, hash);
            if (added == Restart) goto restart;
            return added > 0;
        }
        var table = _keys;
        var hashTable = _hashes;
        var mask = table.Length - 1;
        if (hashTable.Length != table.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(table);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = Unsafe.Add(ref keys, j).Key;
                if (k is null)
                {
                    _used++;
                    if (freeSlot >= 0) j = freeSlot;
                    Unsafe.Add(ref keys, j).Key = key;
                    Unsafe.Add(ref hashes, j) = hash;
                    if (freeSlot >= 0) return true;
                    _fill++;
                    GrowIfFull();
                    return true;
                }
                if (Unsafe.Add(ref hashes, j) == hash)
                {
                    if (ReferenceEquals(k, key)) return false;
                    var eq = PureEquals(k, key);
                    if (eq < 0)
                    {
                        eq = Comparison.Equal(k, key) ? 1 : 0;
                        if (!ReferenceEquals(table, _keys) || !ReferenceEquals(Unsafe.Add(ref keys, j).Key, k)) goto restart;
                    }
                    if (eq > 0) return false;
                }
                else if (Unsafe.Add(ref hashes, j) == -1) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>CPython's set_insert_clean: into a table without dummies that cannot hold the key.</summary>
    private static void InsertClean(Slot[] keyTable, long[] hashTable, PyObject key, long hash)
    {
        var mask = keyTable.Length - 1;
        if (hashTable.Length != keyTable.Length) throw new InvalidOperationException("set table torn");
        ref var keys = ref MemoryMarshal.GetArrayDataReference(keyTable);
        ref var hashes = ref MemoryMarshal.GetArrayDataReference(hashTable);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var slot = ref Unsafe.Add(ref keys, j);
                if (slot.Key is null)
                {
                    slot.Key = key;
                    Unsafe.Add(ref hashes, j) = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>After a new key took an unused slot: CPython's growth at two thirds full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void GrowIfFull()
    {
        if ((long)_fill * 5 >= (long)Mask * 3) Resize(_used > 50000 ? _used * 2L : _used * 4L);
    }

    private void Resize(long minUsed)
    {
        var size = TableSize(minUsed);
        if (IntMode)
        {
            ResizeInts(size);
            return;
        }
        var oldKeys = _keys;
        var oldHashes = _hashes;
        var keys = NewKeys(size);
        var hashes = NewHashes(size);
        for (var i = 0; i < oldKeys.Length; i++)
        {
            var k = oldKeys[i].Key;
            if (k is not null && oldHashes[i] != -1) InsertClean(keys, hashes, k, oldHashes[i]);
        }
        _keys = keys;
        _hashes = hashes;
        _fill = _used;
        ReleaseTable(oldKeys, oldHashes);
        DropPacking();
    }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Discard(PyObject key) => DiscardEntry(key, HashOf(key));

    private bool DiscardEntry(PyObject key, long hash)
    {
        var slot = Lookup(key, hash);
        if (slot < 0) return false;
        // An int-mode slot is deleted by its hash alone: -1 is its dummy too.
        if (IntMode) DeleteIntSlot(slot);
        else
        {
            _keys[slot].Key = s_dummy;
            _hashes[slot] = -1;
        }
        _used--;
        return true;
    }

    public PyObject Pop()
    {
        if (_used == 0) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, "pop from an empty set");
        if (IntMode) return PyInt.From(PopInt());
        var keys = _keys;
        var hashes = _hashes;
        var i = _finger & (hashes.Length - 1);
        while (keys[i].Key is null || hashes[i] == -1)
        {
            i++;
            if (i == hashes.Length) i = 0;
        }
        var key = keys[i].Key!;
        keys[i].Key = s_dummy;
        hashes[i] = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>Empties the set, back in int mode (an empty table has no key that is not an int).</summary>
    public void Clear()
    {
        // CPython empties its small table in place, or goes back to it.
        DropPacking();
        ReleaseKeys(_keys);
        _keys = s_noKeys;
        if (_narrow && _hashes.Length == MinSize / 2) Array.Clear(_hashes);
        else
        {
            ReleaseHashes(_hashes);
            _hashes = NewNarrowTable(MinSize);
            _narrow = true;
        }
        _fill = _used = 0;
    }

    /// <summary>The next active entry at or after <paramref name="pos"/> in table order.</summary>
    /// <remarks>
    /// Inlined into the bulk operations' loops (a call per slot was 9% of set_algebra). It reads the
    /// set's table again on every step, as CPython's set_next does: a comparison in the loop body may
    /// run Python code that resizes the set, and a table the set let go of may already be another
    /// set's (see <see cref="NewTable"/>).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        var keys = _keys;
        var hashes = _hashes;
        if (keys.Length == 0) return NextUnboxedEntry(ref pos, out key, out hash);
        // The position in a local (pos lives in memory: the int-mode walk takes its address), and
        // only a slot holding a key has its hash read: a table is a third full or less.
        var i = pos;
        var n = Math.Min(keys.Length, hashes.Length);
        ref var k0 = ref MemoryMarshal.GetArrayDataReference(keys);
        ref var h0 = ref MemoryMarshal.GetArrayDataReference(hashes);
        while ((uint)i < (uint)n)
        {
            var k = Unsafe.Add(ref k0, i);
            i++;
            if (k.Key is not null)
            {
                var h = Unsafe.Add(ref h0, i - 1);
                if (h != -1)
                {
                    pos = i;
                    key = k.Key;
                    hash = h;
                    return true;
                }
            }
        }
        pos = i;
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>The next key at or after <paramref name="pos"/>, or null: <see cref="NextEntry"/> without the hash, for iterators.</summary>
    internal PyObject? NextKey(ref int pos)
    {
        var keys = _keys;
        var hashes = _hashes;
        if (keys.Length == 0) return NextInt(ref pos, out var value) ? PyInt.From(value) : null;
        while ((uint)pos < (uint)keys.Length && (uint)pos < (uint)hashes.Length)
        {
            var k = keys[pos].Key;
            var h = hashes[pos++];
            if (k is not null && h != -1) return k;
        }
        return null;
    }

    public IEnumerable<PyObject> Keys
    {
        get
        {
            for (var pos = 0; NextEntry(ref pos, out var k, out _);) yield return k;
        }
    }
}
