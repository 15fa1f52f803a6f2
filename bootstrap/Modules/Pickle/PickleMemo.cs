using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The pickler's memo: object identity -> memo index, an open-addressing table (linear probing)
/// over the objects' identity hashes, as CPython's PyMemoTable over addresses. A Dictionary with
/// ReferenceEqualityComparer paid an interface call for the hash and one for each comparison, on
/// every object saved. The table holds the objects, so their identities stay unique while it lives.
/// </summary>
internal sealed class PickleMemo
{
    private const int InitialSize = 64;

    // Past this size a table far bigger than its contents is replaced by a small one at Clear.
    private const int ShrinkFrom = 16 * 1024;

    // Parallel arrays; a null key is a free slot (entries are never removed one by one).
    private PyObject?[] _keys = new PyObject?[InitialSize];
    private int[] _values = new int[InitialSize];
    // The slots taken, in the order they were: Clear empties just those, so a table grown by a
    // big pickle costs a small one after it no more than its own entries.
    private int[] _taken = new int[InitialSize / 2];
    private int _count;
    // Indexes given to objects that cannot be met again (an instance's attributes written from its
    // layout, with no dict object to key them by): counted, never looked up.
    private int _unkeyed;

    // The free slot where the last failed lookup stopped, and its key: the pickler memoizes the
    // object it just looked up, and Set then takes that slot without hashing and probing again.
    // Valid while nothing was added since (an add can take the slot or resize the table).
    private PyObject? _missKey;
    private int _missSlot;
    private int _missCount = -1;

    public int Count => _count + _unkeyed;

    /// <summary>Takes the next index for an object no lookup can find (see <see cref="_unkeyed"/>).</summary>
    public int AddUnkeyed() => _count + _unkeyed++;

    /// <summary>
    /// Gives <paramref name="key"/> the index an unkeyed entry took: the object it stood for has
    /// come into being since (an instance's dict made while its attributes were being written).
    /// </summary>
    public void KeyUnkeyed(PyObject key, int index)
    {
        _unkeyed--;
        Set(key, index);
    }

    /// <summary>The array size in use, to decide whether the table is worth keeping for reuse.</summary>
    public int Size => _keys.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HashOf(PyObject key) => RuntimeHelpers.GetHashCode(key);

    public bool TryGetValue(PyObject key, out int value)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        var i = HashOf(key) & mask;
        ref var first = ref MemoryMarshal.GetArrayDataReference(keys);
        while (true)
        {
            var k = Unsafe.Add(ref first, i);
            if (ReferenceEquals(k, key))
            {
                value = _values[i];
                return true;
            }
            if (k is null)
            {
                _missKey = key;
                _missSlot = i;
                _missCount = _count;
                value = 0;
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    /// <summary>Sets the index of <paramref name="key"/> (added, or replaced when already there).</summary>
    public void Set(PyObject key, int value)
    {
        // Kept at most half full, so probes stay short and a free slot always exists.
        if ((_count + 1) * 2 > _keys.Length)
        {
            Resize(_keys.Length * 2);
        }
        else if (ReferenceEquals(key, _missKey) && _missCount == _count)
        {
            _missKey = null;
            var free = _missSlot;
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_keys), free) = key;
            _values[free] = value;
            _taken[_count++] = free;
            return;
        }
        var mask = _keys.Length - 1;
        var i = HashOf(key) & mask;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_keys);
        while (true)
        {
            ref var slot = ref Unsafe.Add(ref first, i);
            if (slot is null)
            {
                slot = key;
                _values[i] = value;
                _taken[_count++] = i;
                return;
            }
            if (ReferenceEquals(slot, key))
            {
                _values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    private void Resize(int size)
    {
        var oldKeys = _keys;
        var oldValues = _values;
        var oldTaken = _taken;
        _keys = new PyObject?[size];
        _values = new int[size];
        _taken = new int[size / 2];
        var mask = size - 1;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_keys);
        for (var n = 0; n < _count; n++)
        {
            var j = oldTaken[n];
            var key = oldKeys[j]!;
            var i = HashOf(key) & mask;
            while (Unsafe.Add(ref first, i) is not null) i = (i + 1) & mask;
            Unsafe.Add(ref first, i) = key;
            _values[i] = oldValues[j];
            _taken[n] = i;
        }
    }

    /// <summary>
    /// Empties the table: the slots taken are freed. One far bigger than what it held (a big
    /// pickle's, kept for reuse) is made small again, so it does not hold that memory for good.
    /// </summary>
    public void Clear()
    {
        _unkeyed = 0;
        if (_count == 0) return;
        if (_keys.Length > ShrinkFrom && _count * 8 < _keys.Length)
        {
            var size = InitialSize;
            while (size < _count * 2) size *= 2;
            _keys = new PyObject?[size];
            _values = new int[size];
            _taken = new int[size / 2];
        }
        else
        {
            var keys = _keys;
            var taken = _taken;
            for (var n = 0; n < _count; n++) keys[taken[n]] = null;
        }
        _count = 0;
        _missKey = null;
    }
}
