using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// An OrderedDict's iterator (CPython's odict_iterator): keys, values or items, forwards or
/// reversed. Like CPython's, a key added, deleted or moved since the start makes the next step
/// raise "OrderedDict mutated during iteration" and end the iterator; a size change alone (a
/// clear()) raises "OrderedDict changed size during iteration" at that step and every later one;
/// once the last key was given nothing is checked any more. Values are read at each step, so a
/// value stored meanwhile is seen.
/// </summary>
internal sealed class OrderedDictIterator : PyIterator
{
    public static readonly PyType IteratorType = new("odict_iterator", null);

    private PyDictSubclass? _dict;
    private readonly DictIterator.Kind _kind;
    private readonly bool _reversed;
    private readonly PyDict.OrderStamp _stamp;
    private int _size;
    private int _pos; // the entry the next step gives, -1 when none is left

    public OrderedDictIterator(PyDictSubclass dict, DictIterator.Kind kind, bool reversed)
    {
        _dict = dict;
        _kind = kind;
        _reversed = reversed;
        _stamp = dict.StampOrder(dict.FirstEntry.Free);
        _size = dict.Count;
        _pos = dict.FirstLivePosition(reversed);
    }

    public override PyType Type => IteratorType;

    public override PyObject? Next()
    {
        if (!Step(out var k, out var v)) return null;
        return _kind switch
        {
            DictIterator.Kind.Keys => k,
            DictIterator.Kind.Values => v,
            _ => PyTuple.Of(k, v),
        };
    }

    protected override bool GivesPairs => _kind == DictIterator.Kind.Items;

    public override bool NextPair(out PyObject first, out PyObject second)
    {
        if (_kind != DictIterator.Kind.Items) return base.NextPair(out first, out second);
        return Step(out first, out second);
    }

    private bool Step(out PyObject key, out PyObject value)
    {
        key = value = null!;
        var dict = _dict;
        if (dict is null) return false;
        if (_pos < 0)
        {
            _dict = null;
            return false;
        }
        if (!dict.StampOrder(dict.FirstEntry.Free).SameAs(_stamp) && !ClearedOnly(dict))
        {
            _dict = null;
            throw Errors.Raise(ExceptionTypes.RuntimeError, "OrderedDict mutated during iteration");
        }
        if (dict.Count != _size)
        {
            _size = -1;
            throw Errors.Raise(ExceptionTypes.RuntimeError, "OrderedDict changed size during iteration");
        }
        dict.EntryAt(_pos, out key, out value);
        _pos = dict.LivePositionAfter(_pos, _reversed);
        return true;
    }

    // Emptied by clear() with no other change before it since the start (CPython's clear leaves
    // od_state as it was), nor any since (an insertion makes an entry array).
    private bool ClearedOnly(PyDictSubclass dict) =>
        dict.IsClearedEmpty && dict.OrderAtClear is { } before && before.Value.SameAs(_stamp);
}
