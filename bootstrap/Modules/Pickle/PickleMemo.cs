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

    // Clearing a table this small costs less than growing one again (pickles of different sizes
    // alternate); past it, a table far bigger than its contents is replaced by a small one.
    private const int ShrinkFrom = 16 * 1024;

    // Parallel arrays; a null key is a free slot (entries are never removed one by one).
    private PyObject?[] _keys = new PyObject?[InitialSize];
    private int[] _values = new int[InitialSize];
    private int _count;

    public int Count => _count;

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
        if ((_count + 1) * 2 > _keys.Length) Resize(_keys.Length * 2);
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
                _count++;
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
        _keys = new PyObject?[size];
        _values = new int[size];
        var mask = size - 1;
        ref var first = ref MemoryMarshal.GetArrayDataReference(_keys);
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] is not { } key) continue;
            var i = HashOf(key) & mask;
            while (Unsafe.Add(ref first, i) is not null) i = (i + 1) & mask;
            Unsafe.Add(ref first, i) = key;
            _values[i] = oldValues[j];
        }
    }

    /// <summary>
    /// Empties the table. One far bigger than what it held (a big pickle's, reused for small ones)
    /// is made small again rather than cleared whole each time.
    /// </summary>
    public void Clear()
    {
        if (_count == 0) return;
        if (_keys.Length > ShrinkFrom && _count * 8 < _keys.Length)
        {
            var size = InitialSize;
            while (size < _count * 2) size *= 2;
            _keys = new PyObject?[size];
            _values = new int[size];
        }
        else
        {
            Array.Clear(_keys);
        }
        _count = 0;
    }
}
