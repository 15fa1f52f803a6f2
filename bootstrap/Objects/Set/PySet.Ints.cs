using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Int mode: a set whose keys are all exact ints that fit in a long holds them unboxed, in its hash
/// array alone (no key array, no object per key, nothing for the GC to scan), in 32 bits a slot while
/// they fit (narrow, see PySet.NarrowInts.cs), 64 (wide) once one does not. The table is the same
/// one CPython builds for those ints: same sizes, each key in the slot its hash probes to, dummies
/// where CPython leaves them, so iteration order, pop() and growth are unchanged. The first insertion
/// of any other key (a bool, a float, an int subclass, a big int, a str...) turns the table into the
/// general one in place, slot for slot, right where CPython inserts it; it stays general until the
/// set is emptied by clear().
/// </summary>
/// <remarks>
/// Iteration boxes each key again (ints from -5 to 256 are the cached ones), so for a bigger int
/// <c>x is next(iter({x}))</c> is False where CPython answers True. CPython documents the identity of
/// such ints as an implementation detail, and nothing in the runtime asks for the very object a set
/// was given: repr's cycle guard holds the containers themselves, pickle does not memoize ints, and
/// copy's memo and sys.intern do not go through sets.
/// </remarks>
public partial class PySet
{
    private static readonly Slot[] s_noKeys = [];

    // A slot of an int-mode table holds value ^ IntFlip: unused (0) and deleted (-1) are then the
    // encodings of long.MinValue and long.MaxValue, which never are stored unboxed (inserting one
    // makes the table general), and a zeroed array is an empty table.
    private const long IntFlip = long.MinValue;

    /// <summary>What an int-mode probe returns after turning the table general: it starts again there.</summary>
    private const int Restart = -2;

    private bool IntMode => _keys.Length == 0;

    /// <summary>Whether every key is an int held unboxed, walked by <see cref="NextInt"/>.</summary>
    internal bool HoldsUnboxedInts => IntMode;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUnboxedKey(long slot) => slot != 0 && slot != -1;

