using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>list: the mutating operations, slicing and sorting.</summary>
public partial class PyList
{
    public void Extend(PyObject iterable)
    {
        // As CPython, only exact lists and tuples are copied directly: a subclass (even the list
        // itself) may define its own __iter__.
        if (iterable is PyList l && l.GetType() == typeof(PyList))
        {
            // No copy of the items first: read after growing, l.extend(l) still finds its n items
            // at the start of its (maybe new) array, and the room they go to lies past them.
            var n = l._count;
            EnsureCapacity(_count + n);
            l._items.AsSpan(0, n).CopyTo(_items.AsSpan(_count));
            _count += n;
            return;
        }
        if (iterable is PyTuple { IsExact: true } t)
        {
            EnsureCapacity(_count + t.Count);
            t.Items.CopyTo(_items.AsSpan(_count));
            _count += t.Count;
            return;
        }
        if (ReferenceEquals(iterable, this))
        {
            // A subclass extended by itself: CPython iterates it to the end first, so the appends
            // do not feed the iteration. Its own __iter__ applies although extend runs on it.
            var items = new PyList();
            var own = BuiltinSubclass.Dispatching(() => Iteration.GetIter(iterable));
            for (var v = own.Next(); v is not null; v = own.Next()) items.Append(v);
            Extend(items);
            return;
        }
        var it = Iteration.GetIter(iterable);
        for (var v = it.Next(); v is not null; v = it.Next()) Append(v);
    }

