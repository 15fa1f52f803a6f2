using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// <c>collections.deque</c>: a ring buffer, O(1) at both ends; with maxlen, adding at one end
/// drops from the other. Iterators fail once the deque changes, as CPython's do.
/// </summary>
public partial class PyDeque : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    // A power of two long, so a position wraps with a mask. Always exactly a PyObject[] (made here,
    // filled by copying): see ObjectArrays.Store.
    private PyObject[] _items = new PyObject[8];
    private int _head;
    private int _count;
    private long _version;

    public long? MaxLen { get; private set; }

    public override PyType Type => TypeObject;
    public int Count => _count;

    public PyObject this[int index]
    {
        get => _items[(_head + index) & (_items.Length - 1)];
        set => ObjectArrays.Store(_items, (_head + index) & (_items.Length - 1), value);
    }

    private void Grow()
    {
        if (_count < _items.Length) return;
        var bigger = new PyObject[_items.Length * 2];
        var first = _items.Length - _head; // the run from _head to the end, then the wrapped part
        Array.Copy(_items, _head, bigger, 0, first);
        Array.Copy(_items, 0, bigger, first, _head);
        _items = bigger;
        _head = 0;
    }

    public void Append(PyObject item)
    {
        _version++;
        if (MaxLen == 0) return;
        if (MaxLen is { } max && _count == max) PopLeft();
        Grow();
        ObjectArrays.Store(_items, (_head + _count) & (_items.Length - 1), item);
        _count++;
    }

    public void AppendLeft(PyObject item)
    {
        _version++;
        if (MaxLen == 0) return;
        if (MaxLen is { } max && _count == max) Pop();
        Grow();
        _head = (_head - 1) & (_items.Length - 1);
        ObjectArrays.Store(_items, _head, item);
        _count++;
    }

    public PyObject Pop()
    {
        if (_count == 0) throw Errors.IndexError("pop from an empty deque");
        _version++;
        var v = this[_count - 1];
        this[_count - 1] = null!;
        _count--;
        return v;
    }

    public PyObject PopLeft()
    {
        if (_count == 0) throw Errors.IndexError("pop from an empty deque");
        _version++;
        var v = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
        return v;
    }

    public PyObject[] ToArray()
    {
        var result = new PyObject[_count];
        for (var i = 0; i < _count; i++) result[i] = this[i];
        return result;
    }

    private void Reset(PyObject[] items)
    {
        _version++;
        _items = new PyObject[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)System.Math.Max(8, items.Length * 2))];
        items.CopyTo(_items, 0);
        _head = 0;
        _count = items.Length;
    }

    public void Clear() => Reset([]);

    /// <summary>
    /// Moves the last n items to the front (the first -n to the back when negative), one at a time
    /// from whichever end is nearer: O(min(n, len - n)), in place. Iterators see a change, as in CPython.
    /// </summary>
    public void Rotate(long n)
    {
        if (_count <= 1) return;
        _version++;
        n %= _count;
        if (n < 0) n += _count;
        var mask = _items.Length - 1;
        if (n <= _count / 2)
        {
            for (var k = 0; k < n; k++)
            {
                var tail = (_head + _count - 1) & mask;
                _head = (_head - 1) & mask;
                ObjectArrays.Store(_items, _head, _items[tail]);
                if (tail != _head) _items[tail] = null!;
            }
            return;
        }
        for (var k = n; k < _count; k++)
        {
            var end = (_head + _count) & mask;
            ObjectArrays.Store(_items, end, _items[_head]);
            if (end != _head) _items[_head] = null!;
            _head = (_head + 1) & mask;
        }
    }

    /// <summary>Reverses in place; CPython's reverse leaves iterators running, so the version stays.</summary>
    public void ReverseInPlace()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
    }

    public override long Length() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Errors.TypeError("unhashable type: 'collections.deque'");

    public override string Repr()
    {
        var body = Text.SequenceRepr(this, "[", "]", ToArray());
        if (body == "[...]" && _count > 0) return "[...]";
        // The class's own name, as CPython's: D([1, 2]) for a subclass D.
        return MaxLen is { } m ? $"{Type.Name}({body}, maxlen={m})" : $"{Type.Name}({body})";
    }

    public override bool? Contains(PyObject value)
    {
        var version = _version;
        for (var i = 0; i < _count; i++)
        {
            if (Comparison.Equal(this[i], value)) return true;
            if (version != _version) throw Errors.RuntimeError("deque mutated during iteration");
        }
        return false;
    }

    public override PyIterator Iter() => new DequeIterator(this, reverse: false);

    private sealed class DequeIterator(PyDeque deque, bool reverse) : PyIterator
    {
        public static readonly PyType IteratorType = new("_deque_iterator", null) { Module = "_collections", TpName = "_collections._deque_iterator" };
        public static readonly PyType ReverseType = new("_deque_reverse_iterator", null) { Module = "_collections", TpName = "_collections._deque_reverse_iterator" };
        private readonly long _version = deque._version;
        private int _index;

        public override PyType Type => reverse ? ReverseType : IteratorType;

        public override PyObject? Next()
        {
            if (deque._version != _version) throw Errors.RuntimeError("deque mutated during iteration");
            if (_index >= deque._count) return null;
            var i = _index++;
            return deque[reverse ? deque._count - 1 - i : i];
        }
    }

    public PyIterator Reversed() => new DequeIterator(this, reverse: true);

    private int NormalizeIndex(PyObject key)
    {
        if (key is not PyInt && !(key.Type.IsHeapType && key.Type.Lookup("__index__") is not null))
        {
            throw Errors.TypeError($"sequence index must be integer, not '{key.Type.TpName}'");
        }
        var index = Conversions.ToIndex(key);
        if (index < 0) index += _count;
        if (index < 0 || index >= _count) throw Errors.IndexError("deque index out of range");
        return (int)index;
    }

    public override PyObject? GetItem(PyObject key) => this[NormalizeIndex(key)];

    public override bool SetItem(PyObject key, PyObject value)
    {
        this[NormalizeIndex(key)] = value;
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        var index = NormalizeIndex(key);
        var items = new List<PyObject>(ToArray());
        items.RemoveAt(index);
        Reset([.. items]);
        return true;
    }

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is PyDeque d ? Comparison.CompareSequences(ToArray(), d.ToArray(), op) : null;

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is not PyDeque d) throw Errors.TypeError($"can only concatenate deque (not \"{other.Type.TpName}\") to deque");
            var result = Copy();
            foreach (var v in d.ToArray()) result.Append(v);
            return result;
        }
        if (op == BinaryOperator.Mult && other is PyInt) return Copy().InPlaceOp(op, other);
        return null;
    }

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Mult && other is PyInt ? BinaryOp(op, other) : null;

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            Extend(other);
            return this;
        }
        if (op == BinaryOperator.Mult && other is PyInt times)
        {
            var items = ToArray();
            Clear();
            for (long k = 0; k < times.Big; k++)
            {
                foreach (var v in items) Append(v);
            }
            return this;
        }
        return null;
    }

    /// <summary>
    /// <c>d.copy()</c>, which <c>+</c> and <c>*</c> start from: a subclass's copy is made by calling
    /// its class with the items and maxlen, as CPython's, so it is of that class.
    /// </summary>
    public PyDeque Copy()
    {
        if (GetType() == typeof(PyDeque))
        {
            var copy = new PyDeque { MaxLen = MaxLen };
            foreach (var v in ToArray()) copy.Append(v);
            return copy;
        }
        var made = MaxLen is { } m ? Type.Call([this, PyInt.From(m)], null) : Type.Call([this], null);
        return made as PyDeque ?? throw Errors.TypeError($"{Type.TpName}() must return a deque, not {made.Type.TpName}");
    }

    /// <summary>Makes this deque hold <paramref name="source"/>'s items and maxlen (a subclass's <c>__init__</c>).</summary>
    internal void ReplaceWith(PyDeque source)
    {
        MaxLen = source.MaxLen;
        Reset(source.ToArray());
    }

    public void Extend(PyObject iterable)
    {
        var items = ReferenceEquals(iterable, this) ? ToArray() : Iteration.ToArray(iterable);
        foreach (var v in items) Append(v);
    }

    public void ExtendLeft(PyObject iterable)
    {
        var items = ReferenceEquals(iterable, this) ? ToArray() : Iteration.ToArray(iterable);
        foreach (var v in items) AppendLeft(v);
    }

    internal void SetMaxLen(long? maxLen) => MaxLen = maxLen;
}
