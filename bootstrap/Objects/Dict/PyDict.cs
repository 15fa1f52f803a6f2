using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Python's dict: CPython's compact layout. Entries are kept in insertion order in one array;
/// a power-of-two index table maps hash slots to entry positions, probed like CPython's
/// (perturbation), so lookups cost one or two comparisons. A small dict whose keys are all exact
/// strs and ints has no index table and stores no hashes (see <see cref="_indices"/>): it is
/// scanned, each key giving its own hash.
/// </summary>
public partial class PyDict : PyObject
{
    public static readonly PyType TypeObject = DictMethods.CreateType();

    private const int Empty = -1, Dummy = -2, MinSize = 8;

    // 16 bytes: the hashes are apart (_hashes), and a linear dict needs none.
    private struct Entry
    {
        public PyObject? Key; // null: deleted
        public PyObject Value;
    }

    // Null while the dict is "linear": at most LinearEntries entries, none deleted, every key an
    // exact str or int. Lookups then scan the entries comparing hashes, which saves the table
    // (56 or 88 bytes of a small dict) and cannot be told apart from probing: those keys' hashes
    // never change and their __eq__ runs no user code, and entries of equal hash are met in
    // insertion order as along CPython's probe chain (no dummies to reorder it). The table is
    // built, exactly as CPython's would stand, at the first deletion or other key.
    private int[]? _indices;
    private Entry[] _entries;

    // The hash of each entry (as long as _entries), null exactly when _indices is: a linear
    // dict's keys give their hash themselves (see KeyHash), cached in a str, the value of an int.
    private long[]? _hashes;
    private int _used;  // live entries
    private int _next;  // entries written, live or deleted

    // Entry places taken since the last resize: a resize comes when they run out. popitem() gives
    // its place back to _next but not here (CPython's dk_usable does the same): the dummy it
    // leaves in the index table still counts, so inserts alternating with popitem() resize in
    // time and a lookup always finds an empty slot to stop at.
    private int _spent;

    // id(self)'s serial (see Identity.FromField): fits in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    // One more than the entry the last successful lookup found: a store of the same key right
    // after (`d[k] = d.get(k, 0) + 1`, `if k in d: d[k] += 1`) writes it without probing.
    // 0: no guess. ImpureKeys: a key whose comparison may run user code (an instance, a str
    // subclass...) was stored once, so stores always probe and call that key's __eq__ where
    // CPython's probe would. Without such keys, the entry holding the key (that object or an
    // equal exact str) is the only one a probe could end at, and passing the others is
    // invisible. Fills the padding of the object (64 bytes either way).
    private int _found;
    private const int ImpureKeys = -1;

    // False while every key stored is an exact int whose hash is its own value (see IsHashKey):
    // those are equal exactly when their hashes are, and comparing them runs no user code, so a
    // lookup of such an int matches entries by hash alone and never reads a key object (in a big
    // int-keyed dict, one cache miss of three per lookup). Set by the first other key, until Clear.
    // Fills the object's padding, as _found does.
    private bool _mixedKeys;

    /// <summary>
    /// An exact int equal to its hash: |v| &lt; 2**61 - 1 and v != -1 (hash(-1) is -2). No other
    /// int, big or small, has the same hash as such an int and another value.
    /// </summary>
    private static bool IsHashKey(PyObject key, long hash) =>
        key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall && Unsafe.As<PyInt>(key).Small == hash;

    /// <summary>
    /// Whether the guessed entry's key <paramref name="held"/> is <paramref name="key"/> or, for an
    /// exact str (a word counted again: an equal str, not the one stored), equal to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsGuessedKey(PyObject held, PyObject key, long hash) =>
        ReferenceEquals(held, key)
        || (PyStr.IsExact(key) && PyStr.IsExact(held) && Unsafe.As<PyStr>(held).TextHash() == hash
            && Unsafe.As<PyStr>(held).TextEquals(Unsafe.As<PyStr>(key)));