    /// <summary>Appends <paramref name="items"/> in one copy (the unpickler's APPENDS).</summary>
    internal void AppendAll(ReadOnlySpan<PyObject> items)
    {
        EnsureCapacity(_count + items.Length);
        items.CopyTo(_items.AsSpan(_count));
        _count += items.Length;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _items.Length) Grow(needed);
    }

    /// <summary>For list displays with starred items: <c>[a, *b]</c>.</summary>
    public PyList With(PyObject item)
    {
        Append(item);
        return this;
    }

    public PyList WithAll(PyObject iterable)
    {
        if (iterable.Iter() is null) throw Errors.TypeError($"Value after * must be an iterable, not {iterable.Type.TpName}");
        Extend(iterable);
        return this;
    }

    public PyTuple ToTuple() => PyTuple.CopyOf(Items);

    public void Insert(long index, PyObject item)
    {
        if (index < 0) index = Math.Max(0, index + _count);
        if (index > _count) index = _count;
        EnsureCapacity(_count + 1);
        Array.Copy(_items, index, _items, index + 1, _count - index);
        Store(_items, (int)index, item);
        _count++;
    }

    public PyObject RemoveAt(int index)
    {
        var item = _items[index];
        Array.Copy(_items, index + 1, _items, index, _count - index - 1);
        _items[--_count] = null!;
        return item;
    }

    public void Clear()
    {
        // Clearing an empty list changes nothing, also not the array a sort in progress checks.
        if (_count == 0) return;
        _items = [];
        _count = 0;
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    public override PyObject? GetItem(PyObject key)
    {
        if (key is not PySlice s) return _items[CheckIndex(key, "index")];
        var (start, _, step, count) = s.Indices(_count);
        return GetSlice(start, step, count);
    }

    /// <summary>The <paramref name="count"/> items from <paramref name="start"/> by <paramref name="step"/> (bounds already adjusted) as a new list.</summary>
    public PyList GetSlice(long start, long step, long count)
    {
        if (count == 0) return new PyList();
        if (step == 1) return new PyList(_items.AsSpan((int)start, (int)count).ToArray());
        // Int positions and the result's own length bound the loop: no bounds check on the stores.
        var result = new PyObject[count];
        var items = _items;
        var by = (int)step;
        for (int i = 0, j = (int)start; i < result.Length; i++, j += by) result[i] = items[j];
        return new PyList(result);
    }

    /// <summary>
    /// Makes this list, a temporary only compiled code holds (Subscript.GetSliceTemporary), the
    /// <paramref name="count"/> items of <paramref name="source"/> from <paramref name="start"/> by
    /// <paramref name="step"/>, in the room it already has.
    /// </summary>
    internal void ReplaceWithSlice(PyList source, long start, long step, long count)
    {
        var n = (int)count;
        if (_items.Length < n) _items = new PyObject[n];
        else if (_count > n) Array.Clear(_items, n, _count - n);
        var items = source._items;
        var into = _items.AsSpan(0, n);
        var by = (int)step;
        for (int i = 0, j = (int)start; i < into.Length; i++, j += by) into[i] = items[j];
        _count = n;
    }

    /// <summary>Empties a temporary list (see <see cref="ReplaceWithSlice"/>), keeping its room for the next use.</summary>
    internal void ClearKeepingRoom()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public override bool SetItem(PyObject key, PyObject value)
    {
        if (key is not PySlice s)
        {
            Store(_items, CheckIndex(key, "assignment index"), value);
            return true;
        }
        var (start, stop, step, count) = s.Indices(_count);
        SetSlice(start, stop, step, count, value);
        return true;
    }

    /// <summary><c>self[slice] = value</c> with the slice's bounds already adjusted to this list.</summary>
    public void SetSlice(long start, long stop, long step, long count, PyObject value)
    {
        ReadOnlySpan<PyObject> values = ReferenceEquals(value, this) ? Items.ToArray() : SliceSource(value, step == 1);
        if (step == 1)
        {
            if (stop < start) stop = start;
            // Move the tail in place (Array.Copy handles the overlap) instead of copying it out and back.
            var oldCount = _count;
            var newCount = oldCount + values.Length - (int)(stop - start);
            if (newCount != oldCount)
            {
                EnsureCapacity(newCount);
                Array.Copy(_items, (int)stop, _items, (int)start + values.Length, oldCount - (int)stop);
                for (var i = newCount; i < oldCount; i++) _items[i] = null!;
                _count = newCount;
            }
            values.CopyTo(_items.AsSpan((int)start));
            return;
        }
        if (values.Length != count)
        {
            throw Errors.ValueError($"attempt to assign sequence of size {values.Length} to extended slice of size {count}");
        }
        for (long i = 0, j = start; i < count; i++, j += step) Store(_items, (int)j, values[(int)i]);
    }

    private static ReadOnlySpan<PyObject> SliceSource(PyObject value, bool simple)
    {
        // An exact list or tuple is read in place, as CPython's PySequence_Fast does (another list: no aliasing).
        if (value.GetType() == typeof(PyList)) return ((PyList)value).Items;
        if (PyTuple.AsExact(value) is { } tuple) return tuple.Items;
        if (value.Iter() is null)
        {
            throw Errors.TypeError(simple ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return Iteration.ToArray(value);
    }

    public override bool DelItem(PyObject key)
    {
        if (key is not PySlice s)
        {
            RemoveAt(CheckIndex(key, "assignment index"));
            return true;
        }
        var (start, stop, step, count) = s.Indices(_count);
        if (count == 0) return true;
        if (step < 0)
        {
            start += step * (count - 1);
            step = -step;
        }
        var keep = new List<PyObject>(_count - (int)count);
        var next = start;
        for (var i = 0; i < _count; i++)
        {
            if (i == next && next < start + step * count) { next += step; continue; }
            keep.Add(_items[i]);
        }
        _items = [.. keep];
        _count = _items.Length;
        return true;
    }

    // What a list holds while it is sorted: CPython shows it empty, and any change made meanwhile
    // (which must replace this exact array or the count) is found afterwards.
    private static readonly PyObject[] s_sorting = new PyObject[0];

    // A keyed sort moves the list into its keys array and drops the old one: that array is kept
    // (cleared) for the next keyed sort's keys. Sorting a big list by a key again and again would
    // otherwise take a new large-object array and drop another each time, and every large array
    // brings a full collection closer (sorting: 17 full collections of its 150,000 records).
    [ThreadStatic] private static PyObject[]? t_spareKeys;
    private const int SpareKeysMin = 8192, SpareKeysMax = 1 << 20;

    private static PyObject[] TakeKeyArray(int n)
    {
        var spare = t_spareKeys;
        // Within half again of n: the array becomes the sorted list's storage.
        if (spare is null || spare.Length < n || spare.Length - n > n >> 1) return new PyObject[n];
        t_spareKeys = null;
        return spare;
    }

    private static void KeepSpareKeyArray(PyObject[] dropped)
    {
        if (dropped.Length < SpareKeysMin || dropped.Length > SpareKeysMax) return;
        Array.Clear(dropped);
        t_spareKeys = dropped;
    }

    /// <summary>
    /// Stable sort using only <c>&lt;</c>, as CPython's list.sort. The list is empty while keys are
    /// computed and compared; it ends with its own items (sorted, or as they were if a key or a
    /// comparison raised), and a change made meanwhile is dropped and raises ValueError.
    /// </summary>
    public void Sort(PyObject? key, bool reverse)
    {
        var n = _count;
        var items = _items;
        _items = s_sorting;
        _count = 0;
        PyObject[] result;
        try
        {
            var keys = items;
            if (key is not null)
            {
                keys = TakeKeyArray(n);
                for (var i = 0; i < n; i++) Store(keys, i, key.Call1(items[i]));
            }
            result = ListSort.Sort(items, keys, n, reverse);
        }
        catch
        {
            // The key's or the comparison's error wins over a change made meanwhile.
            _items = items;
            _count = n;
            throw;
        }
        var modified = !ReferenceEquals(_items, s_sorting) || _count != 0;
        _items = result;
        _count = n;
        if (!ReferenceEquals(result, items)) KeepSpareKeyArray(items);
        if (modified) throw Errors.ValueError("list modified during sort");
    }
}
