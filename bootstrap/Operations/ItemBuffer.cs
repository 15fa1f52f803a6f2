using System.Runtime.CompilerServices;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Collects an iterator's items into one array of exactly their number, for list(), tuple(), sorted()
/// and the other builtins that take an iterable whole. A growing array (List&lt;T&gt; doubling, then
/// ToArray) leaves each outgrown array behind: past 64k items those are large objects, and the garbage
/// they leave on the large-object heap makes the GC (conserving memory) run full compacting
/// collections of the whole heap, which cost a program holding a million-item list seconds. Here the
/// items go into segments below the large-object threshold, and only the result may be large.
/// A generator expression fused into list(), tuple(), sorted() or join() collects its items here too.
/// The first few items stay in the struct itself (on the caller's stack): a short tuple made of a
/// generator expression (<c>tuple(int(p) for p in s.split("."))</c>) costs the tuple alone.
/// </summary>
public struct ItemBuffer
{
    // 128 KB of references: well below the runtime's large-object threshold (512 KB).
    private const int SegmentLength = 16384;

    // As many as an inline tuple holds.
    private const int InlineLength = 8;

    [InlineArray(InlineLength)]
    private struct InlineItems
    {
        private PyObject _first;
    }

    // The first items, while _current is still empty.
    private InlineItems _inline;
    private int _inlineCount;

    // Always exactly a PyObject[] (made or resized here): see ObjectArrays.Store.
    private PyObject[] _current;
    private int _count;
    // Full segments before the current one (each SegmentLength items).
    private List<PyObject[]>? _full;

    public ItemBuffer() => _current = [];

    public void Add(PyObject item)
    {
        if (_inlineCount < InlineLength && _current.Length == 0)
        {
            _inline[_inlineCount++] = item;
            return;
        }
        if (_count == _current.Length) NextSegment();
        ObjectArrays.Store(_current, _count++, item);
    }

    /// <summary>The items collected so far.</summary>
    public readonly int Count => _inlineCount + (_full?.Count ?? 0) * SegmentLength + _count;

    /// <summary>A tuple of the items (the shared empty tuple for none, as tuple() gives).</summary>
    public readonly PyTuple ToTuple()
    {
        if (_current.Length == 0) return PyTuple.CopyOf(((ReadOnlySpan<PyObject>)_inline)[.._inlineCount]);
        return PyTuple.FromArray(ToArray());
    }

    private void NextSegment()
    {
        if (_current.Length < SegmentLength)
        {
            // The first segment grows as a list would, so a short iterable costs a short array.
            Array.Resize(ref _current, Math.Max(2 * InlineLength, _current.Length * 2));
            return;
        }
        (_full ??= []).Add(_current);
        _current = new PyObject[SegmentLength];
        _count = 0;
    }

    /// <summary>All the items, in order, in a new array of their exact number.</summary>
    public readonly PyObject[] ToArray()
    {
        var inline = ((ReadOnlySpan<PyObject>)_inline)[.._inlineCount];
        if (_current.Length == 0) return inline.Length == 0 ? [] : inline.ToArray();
        if (_full is null && inline.Length == 0 && _count == _current.Length) return _current;
        var result = new PyObject[Count];
        inline.CopyTo(result);
        var at = inline.Length;
        if (_full is null)
        {
            _current.AsSpan(0, _count).CopyTo(result.AsSpan(at));
            return result;
        }
        foreach (var segment in _full)
        {
            segment.CopyTo(result, at);
            at += SegmentLength;
        }
        _current.AsSpan(0, _count).CopyTo(result.AsSpan(at));
        return result;
    }

    /// <summary>
    /// The items <paramref name="it"/> gives until it ends. An iterator that knows how many are left
    /// (<see cref="PyIterator.KnownRemaining"/>) fills an array of that size directly; should it give
    /// more (its source grew meanwhile), the rest goes through a buffer.
    /// </summary>
    internal static PyObject[] Drain(PyIterator it)
    {
        var known = it.KnownRemaining;
        if (known < 0) return DrainUnknown(it, [], 0);
        var items = known == 0 ? [] : new PyObject[known];
        for (var i = 0; i < items.Length; i++)
        {
            var v = it.Next();
            if (v is null) return items.AsSpan(0, i).ToArray();
            ObjectArrays.Store(items, i, v);
        }
        return DrainUnknown(it, items, items.Length);
    }

    private static PyObject[] DrainUnknown(PyIterator it, PyObject[] first, int firstCount)
    {
        var v = it.Next();
        if (v is null) return first;
        var buffer = new ItemBuffer();
        for (var i = 0; i < firstCount; i++) buffer.Add(first[i]);
        for (; v is not null; v = it.Next()) buffer.Add(v);
        return buffer.ToArray();
    }
}
