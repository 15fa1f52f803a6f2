using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Pickle;

/// <summary>
/// The unpickler's stack of objects and marks. Items are stored without .NET's array covariance
/// check (the array is exactly PyObject[]): a List&lt;PyObject&gt; paid a class-chain walk on each
/// push, 6% of loading. The items above the last mark are read in place as a span, so APPENDS,
/// SETITEMS and TUPLE make no array of their own.
/// </summary>
internal sealed class UnpickleStack
{
    private PyObject?[] _items = new PyObject?[32];
    private int _count;
    private int[] _marks = new int[8];
    private int _markCount;

    public int Count => _count;

    /// <summary>The room the item array has (to decide whether the stack is worth keeping for reuse).</summary>
    public int Capacity => _items.Length;

    public int MarkCount => _markCount;

    /// <summary>Where the objects of the innermost mark start (0 without a mark): nothing below it may be popped.</summary>
    public int Fence
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _markCount > 0 ? _marks[_markCount - 1] : 0;
    }

    /// <summary>The error for a pop below the fence: CPython names the mark when one is set.</summary>
    public PyException Underflow() =>
        PickleModule.UnpicklingError(_markCount > 0 ? "unexpected MARK found" : "unpickling stack underflow");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(PyObject o)
    {
        if (_count == _items.Length) Array.Resize(ref _items, _count * 2);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _count++) = o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Pop()
    {
        var count = _count;
        if (count <= Fence || (uint)(count - 1) >= (uint)_items.Length) throw Underflow();
        // In place without the covariance check a `ref _items[i]` pays.
        ref var slot = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), count - 1);
        _count = count - 1;
        var top = slot!;
        slot = null;
        return top;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject Top()
    {
        var count = _count;
        if (count > (_markCount > 0 ? _marks[_markCount - 1] : 0) && (uint)(count - 1) < (uint)_items.Length) return _items[count - 1]!;
        throw Underflow();
    }

    /// <summary>The item at <paramref name="index"/> from the bottom (the caller checked it exists).</summary>
    public PyObject this[int index] => _items[index]!;

    /// <summary>The items from <paramref name="start"/> to the top, in place (valid until the next push).</summary>
    public ReadOnlySpan<PyObject> From(int start) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), start)), _count - start);

    /// <summary>Drops the items from <paramref name="start"/> up.</summary>
    public void Truncate(int start)
    {
        // A few items (a tuple's, a small batch's) are cleared in place: cheaper than the call.
        if (_count - start <= 8)
        {
            for (var i = start; i < _count; i++) _items[i] = null;
        }
        else
        {
            Array.Clear(_items, start, _count - start);
        }
        _count = start;
    }

    public void Mark()
    {
        if (_markCount == _marks.Length) Array.Resize(ref _marks, _markCount * 2);
        _marks[_markCount++] = _count;
    }

    /// <summary>Removes the innermost mark and returns where its objects start.</summary>
    public int PopMark()
    {
        if (_markCount == 0) throw PickleModule.UnpicklingError("could not find MARK");
        return _marks[--_markCount];
    }

    /// <summary>The objects above the last mark as a new array, removed from the stack (the mark too).</summary>
    public PyObject[] PopToMark() => PopTop(_count - PopMark());

    public PyObject[] PopTop(int count)
    {
        if (count == 0) return [];
        var start = _count - count;
        var items = From(start).ToArray();
        Truncate(start);
        return items;
    }

    public void Clear()
    {
        Truncate(0);
        _markCount = 0;
    }
}