    public PyDict() : this(0) { }

    // The entries of every empty dict, as CPython shares one empty keys object: a dict allocates
    // its own at the first insertion (which always resizes: no entry is free here). Never written.
    private static readonly Entry[] s_noEntries = [];

    // The largest table kept linear (its entry count, two thirds of it).
    private const int LinearSize = 16, LinearEntries = LinearSize * 2 / 3;

    public PyDict(int capacity)
    {
        if (capacity <= 0)
        {
            _entries = s_noEntries;
            return;
        }
        Allocate(capacity);
    }

    /// <summary>
    /// Room in an empty dict for <paramref name="count"/> insertions (the unpickler's SETITEMS,
    /// which knows how many pairs follow): the table that many distinct keys grow it to one by
    /// one, since growth doubles from 8 and this picks the first size of that chain that holds
    /// them, so only the resizes on the way are saved. A dict that ever held entries is left alone.
    /// </summary>
    internal void ReserveEmpty(int count)
    {
        if (_next != 0 || _module is not null || count <= _entries.Length) return;
        Allocate(count);
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_entries))]
    private void Allocate(int capacity)
    {
        var size = MinSize;
        while (size * 2 / 3 < capacity) size <<= 1;
        if (size > LinearSize)
        {
            _indices = NewIndices(size);
            _hashes = new long[size * 2 / 3];
        }
        // Two thirds of the index table, as CPython sizes it: an insertion during iteration lands in a
        // free entry (RuntimeError "keys changed") exactly where CPython's does instead of resizing.
        _entries = new Entry[size * 2 / 3];
    }

    // A linear dict's entries hold 0, 5 or 10 (a table of 8 or 16 slots), or fewer when trimmed
    // to its items (FromSharedStrKeys): those stand for the smallest of these that holds them,
    // and grow to it, never compacting, where CPython's table would still have room.
    private static bool IsTrimmed(int entries) => entries is not (0 or MinSize * 2 / 3 or LinearEntries);

    private static int TrimmedFor(int entries) => entries <= MinSize * 2 / 3 ? MinSize * 2 / 3 : LinearEntries;

    /// <summary>Keys a linear dict may hold: exact strs and ints (pure hash and equality).</summary>
    // GetType() compared in place, never kept in a local: only then is it one method-table compare.
    private static bool IsLinearKey(PyObject key) => PyStr.IsExact(key) || PyInt.IsExact(key);

    /// <summary>The hash of a key a linear dict may hold: the str's cached one, or the int's (no user code).</summary>
    private static long KeyHash(PyObject key) =>
        PyStr.IsExact(key) ? Unsafe.As<PyStr>(key).TextHash() : Unsafe.As<PyInt>(key).Hash();

    /// <summary>The hash of the live entry <paramref name="ix"/>.</summary>
    private long HashAt(int ix) => _hashes is { } hashes ? hashes[ix] : KeyHash(_entries[ix].Key!);

    /// <summary>Leaves linear mode: the index table CPython's dict would have after the same insertions.</summary>
    private int[] BuildIndices()
    {
        var size = MinSize;
        while (size * 2 / 3 < _entries.Length) size <<= 1;
        // Trimmed entries (see FromSharedStrKeys) stand for this table's: their free room comes back.
        if (_entries.Length < size * 2 / 3) Array.Resize(ref _entries, size * 2 / 3);
        var indices = NewIndices(size);
        var hashes = new long[_entries.Length];
        for (var i = 0; i < _next; i++)
        {
            var h = hashes[i] = KeyHash(_entries[i].Key!);
            indices[FindFreeSlot(indices, h)] = i;
        }
        _indices = indices;
        _hashes = hashes;
        return indices;
    }

    /// <summary>The slot that holds entry <paramref name="ix"/> (found by its hash, with no key comparison).</summary>
    private static int SlotOf(int[] indices, long hash, int ix)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>
    /// Lookup keys whose comparison with a str or int runs no user code. Any other key of equal
    /// hash is looked up through the table: CPython's probe chain may meet an entry several
    /// times (its perturbation revisits slots), calling that key's __eq__ once per visit.
    /// </summary>
    private static bool IsPureLookup(PyObject key) =>
        PyStr.IsExact(key) || PyInt.IsExact(key) || key.GetType() == typeof(PyFloat) || key.GetType() == typeof(PyBool);

    private const int NeedsTable = -2;

    /// <summary>The entry index of <paramref name="key"/> in a linear dict, -1, or NeedsTable.</summary>
    private int FindLinear(PyObject key, long hash)
    {
        var entries = _entries;
        var n = _next;
        for (var ix = 0; ix < n && ix < entries.Length; ix++)
        {
            var k = entries[ix].Key!;
            if (ReferenceEquals(k, key)) return ix;
            if (KeyHash(k) != hash) continue;
            if (!IsPureLookup(key)) return NeedsTable;
            if (KeyEquals(k, key)) return ix;
        }
        return -1;
    }

    public override PyType Type => TypeObject;
    public int Count => _used;

    /// <summary>Changes with every insertion or deletion, so iterators can notice.</summary>

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    // Inlined into the probe loops: exact strs (the usual keys) compare without a call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool KeyEquals(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        // Exact strs by their .NET type (a type-handle test, no virtual Type call).
        if (PyStr.IsExact(a) && PyStr.IsExact(b))
        {
            return System.Runtime.CompilerServices.Unsafe.As<PyStr>(a).TextEquals(System.Runtime.CompilerServices.Unsafe.As<PyStr>(b));
        }
        return Comparison.Equal(a, b);
    }

    /// <summary>The entry index of <paramref name="key"/>, or -1; <paramref name="slot"/> is its index-table slot.</summary>
    private int Find(PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        if (indices is null)
        {
            slot = -1;
            var found = FindLinear(key, hash);
            if (found != NeedsTable)
            {
                if (found >= 0 && _found >= 0) _found = found + 1;
                return found;
            }
            indices = BuildIndices();
        }
        if (!_mixedKeys && IsHashKey(key, hash)) return FindHashKey(indices, hash, out slot);
        // A pure key's hash never changes, so the entry holding that very object has its hash:
        // entries of another hash are passed on the hash alone, without reading their key.
        var pure = IsPureLookup(key);
        var hashes = _hashes!;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            if (ix >= 0)
            {
                if (pure ? hashes[ix] == hash && KeyEquals(_entries[ix].Key!, key)
                    : ReferenceEquals(_entries[ix].Key, key) || (hashes[ix] == hash && KeyEquals(_entries[ix].Key!, key)))
                {
                    slot = i;
                    if (_found >= 0) _found = ix + 1;
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    /// <summary><see cref="Find"/> of a hash key (<see cref="IsHashKey"/>) while every key is one: hashes compared only.</summary>
    private int FindHashKey(int[] indices, long hash, out int slot)
    {
        var hashes = _hashes!;
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                slot = i;
                return -1;
            }
            // A live entry (deleted ones are Dummy slots) whose int key equals the one looked up.
            if (ix >= 0 && hashes[ix] == hash)
            {
                slot = i;
                if (_found >= 0) _found = ix + 1;
                return ix;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private static int FindFreeSlot(int[] indices, long hash)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    public PyObject? TryGet(PyObject key)
    {
        var ix = Find(key, Hashing.Hash(key), out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    public PyObject? TryGet(string key) => TryGet(new PyStr(key));

    /// <summary><see cref="TryGet(PyObject)"/> with the key's hash already computed (a get then a set hash once).</summary>
    public PyObject? TryGet(PyObject key, long hash)
    {
        var ix = Find(key, hash, out _);
        return ix >= 0 ? _entries[ix].Value : null;
    }

    public bool ContainsKey(PyObject key) => Find(key, Hashing.Hash(key), out _) >= 0;

    /// <summary>The entry index of <paramref name="key"/> (of hash <paramref name="hash"/>), or -1: for a read-modify-write with <see cref="ValueAt"/> and <see cref="StoreAt"/>.</summary>
    internal int IndexOf(PyObject key, long hash) => Find(key, hash, out _);

    /// <summary>
    /// Whether no key stored so far compares by user code (see _found): a probe then runs no
    /// Python code, so skipping one that would find a known entry cannot be seen.
    /// </summary>
    internal bool HasPureKeys => _found != ImpureKeys;

    /// <summary>The value of the live entry <paramref name="ix"/>.</summary>
    internal PyObject ValueAt(int ix) => _entries[ix].Value;

    /// <summary>
    /// Stores <paramref name="value"/> in entry <paramref name="ix"/>, found by <see cref="IndexOf"/>
    /// with no Python code run since (the entry is still that key's) in a dict of
    /// <see cref="HasPureKeys"/>: the store <c>d[key] = value</c> makes then, without probing for
    /// the key and comparing it again.
    /// </summary>
    internal void StoreAt(int ix, PyObject value)
    {
        _entries[ix].Value = value;
        if (_module is not null) NotifyModule(_entries[ix].Key!, value);
    }

    public void Set(PyObject key, PyObject value) => Set(key, Hashing.Hash(key), value);

    public void Set(PyObject key, long hash, PyObject value)
    {
        // The entry the last lookup found, when it holds this key (see _found).
        var guess = _found - 1;
        if ((uint)guess < (uint)_next && _entries[guess].Key is { } held && IsGuessedKey(held, key, hash))
        {
            _entries[guess].Value = value;
            if (_module is not null) NotifyModule(key, value);
            return;
        }
        var ix = Find(key, hash, out var slot);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            if (_module is not null) NotifyModule(key, value);
            return;
        }
        // The empty slot the probe ended at is where the key goes (see FreeSlotFound), when no
        // Python code ran during it: a pure key in a dict of pure keys (see _found).
        if (slot >= 0 && _found != ImpureKeys && IsPureLookup(key) && FreeSlotFound)
        {
            _indices![slot] = _next;
            _hashes![_next] = hash;
            if (!IsHashKey(key, hash)) _mixedKeys = true;
            _entries[_next++] = new Entry { Key = key, Value = value };
            _spent++;
            _used++;
            if (_module is not null) NotifyModule(key, value);
            return;
        }
        Append(key, hash, value);
    }

    /// <summary>
    /// Whether a miss's probe ended at the slot an insertion takes, with an entry place free: CPython
    /// inserts at the first slot of the probe that holds no entry, empty or deleted, and only a
    /// deletion leaves deleted slots (it lowers _used, never _spent, until the table is rebuilt),
    /// so without one the first such slot is the empty one that ended the probe. A full entry
    /// array resizes first (Append), which moves every slot.
    /// </summary>
    private bool FreeSlotFound => _spent == _used && _spent < _entries.Length;

    /// <summary>Adds <paramref name="key"/>, known to be absent, as the last entry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(PyObject key, long hash, PyObject value)
    {
        if (_spent == _entries.Length)
        {
            if (_indices is null && IsTrimmed(_entries.Length)) Array.Resize(ref _entries, TrimmedFor(_entries.Length));
            else Resize(GrowthSize());
        }
        if (!IsPureLookup(key)) _found = ImpureKeys;
        if (!IsHashKey(key, hash)) _mixedKeys = true;
        var indices = _indices;
        if (indices is null && !IsLinearKey(key)) indices = BuildIndices();
        if (indices is not null)
        {
            indices[FindFreeSlot(indices, hash)] = _next;
            _hashes![_next] = hash;
        }
        _entries[_next++] = new Entry { Key = key, Value = value };
        _spent++;
        _used++;
        if (_module is not null) NotifyModule(key, value);
    }

    /// <summary>
    /// A dict of <paramref name="members"/> in order, whose keys are exact strs of which equal
    /// ones are the same object (json.loads's memoized keys): a small one is filled directly,
    /// as linear dicts need no hash or table, when no key repeats; otherwise by Set.
    /// </summary>
    internal static PyDict FromSharedStrKeys(ReadOnlySpan<(PyObject Key, PyObject Value)> members)
    {
        if (members.Length is > 0 and <= LinearEntries && Distinct(members))
        {
            // Trimmed to its members: a parsed dict is mostly only read, and the free entries
            // CPython's table keeps (5 or 10) would be a third of a small dict's memory.
            var dict = new PyDict(0);
            var entries = dict._entries = new Entry[members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                System.Diagnostics.Debug.Assert(PyStr.IsExact(members[i].Key));
                entries[i] = new Entry { Key = members[i].Key, Value = members[i].Value };
            }
            dict._next = dict._used = dict._spent = members.Length;
            dict._mixedKeys = true;
            return dict;
        }
        var built = new PyDict(members.Length);
        foreach (var (key, value) in members) built.Set(key, value);
        return built;

        static bool Distinct(ReadOnlySpan<(PyObject Key, PyObject Value)> members)
        {
            for (var i = 1; i < members.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (ReferenceEquals(members[i].Key, members[j].Key)) return false;
                }
            }
            return true;
        }
    }

    /// <summary>
    /// After filling a dict made with a capacity: when some insertions hit the same key, shrinks it
    /// to the table those insertions one by one would have grown, as CPython's dict stands (its
    /// size shows in when an insertion during iteration is noticed).
    /// </summary>
    internal void FitToCount()
    {
        var size = MinSize;
        while (size * 2 / 3 < _used) size <<= 1;
        if (size * 2 / 3 < _entries.Length && _used > 0 && !IsTrimmed(_entries.Length)) Resize(size);
    }

    private int GrowthSize()
    {
        // CPython 3.11: the table grows to hold used*3 entries.
        var needed = _used * 3;
        var size = MinSize;
        while (size < needed) size <<= 1;
        return size;
    }

    private void Resize(int size)
    {
        var old = _entries;
        var oldHashes = _hashes;
        var oldNext = _next;
        var entries = new Entry[size * 2 / 3];
        var next = 0;
        var linear = size <= LinearSize;
        for (var i = 0; i < oldNext; i++)
        {
            if (old[i].Key is not { } key) continue;
            linear = linear && IsLinearKey(key);
            entries[next++] = old[i];
        }
        _entries = entries;
        _next = _spent = next;
        if (linear)
        {
            _indices = null;
            _hashes = null;
            return;
        }
        var indices = NewIndices(size);
        var hashes = new long[entries.Length];
        for (int i = 0, j = 0; i < next; i++, j++)
        {
            // The old hashes by the old positions (deleted entries skipped), or the keys' own.
            while (old[j].Key is null) j++;
            var h = hashes[i] = oldHashes is null ? KeyHash(entries[i].Key!) : oldHashes[j];
            indices[FindFreeSlot(indices, h)] = i;
        }
        _indices = indices;
        _hashes = hashes;
    }

    /// <summary>Removes <paramref name="key"/> and returns its value, or null when absent.</summary>
    public PyObject? Remove(PyObject key)
    {
        var hash = Hashing.Hash(key);
        var ix = Find(key, hash, out var slot);
        if (ix < 0) return null;
        if (_indices is null) slot = SlotOf(BuildIndices(), hash, ix);
        var value = _entries[ix].Value;
        _indices![slot] = Dummy;
        _entries[ix] = default;
        _used--;
        if (_module is not null) NotifyModule(key, null);
        return value;
    }

    public void Clear()
    {
        // An OrderedDict's iterator tells a clear() alone from other changes, as CPython's does.
        if (this is PyDictSubclass sub && !IsClearedEmpty) sub.OrderAtClear = new(StampOrder(sub.FirstEntry.Free));
        _indices = null;
        _hashes = null;
        _entries = s_noEntries;
        _used = 0;
        _next = _spent = 0;
        _found = 0;
        _mixedKeys = false;
        _module?.ClearedThroughDict();
    }

    /// <summary>
    /// Removes and returns the last inserted pair, or null when empty. Its place is given back, as
    /// CPython's popitem does, so popping a dict empty is linear (see _spent for why the table
    /// still resizes).
    /// </summary>
    public (PyObject Key, PyObject Value)? PopLast()
    {
        if (_used == 0) return null;
        var ix = _next - 1;
        while (_entries[ix].Key is null) ix--;
        var e = _entries[ix];
        Remove(e.Key!);
        _next = ix;
        return (e.Key!, e.Value);
    }

    /// <summary>The live entry at or after position <paramref name="pos"/>; advances pos past it.</summary>
    public bool NextEntry(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _next)
        {
            ref var e = ref _entries[pos++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary><see cref="NextEntry"/> inlined into the dict iterators' step (no bounds checks: pos stays below _next, within the entries).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool NextLiveEntry(ref int pos, out PyObject key, out PyObject value)
    {
        var entries = _entries;
        var next = Math.Min(_next, entries.Length);
        ref var first = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(entries);
        for (var i = pos; i < next; i++)
        {
            ref var e = ref Unsafe.Add(ref first, i);
            if (e.Key is { } k)
            {
                pos = i + 1;
                key = k;
                value = e.Value;
                return true;
            }
        }
        if (pos < next) pos = next;
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Like <see cref="NextEntry"/>, giving the key's stored hash (CPython's _PyDict_Next: no __hash__ call).</summary>
    public bool NextKey(ref int pos, out PyObject key, out long hash)
    {
        while (pos < _next)
        {
            var k = _entries[pos++].Key;
            if (k is not null)
            {
                key = k;
                hash = HashAt(pos - 1);
                return true;
            }
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>
    /// The keys, values or (key, value) tuples in order, in an array of their number: list(),
    /// tuple() and sorted() of a dict or view. No Python code runs while it is filled, so the dict
    /// cannot change meanwhile, as under CPython's own loop.
    /// </summary>
    internal PyObject[] ToArray(DictIterator.Kind kind)
    {
        if (_used == 0) return [];
        var items = new PyObject[_used];
        var n = 0;
        for (var pos = 0; NextLiveEntry(ref pos, out var k, out var v);)
        {
            items[n++] = kind == DictIterator.Kind.Keys ? k : kind == DictIterator.Kind.Values ? v : PyTuple.Of(k, v);
        }
        return items;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Pairs
    {
        get
        {
            for (var pos = 0; NextEntry(ref pos, out var k, out var v);) yield return new(k, v);
        }
    }

    /// <summary>
    /// <c>d.copy()</c>: CPython's PyDict_Copy clones the table of an exact dict, deleted slots and
    /// all, when at least two thirds of the entries written are live (where a deleted slot sits
    /// decides where a later probe meets each key); otherwise, or when nothing is live (a new
    /// empty dict), it is <see cref="Copy"/>'s merge.
    /// </summary>
    public PyDict CopyMethod()
    {
        if (GetType() != typeof(PyDict) || _indices is null || _module is not null || _used == 0 || _used < _next * 2 / 3) return Copy();
        var d = new PyDict(0)
        {
            _entries = (Entry[])_entries.Clone(),
            _indices = (int[])_indices.Clone(),
            _hashes = (long[])_hashes!.Clone(),
            _used = _used,
            _next = _next,
            _spent = _spent,
            _found = _found == ImpureKeys ? ImpureKeys : 0,
            _mixedKeys = _mixedKeys,
        };
        return d;
    }

    public PyDict Copy()
    {
        var d = new PyDict(_used);
        if (d.TryFillFrom(this)) return d;
        for (var pos = 0; NextEntry(ref pos, out var k, out var v);) d.Set(k, HashAt(pos - 1), v);
        return d;
    }

    /// <summary>
    /// Fills this empty dict with the entries of <paramref name="source"/> at once, as CPython's
    /// dict_merge clones a clean dict's keys: the entries copied in a block, the index table made
    /// from the stored hashes without comparing a key (no __eq__ runs, as in CPython's clone). The
    /// dict ends as the Set of each pair in order leaves it (same entries, table size and slots):
    /// the keys are distinct, so no lookup could find one. Taken when the source has no deleted
    /// entry, and this dict has never spent an entry place since its table was made (no dummies)
    /// and is no module's. With a key whose __eq__ may run user code, only where CPython clones:
    /// a source table not bigger than its keys need (then also the size the Sets would reach).
    /// </summary>
    private bool TryFillFrom(PyDict source)
    {
        var n = source._used;
        if (n == 0 || _used != 0 || _spent != 0 || _module is not null || source._next != n) return false;
        if (source._found == ImpureKeys)
        {
            var size = MinSize;
            while (size * 2 / 3 < source._entries.Length) size <<= 1;
            if (size != MinSize && size / 2 * 2 / 3 >= n) return false;
        }
        if (_entries.Length < n) Allocate(n);
        var entries = _entries;
        source._entries.AsSpan(0, n).CopyTo(entries);
        var indices = _indices;
        if (indices is null)
        {
            // A linear dict stays linear while every key is an exact str or int (see Append).
            for (var i = 0; i < n; i++)
            {
                if (IsLinearKey(entries[i].Key!)) continue;
                var size = MinSize;
                while (size * 2 / 3 < entries.Length) size <<= 1;
                indices = NewIndices(size);
                _hashes = new long[entries.Length];
                break;
            }
        }
        if (indices is not null && source._indices is { } sourceIndices && sourceIndices.Length == indices.Length && source._spent == n)
        {
            // A source table of this size without deleted slots holds each entry where inserting the
            // entries in order into an empty table puts it (its resize did, then its appends): copied.
            sourceIndices.AsSpan().CopyTo(indices);
            source._hashes.AsSpan(0, n).CopyTo(_hashes);
            _indices = indices;
        }
        else if (indices is not null)
        {
            var hashes = _hashes!;
            for (var i = 0; i < n; i++)
            {
                var h = hashes[i] = source.HashAt(i);
                indices[FindFreeSlot(indices, h)] = i;
            }
            _indices = indices;
        }
        // Flags as the insertions would leave them (hash keys only when the source's are).
        _found = source._found == ImpureKeys ? ImpureKeys : 0;
        _mixedKeys = source._mixedKeys;
        _next = _spent = _used = n;
        return true;
    }

    // ----- protocol hooks -----

    public override long Length() => _used;
    public override bool IsTrue() => _used != 0;
    public override long Hash() => throw Errors.TypeError($"unhashable type: '{Type.TpName}'");

    public override PyObject? GetItem(PyObject key) => TryGet(key) ?? Missing(key);

    /// <summary>A subclass's <c>__missing__</c> answers for absent keys (dict_subscript), else KeyError.</summary>
    private PyObject Missing(PyObject key)
    {
        if (Type.IsHeapType && Type.Lookup("__missing__") is { } missing) return SpecialMethods.Call1(this, missing, key);
        throw Errors.KeyError(key);
    }

    public override bool SetItem(PyObject key, PyObject value)
    {
        Set(key, value);
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        if (Remove(key) is null) throw Errors.KeyError(key);
        return true;
    }

    public override bool? Contains(PyObject value) => ContainsKey(value);

    public override PyIterator Iter() => new DictIterator(this, DictIterator.Kind.Keys);

    public override string Repr()
    {
        if (_used == 0) return "{}";
        if (!Text.EnterRepr(this)) return "{...}";
        try
        {
            var sb = new System.Text.StringBuilder("{");
            var first = true;
            for (var pos = 0; NextEntry(ref pos, out var k, out var v);)
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(k.Repr()).Append(": ").Append(v.Repr());
            }
            return sb.Append('}').ToString();
        }
        finally
        {
            Text.LeaveRepr(this);
        }
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyDict o || op is not (CompareOp.Eq or CompareOp.Ne)) return null;
        return PyBool.From(EqualsDict(o) == (op == CompareOp.Eq));
    }

    private bool EqualsDict(PyDict o)
    {
        if (_used != o._used) return false;
        Hosting.CallDepth.EnterNested(" in comparison");
        try
        {
            for (var pos = 0; NextEntry(ref pos, out var k, out var v);)
            {
                var ix = pos - 1;
                PyObject? ov;
                // Equal dicts built alike hold their keys at the same places: an exact str or int
                // there equal to this one is the entry a lookup would find (such keys are unique
                // by value and compare without user code). Otherwise a lookup, with the stored hash.
                if (ix < o._next && o._entries[ix].Key is { } other && IsLinearKey(k)
                    && (ReferenceEquals(other, k) || (IsLinearKey(other) && HashAt(ix) == o.HashAt(ix) && KeyEquals(other, k))))
                {
                    ov = o._entries[ix].Value;
                }
                else
                {
                    ov = o.TryGet(k, HashAt(ix));
                }
                if (ov is null || !Comparison.Equal(v, ov)) return false;
            }
            return true;
        }
        finally
        {
            Hosting.CallDepth.Leave();
        }
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op != BinaryOperator.BitOr || other is not PyDict o) return null;
        var d = Copy();
        d.Update(o);
        return d;
    }

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op != BinaryOperator.BitOr) return null;
        Update(other);
        return this;
    }

    // ----- update -----

    /// <summary><c>d.update(other)</c>: a mapping (has keys()) or an iterable of pairs.</summary>
    public void Update(PyObject other)
    {
        if (other is PyDict d)
        {
            // dict(d), or the update of an empty dict: d's keys are distinct, so the table they would
            // grow it to one by one is made at once, without the resizes on the way (same final table).
            if (_used == 0)
            {
                ReserveEmpty(d._used);
                if (TryFillFrom(d)) return;
            }
            for (var pos = 0; d.NextEntry(ref pos, out var k, out var v);) Set(k, d.HashAt(pos - 1), v);
            return;
        }
        if (Attributes.TryGetAttr(other, "keys") is { } keys)
        {
            var it = Iteration.GetIter(keys.Call0());
            for (var k = it.Next(); k is not null; k = it.Next()) Set(k, Subscript.GetItem(other, k));
            return;
        }
        UpdateFromPairs(other);
    }

    /// <summary>The <c>**mapping</c> of a dict display: only mappings are accepted.</summary>
    public PyDict MergeMapping(PyObject other)
    {
        if (other is not PyDict && Attributes.TryGetAttr(other, "keys") is null)
        {
            throw Errors.TypeError($"'{other.Type.TpName}' object is not a mapping");
        }
        Update(other);
        return this;
    }

    public void UpdateFromPairs(PyObject iterable)
    {
        var it = iterable.Iter() ?? throw Errors.TypeError($"'{iterable.Type.TpName}' object is not iterable");
        var n = 0;
        for (var item = it.Next(); item is not null; item = it.Next(), n++)
        {
            // A pair tuple (what zip and items() give) is read in place, with no array per item.
            if (item is PyTuple { Count: 2 } t)
            {
                Set(t[0], t[1]);
                continue;
            }
            if (item.Iter() is null) throw Errors.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            var pair = Iteration.ToArray(item);
            if (pair.Length != 2) throw Errors.ValueError($"dictionary update sequence element #{n} has length {pair.Length}; 2 is required");
            Set(pair[0], pair[1]);
        }
    }

    /// <summary>For dict displays: <c>{k: v, ...}</c> adds pairs in source order.</summary>
    public PyDict With(PyObject key, PyObject value)
    {
        Set(key, value);
        return this;
    }
}
