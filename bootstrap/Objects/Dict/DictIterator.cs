namespace PyPack.Runtime.Objects;

/// <summary>Iterates a dict's keys, values or items; a size change during iteration raises RuntimeError.</summary>
public sealed class DictIterator(PyDict dict, DictIterator.Kind kind) : PyIterator
{
    public enum Kind { Keys, Values, Items }

    public static readonly PyType KeyIteratorType = new("dict_keyiterator", null);
    public static readonly PyType ValueIteratorType = new("dict_valueiterator", null);
    public static readonly PyType ItemIteratorType = new("dict_itemiterator", null);

    private readonly int _size = dict.Count;
    private int _remaining = dict.Count;
    private int _pos;
    private bool _done;

    public override PyType Type => kind switch
    {
        Kind.Keys => KeyIteratorType,
        Kind.Values => ValueIteratorType,
        _ => ItemIteratorType,
    };

    public override PyObject? Next()
    {
        if (!Step(out var k, out var v)) return null;
        if (kind == Kind.Keys) return k;
        return kind == Kind.Values ? v : PyTuple.Of(k, v);
    }

    /// <summary><c>for k, v in d.items()</c>: the key and value without the item tuple.</summary>
    protected override bool GivesPairs => true;

    public override bool NextPair(out PyObject first, out PyObject second)
    {
        if (kind != Kind.Items) return base.NextPair(out first, out second);
        return Step(out first, out second);
    }

    // Inlined into Next and NextPair, with the dict's entry walk: sum(d.values()), list(d.items())
    // and max(d, key=...) pay one virtual call an item, not three calls.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Step(out PyObject key, out PyObject value)
    {
        key = value = null!;
        if (_done) return false;
        if (dict.Count != _size) return SizeChanged();
        if (!dict.NextLiveEntry(ref _pos, out key, out value))
        {
            _done = true;
            return false;
        }
        if (_remaining == 0) return KeysChanged();
        _remaining--;
        return true;
    }

    private bool SizeChanged()
    {
        _done = true;
        throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "dictionary changed size during iteration");
    }

    private bool KeysChanged()
    {
        _done = true;
        throw Errors.Raise(Exceptions.ExceptionTypes.RuntimeError, "dictionary keys changed during iteration");
    }
}
