using System.Runtime.CompilerServices;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Where one loop (or one iterable of a zip or enumerate a loop took over) gets its items, without
/// an iterator object where none can be seen: an exact list is walked by index, its length read
/// again at each step (CPython's list iterator: items appended meanwhile are seen, a shrunk list
/// ends the loop early); an exact tuple likewise; an exact dict's keys, values or items straight
/// from its entries, with dict iteration's size and key checks; anything else through its iterator.
/// A subclass of list, tuple or dict always goes through its iterator (it may override <c>__iter__</c>).
/// </summary>
public struct LoopSource
{
    private PyList? _list;
    private PyObject[]? _tuple;
    private PyDict? _dict;
    private PyIterator? _iterator;
    // The next index (list, tuple) or entry position (dict); int.MaxValue once a list or tuple is exhausted.
    private int _index;
    // A dict's size when the loop started, and how many entries it may still give.
    private int _size;
    private int _remaining;
    private DictIterator.Kind _dictKind;

    /// <summary>The items of <paramref name="iterable"/>, as <c>iter()</c> would give them.</summary>
    public static LoopSource Over(PyObject iterable)
    {
        var source = default(LoopSource);
        var type = iterable.GetType();
        if (type == typeof(PyList)) source._list = (PyList)iterable;
        else if (type == typeof(PyTuple)) source._tuple = ((PyTuple)iterable).ItemArray;
        else if (type == typeof(PyDict)) source.StartDict((PyDict)iterable, DictIterator.Kind.Keys);
        else if (iterable is DictView view) source.StartDict(view.Dict, view.Kind);
        else source._iterator = Iteration.GetIter(iterable);
        return source;
    }

    /// <summary>The items of an iterator something already made.</summary>
    public static LoopSource Of(PyIterator iterator) => new() { _iterator = iterator };

    /// <summary>An exact dict's keys, values or items (<c>d.items()</c> with its view not made).</summary>
    public static LoopSource OverDict(PyDict dict, DictIterator.Kind kind)
    {
        var source = default(LoopSource);
        source.StartDict(dict, kind);
        return source;
    }

    private void StartDict(PyDict dict, DictIterator.Kind kind)
    {
        _dict = dict;
        _dictKind = kind;
        _size = _remaining = dict.Count;
    }

    /// <summary>The iterator the items come from, null when none was made (a list, tuple or dict walked directly).</summary>
    public readonly PyIterator? Iterator => _iterator;

    /// <summary>The next item, or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? Next()
    {
        if (_list is { } list)
        {
            var i = _index;
            if ((uint)i < (uint)list.Count)
            {
                _index = i + 1;
                return list.ItemArray[i];
            }
            // An exhausted list iterator stays exhausted, whatever is appended later.
            _index = int.MaxValue;
            return null;
        }
        return NextOther();
    }

    private PyObject? NextOther()
    {
        if (_tuple is { } tuple)
        {
            var i = _index;
            if ((uint)i < (uint)tuple.Length)
            {
                _index = i + 1;
                return tuple[i];
            }
            return null;
        }
        if (_iterator is { } it) return it.Next();
        if (!StepDict(out var key, out var value)) return null;
        return _dictKind switch
        {
            DictIterator.Kind.Keys => key,
            DictIterator.Kind.Values => value,
            _ => new PyTuple([key, value]),
        };
    }

    /// <summary>The next item unpacked into two (see PyIterator.NextPair), false at the end.</summary>
    public bool NextPair(out PyObject first, out PyObject second)
    {
        if (_dict is not null && _dictKind == DictIterator.Kind.Items) return StepDict(out first, out second);
        if (_iterator is { } it) return it.NextPair(out first, out second);
        var item = Next();
        if (item is null)
        {
            first = second = null!;
            return false;
        }
        Unpacking.UnpackPair(item, out first, out second);
        return true;
    }

    /// <summary>
    /// <see cref="NextPair(out PyObject, out PyObject)"/> where tracebacks mark positions: an item
    /// that does not unpack is reported at the targets' <paramref name="place"/>.
    /// </summary>
    public bool NextPair(out PyObject first, out PyObject second, ref int line, int place)
    {
        if (_dict is not null && _dictKind == DictIterator.Kind.Items) return StepDict(out first, out second);
        if (_iterator is { } it) return it.NextPair(out first, out second, ref line, place);
        var item = Next();
        if (item is null)
        {
            first = second = null!;
            return false;
        }
        line = place;
        Unpacking.UnpackPair(item, out first, out second);
        return true;
    }

    // CPython's dictiter_iternextitem: the size is checked before each step, the count of entries given after.
    private bool StepDict(out PyObject key, out PyObject value)
    {
        key = value = null!;
        var dict = _dict!;
        if (_remaining < 0) return false;
        if (dict.Count != _size)
        {
            _remaining = -1;
            throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
        }
        if (!dict.NextEntry(ref _index, out key, out value))
        {
            _remaining = -1;
            return false;
        }
        if (_remaining == 0)
        {
            _remaining = -1;
            throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "dictionary keys changed during iteration");
        }
        _remaining--;
        return true;
    }
}
