using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's set and frozenset: CPython's open-addressing table (same sizes, linear probes then
/// perturbation, the last dummy on a probe reused by an insertion), so iteration order equals CPython's for keys whose
/// hashes do. See CPython's Objects/setobject.c for the algorithm's rationale.
/// </summary>
public partial class PySet : PyObject
{
    public static readonly PyType SetType = SetMethods.CreateSetType();
    public static readonly PyType FrozenSetType = SetMethods.CreateFrozenSetType();

    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject s_dummy = new PyTuple([]);

    // CPython's setentry: the key beside its hash, one allocation per table, and a store into a
    // struct array needs no covariance check. Unused: Key null, Hash 0; deleted: s_dummy, -1.
    private struct Entry
    {
        public PyObject? Key;
        public long Hash;
    }

    private Entry[] _table; // a power of two long; the mask is its length - 1
    private int _fill;   // active + dummy
    private int _used;   // active
    private int _finger;
    private long _frozenHash = -1;

    // id(self)'s serial (see Identity.FromField): fits beside Frozen in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    public PySet(bool frozen = false) : this(frozen, MinSize) { }

    private PySet(bool frozen, int tableSize)
    {
        Frozen = frozen;
        _table = new Entry[tableSize];
    }

    /// <summary>A set of the items of <paramref name="iterable"/> (CPython's set_update_internal).</summary>
    public PySet(PyObject iterable, bool frozen = false) : this(frozen, InitialSize(iterable)) => UpdateWith(iterable);

    public bool Frozen { get; }
    public override PyType Type => Frozen ? FrozenSetType : SetType;
    public int Count => _used;

    private int Mask => _table.Length - 1;

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
        if (key.GetType() == typeof(PyStr)) return Unsafe.As<PyStr>(key).TextHash();
        if (key is PySet { Frozen: false }) throw Errors.TypeError($"unhashable type: '{key.Type.Name}'");
        return Hashing.Hash(key);
    }

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
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
        {
            return string.Equals(Unsafe.As<PyStr>(a).Value, Unsafe.As<PyStr>(b).Value, StringComparison.Ordinal) ? 1 : 0;
        }
        return -1;
    }

    /// <summary>
    /// The slot holding <paramref name="key"/>, or -1 (CPython's set_lookkey). A comparison that
    /// ran Python code and changed the table or the entry restarts the probe, as CPython's does.
    /// </summary>
    private int Lookup(PyObject key, long hash)
    {
    restart:
        var table = _table;
        var mask = table.Length - 1;
        // Every index is masked, or below mask when probing linearly: no bounds checks needed.
        ref var entries = ref MemoryMarshal.GetArrayDataReference(table);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref Unsafe.Add(ref entries, j);
                var k = e.Key;
                if (k is null) return -1;
                if (e.Hash == hash)
                {
                    if (ReferenceEquals(k, key)) return j;
                    var eq = PureEquals(k, key);
                    if (eq < 0)
                    {
                        eq = Comparison.Equal(k, key) ? 1 : 0;
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(e.Key, k)) goto restart;
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
        var hash = IntHash.Of(value);
        var table = _table;
        var mask = table.Length - 1;
        ref var entries = ref MemoryMarshal.GetArrayDataReference(table);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref Unsafe.Add(ref entries, j);
                var k = e.Key;
                if (k is null) return false;
                if (e.Hash == hash)
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
    public bool Add(PyObject key) => AddEntry(key, HashOf(key));

    /// <summary>CPython's set_add_entry: a new key takes the last dummy met on its probe, if any.</summary>
    private bool AddEntry(PyObject key, long hash)
    {
    restart:
        var table = _table;
        var mask = table.Length - 1;
        ref var entries = ref MemoryMarshal.GetArrayDataReference(table);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref Unsafe.Add(ref entries, j);
                var k = e.Key;
                if (k is null)
                {
                    _used++;
                    if (freeSlot >= 0)
                    {
                        ref var free = ref Unsafe.Add(ref entries, freeSlot);
                        free.Key = key;
                        free.Hash = hash;
                        return true;
                    }
                    e.Key = key;
                    e.Hash = hash;
                    _fill++;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2L : _used * 4L);
                    return true;
                }
                if (e.Hash == hash)
                {
                    if (ReferenceEquals(k, key)) return false;
                    var eq = PureEquals(k, key);
                    if (eq < 0)
                    {
                        eq = Comparison.Equal(k, key) ? 1 : 0;
                        if (!ReferenceEquals(table, _table) || !ReferenceEquals(e.Key, k)) goto restart;
                    }
                    if (eq > 0) return false;
                }
                else if (e.Hash == -1) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>CPython's set_insert_clean: into a table without dummies that cannot hold the key.</summary>
    private static void InsertClean(Entry[] table, PyObject key, long hash)
    {
        var mask = table.Length - 1;
        ref var entries = ref MemoryMarshal.GetArrayDataReference(table);
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                ref var e = ref Unsafe.Add(ref entries, j);
                if (e.Key is null)
                {
                    e.Key = key;
                    e.Hash = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(long minUsed)
    {
        var old = _table;
        var table = new Entry[TableSize(minUsed)];
        foreach (ref readonly var e in old.AsSpan())
        {
            if (e.Key is not null && e.Hash != -1) InsertClean(table, e.Key, e.Hash);
        }
        _table = table;
        _fill = _used;
    }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Discard(PyObject key) => DiscardEntry(key, HashOf(key));

    private bool DiscardEntry(PyObject key, long hash)
    {
        var slot = Lookup(key, hash);
        if (slot < 0) return false;
        ref var e = ref _table[slot];
        e.Key = s_dummy;
        e.Hash = -1;
        _used--;
        return true;
    }

    public PyObject Pop()
    {
        if (_used == 0) throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, "pop from an empty set");
        var table = _table;
        var i = _finger & (table.Length - 1);
        while (table[i].Key is null || table[i].Hash == -1)
        {
            i++;
            if (i == table.Length) i = 0;
        }
        var key = table[i].Key!;
        table[i].Key = s_dummy;
        table[i].Hash = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    public void Clear()
    {
        // CPython empties its small table in place, or goes back to it.
        if (_table.Length == MinSize) Array.Clear(_table);
        else _table = new Entry[MinSize];
        _fill = _used = 0;
    }

    /// <summary>The next active entry at or after <paramref name="pos"/> in table order.</summary>
    public bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        var table = _table;
        while ((uint)pos < (uint)table.Length)
        {
            ref var e = ref table[pos++];
            if (e.Key is not null && e.Hash != -1)
            {
                key = e.Key;
                hash = e.Hash;
                return true;
            }
        }
        key = null!;
        hash = 0;
        return false;
    }

    public IEnumerable<PyObject> Keys
    {
        get
        {
            for (var pos = 0; NextEntry(ref pos, out var k, out _);) yield return k;
        }
    }
}