    /// <summary>Whether <paramref name="key"/> is an exact int an int-mode table can hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AsUnboxable(PyObject key, out long value)
    {
        if (key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key).IsSmall)
        {
            value = Unsafe.As<PyInt>(key).Small;
            return IsUnboxedKey(value ^ IntFlip);
        }
        value = 0;
        return false;
    }

    /// <summary>The slot of the int <paramref name="value"/> in this int-mode table, or -1.</summary>
    private int FindInt(long value)
    {
        if (_narrow) return FindNarrow(value);
        var slot = value ^ IntFlip;
        if (!IsUnboxedKey(slot)) return -1;
        var table = _hashes;
        return ProbeFind(ref MemoryMarshal.GetArrayDataReference(table), table.Length - 1, IntHash.Of(value), slot);
    }

    /// <summary>
    /// <see cref="Lookup"/> in an int-mode table for a key that is not an unboxable int (1.0, True,
    /// an object whose __eq__ says it equals an int): -1 when absent, <see cref="Restart"/> when the
    /// table had to turn general first (see <see cref="EqualsUnboxed"/>).
    /// </summary>
    private int FindAmongInts(PyObject key, long hash)
    {
        if (_narrow) Widen();
        var table = _hashes;
        var mask = table.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var s = table[j];
                if (s == 0) return -1;
                var eq = s != -1 ? EqualsUnboxed(s, key, hash) : 0;
                if (eq != 0) return eq > 0 ? j : Restart;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>
    /// Whether the int of an active int-mode slot equals <paramref name="key"/> (hash
    /// <paramref name="hash"/>): 1 or 0, or <see cref="Restart"/> after turning the table general
    /// when only the key's own __eq__ can tell. That Python code may change the set, and CPython
    /// then restarts its probe or not by whether the table and the slot's object are still the
    /// same: the general table answers that exactly, so it runs the key's __eq__ as often as CPython.
    /// </summary>
    private int EqualsUnboxed(long slot, PyObject key, long hash)
    {
        var value = slot ^ IntFlip;
        if (IntHash.Of(value) != hash) return 0;
        // Builtin numbers and strs compare with an int without running Python code.
        var type = key.GetType();
        if (type == typeof(PyFloat) || type == typeof(PyInt) || type == typeof(PyBigInt) || type == typeof(PyBool) || PyStr.IsExact(key) || type == typeof(PyComplex))
        {
            return Comparison.Equal(PyInt.From(value), key) ? 1 : 0;
        }
        ConvertToGeneral();
        return Restart;
    }
    /// <summary>Adds the int <paramref name="value"/>, in int mode if it can be held unboxed.</summary>
    public bool AddInt(long value) =>
        IntMode && IsUnboxedKey(value ^ IntFlip) ? AddUnboxed(value) : AddEntry(PyInt.From(value), IntHash.Of(value));

    /// <summary>Removes the int <paramref name="value"/> (found without boxing it in int mode); false when absent.</summary>
    public bool DiscardInt(long value) => IntMode ? DiscardUnboxed(value) : Discard(PyInt.From(value));

    /// <summary><see cref="AddEntry"/> of an unboxable int into an int-mode table.</summary>
    private bool AddUnboxed(long value)
    {
        if (_narrow)
        {
            if (FitsNarrow(value)) return AddNarrow(value);
            Widen();
        }
        var slot = value ^ IntFlip;
        var table = _hashes;
        ref var slots = ref MemoryMarshal.GetArrayDataReference(table);
        var j = ProbeForAdd(ref slots, table.Length - 1, IntHash.Of(value), slot, out var empty);
        if (j < 0) return false;
        Unsafe.Add(ref slots, j) = slot;
        Added(empty);
        return true;
    }

    // A key went into an int-mode table: into an empty slot (which may make the table grow) or a dummy's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Added(bool intoEmpty)
    {
        _used++;
        if (!intoEmpty) return;
        _fill++;
        GrowIfFull();
    }

    /// <summary>
    /// <see cref="AddEntry"/> into an int-mode table of a key it cannot hold: probed as CPython
    /// probes, and where CPython inserts it the table turns general and takes it. 1 when added, 0
    /// when an equal int is there, <see cref="Restart"/> when the table had to turn general first.
    /// </summary>
    private int AddAmongInts(PyObject key, long hash)
    {
        if (_narrow) Widen();
        var table = _hashes;
        var mask = table.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)((ulong)hash & (ulong)mask);
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var s = table[j];
                if (s == 0)
                {
                    ConvertToGeneral();
                    _used++;
                    var at = freeSlot >= 0 ? freeSlot : j;
                    _keys[at].Key = key;
                    _hashes[at] = hash;
                    if (freeSlot >= 0) return 1;
                    _fill++;
                    GrowIfFull();
                    return 1;
                }
                if (s == -1) freeSlot = j;
                else
                {
                    var eq = EqualsUnboxed(s, key, hash);
                    if (eq != 0) return eq > 0 ? 0 : Restart;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Removes the int <paramref name="value"/> from this int-mode table; false when absent.</summary>
    private bool DiscardUnboxed(long value)
    {
        var j = FindInt(value);
        if (j < 0) return false;
        DeleteIntSlot(j);
        _used--;
        return true;
    }

    /// <summary>
    /// symmetric_difference_update's step for an int: discarded when present, else added, with one
    /// probe instead of CPython's two (no Python code runs in an int-mode table: the same slots are
    /// read and the same one changed). An int a narrow table cannot hold widens it first, as the add
    /// after a failed discard would.
    /// </summary>
    private void ToggleUnboxed(long value)
    {
        if (_narrow && !FitsNarrow(value)) Widen();
        var table = _hashes;
        int j;
        bool found, empty;
        if (_narrow)
        {
            ref var narrow = ref Unsafe.As<long, int>(ref MemoryMarshal.GetArrayDataReference(table));
            var slot = (int)value ^ NarrowFlip;
            j = ProbeToggle(ref narrow, (table.Length << 1) - 1, IntHash.Of(value), slot, out found, out empty);
            if (!found)
            {
                Unsafe.Add(ref narrow, j) = slot;
                Added(empty);
                return;
            }
        }
        else
        {
            ref var wide = ref MemoryMarshal.GetArrayDataReference(table);
            var slot = value ^ IntFlip;
            j = ProbeToggle(ref wide, table.Length - 1, IntHash.Of(value), slot, out found, out empty);
            if (!found)
            {
                Unsafe.Add(ref wide, j) = slot;
                Added(empty);
                return;
            }
        }
        DeleteIntSlot(j);
        _used--;
    }

    /// <summary>The general table of the same keys in the same slots, dummies included: the order stays CPython's.</summary>
    private void ConvertToGeneral()
    {
        if (_narrow) Widen();
        var hashes = _hashes;
        var keys = NewKeys(hashes.Length);
        for (var i = 0; i < hashes.Length && i < keys.Length; i++)
        {
            var s = hashes[i];
            if (s == 0) continue;
            if (s == -1)
            {
                keys[i].Key = s_dummy;
                continue;
            }
            var value = s ^ IntFlip;
            keys[i].Key = PyInt.From(value);
            hashes[i] = IntHash.Of(value);
        }
        _keys = keys;
    }

    /// <summary>
    /// An empty set takes <paramref name="ints"/>' mode before a bulk copy (it holds nothing and no
    /// dummy, so no one can tell).
    /// </summary>
    private void TakeModeWhileEmpty(bool ints)
    {
        if (_fill != 0 || ints == IntMode) return;
        if (ints)
        {
            ReleaseKeys(_keys);
            _keys = s_noKeys;
        }
        else
        {
            if (_narrow) Widen();
            _keys = NewKeys(_hashes.Length);
        }
    }

    /// <summary><see cref="Resize"/> of an int-mode table to <paramref name="size"/> slots.</summary>
    private void ResizeInts(int size)
    {
        if (_narrow)
        {
            ResizeNarrow(size);
            return;
        }
        var old = _hashes;
        var table = NewHashes(size);
        foreach (var s in old)
        {
            if (IsUnboxedKey(s)) InsertCleanUnboxed(table, s);
        }
        _hashes = table;
        _fill = _used;
        ReleaseHashes(old);
        DropPacking();
    }

    /// <summary>CPython's set_insert_clean for an int-mode slot value (a table without dummies that cannot hold it).</summary>
    private static void InsertCleanUnboxed(long[] table, long slot) =>
        ProbeInsertClean(ref MemoryMarshal.GetArrayDataReference(table), table.Length - 1, IntHash.Of(slot ^ IntFlip), slot);

    /// <summary><see cref="NextEntry"/> of an int-mode table: the key boxed, its hash computed.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextUnboxedEntry(ref int pos, out PyObject key, out long hash)
    {
        if (NextInt(ref pos, out var value))
        {
            key = PyInt.From(value);
            hash = IntHash.Of(value);
            return true;
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>The next key at or after <paramref name="pos"/> of this int-mode table (a narrow one inline: most are).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool NextInt(ref int pos, out long value)
    {
        if (!_narrow) return NextWide(ref pos, out value);
        var slots = NarrowView(_hashes);
        while ((uint)pos < (uint)slots.Length)
        {
            var s = slots[pos++];
            if (IsNarrowKey(s))
            {
                value = s ^ NarrowFlip;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary><see cref="NextInt"/> in a wide table.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextWide(ref int pos, out long value)
    {
        var table = _hashes;
        while ((uint)pos < (uint)table.Length)
        {
            var s = table[pos++];
            if (IsUnboxedKey(s))
            {
                value = s ^ IntFlip;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>The next key's hash at or after <paramref name="pos"/>, in either mode, without boxing.</summary>
    private bool NextHash(ref int pos, out long hash)
    {
        if (!IntMode) return NextEntry(ref pos, out _, out hash);
        if (NextInt(ref pos, out var value))
        {
            hash = IntHash.Of(value);
            return true;
        }
        hash = 0;
        return false;
    }
}
