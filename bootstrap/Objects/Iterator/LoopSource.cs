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
    private enum Kind : byte { Iterator, List, Tuple, Keys, Values, Items }

    // The PyIterator, PyList, exact PyTuple or PyDict the items come from, as _kind says.
    private object? _source;
    // The next index (list, tuple) or entry position (dict); int.MaxValue once a list is exhausted.
    private int _index;
    // A dict's size when the loop started, and how many entries it may still give (-1: done).
    private int _size;
    private int _remaining;
    private Kind _kind;

    /// <summary>The items of <paramref name="iterable"/>, as <c>iter()</c> would give them.</summary>
    public static LoopSource Over(PyObject iterable)
    {
        var source = default(LoopSource);
        source.Init(iterable);
        return source;
    }

    /// <summary>Starts over <paramref name="iterable"/> in place (a loop's cursor is not copied).</summary>
    public void Init(PyObject iterable)
    {
        _index = 0;
        // Exact types only: a subclass may override __iter__ (the subclasses are sealed C# types).
        // Compares of the .NET class, not `is PyList`/`is PyDict` (a runtime call walking the class
        // chain each, twice for every loop over a generator or an iterator). Each test is written
        // out: NativeAOT folds `o.GetType() == typeof(C)` into one compare, while a Type kept in a
        // local is a call that makes the RuntimeType.
        if (iterable.GetType() == typeof(PyList))
        {
            _source = iterable;
            _kind = Kind.List;
        }
        else if (iterable.GetType() == typeof(PyDict)) InitDict(Unsafe.As<PyDict>(iterable), DictIterator.Kind.Keys);
        else if (iterable.GetType() == typeof(DictView)) InitDict(Unsafe.As<DictView>(iterable).Dict, Unsafe.As<DictView>(iterable).Kind);
        else if (PyTuple.AsExact(iterable) is { } tuple)
        {
            _source = tuple;
            _kind = Kind.Tuple;
        }
        else
        {
            _source = Iteration.GetIter(iterable);
            _kind = Kind.Iterator;
        }
    }

    /// <summary>Starts over an iterator something already made.</summary>
    public void Init(PyIterator iterator)
    {
        _source = iterator;
        _kind = Kind.Iterator;
    }

    /// <summary>Starts over an exact dict's keys, values or items (<c>d.items()</c> with its view not made).</summary>
    public void InitDict(PyDict dict, DictIterator.Kind kind)
    {
        _source = dict;
        _kind = kind switch
        {
            DictIterator.Kind.Keys => Kind.Keys,
            DictIterator.Kind.Values => Kind.Values,
            _ => Kind.Items,
        };
        _index = 0;
        _size = _remaining = dict.Count;
    }

    /// <summary>The iterator the items come from, null when none was made (a list, tuple or dict walked directly).</summary>
    public readonly PyIterator? Iterator => _kind == Kind.Iterator ? Unsafe.As<PyIterator>(_source) : null;

    /// <summary>The next item, or null at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? Next()
    {
        var kind = _kind;
        if (kind == Kind.List)
        {
            var list = Unsafe.As<PyList>(_source)!;
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
        if (kind == Kind.Tuple)
        {
            var items = Unsafe.As<PyTuple>(_source)!.Items;
            var i = _index;
            if ((uint)i < (uint)items.Length)
            {
                _index = i + 1;
                return items[i];
            }
            return null;
        }
        if (kind == Kind.Iterator) return Unsafe.As<PyIterator>(_source)!.Next();
        return NextFromDict();
    }

    private PyObject? NextFromDict()
    {
        if (!StepDict(out var key, out var value)) return null;
        return _kind switch
        {
            Kind.Keys => key,
            Kind.Values => value,
            _ => PyTuple.Of(key, value),
        };
    }

    /// <summary>The next item unpacked into two (see PyIterator.NextPair), false at the end.</summary>
    public bool NextPair(out PyObject first, out PyObject second)
    {
        if (_kind == Kind.Items) return StepDict(out first, out second);
        if (_kind == Kind.Iterator) return Unsafe.As<PyIterator>(_source)!.NextPair(out first, out second);
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
        if (_kind == Kind.Items) return StepDict(out first, out second);
        if (_kind == Kind.Iterator) return Unsafe.As<PyIterator>(_source)!.NextPair(out first, out second, ref line, place);
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
    // Inlined into the keys/values step and NextPair, with the dict's own step (no call per item).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StepDict(out PyObject key, out PyObject value)
    {
        key = value = null!;
        var dict = Unsafe.As<PyDict>(_source)!;
        if (_remaining < 0) return false;
        if (dict.Count != _size)
        {
            _remaining = -1;
            throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
        }
        if (!dict.NextLiveEntry(ref _index, out key, out value))
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
