using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// An instance of a class whose solid base is <c>object</c>. Every protocol hook calls the
/// class's dunder (found along its MRO, where <c>object</c>'s own come last), so operators,
/// repr, len, iteration and calls reach user code. Attributes live in a shared-key layout's
/// value storage (or a dict), and in fixed slots when the class declares <c>__slots__</c>.
/// </summary>
public sealed class PyInstance : PyObject, IHeapInstance
{
    /// <summary>How many values an instance holds in its own fields, before <see cref="_extra"/>.</summary>
    internal const int InlineCount = 6;

    private PyType _type;

    public PyInstance(PyType type)
    {
        _type = type;
        var needed = type.SlotCount;
        if (type.HasInstanceDict)
        {
            var root = type.InstanceLayoutRoot;
            _shape = root;
            needed += root.CapacityHint;
        }
        if (needed > InlineCount) _extra = new InstanceValue[needed - InlineCount];
    }

    public override PyType Type => _type;

    /// <summary>Assigning <c>__class__</c>.</summary>
    public void AssignClass(PyType type) => _type = type;

    // Where the attributes live: an InstanceLayout (the usual case; the values are in the value
    // storage by its indexes), a PyDict (once the dict was asked for or the shape stopped fitting a
    // layout), or null (a class with __slots__ only); never in both. One field for both saves
    // 8 bytes on every instance, and an attribute site compares it with its cached layout as before.
    private object? _shape;

    // The value storage: the __slots__ values (indexes below the type's SlotCount), then the
    // layout's values. The first InlineCount live in the instance itself, so reading an attribute
    // touches the instance and not a second array object (a cache miss per read in object-heavy code).
    // A layout value that is null is an attribute deleted since (del keeps the layout).
    private InlineValues _inline;
    private InstanceValue[]? _extra;

    [System.Runtime.CompilerServices.InlineArray(InlineCount)]
    private struct InlineValues
    {
        private PyObject? _first;
    }

    /// <summary>The layout or dict (or null) that holds the attributes, for a site to compare with the layout it cached.</summary>
    internal object? Shape => _shape;

    /// <summary>The names of the attributes held in the value storage; null once they are in a dict (or for a class without one).</summary>
    public InstanceLayout? Layout => _shape as InstanceLayout;

    // Float attributes without a float made per store. A number stored from compiled code that holds
    // it unboxed (StoreDouble) goes into a float this instance makes and keeps to itself: while no one
    // else has it, the next such store overwrites its value instead of making another (an object
    // per store that outlives the young generation whenever the instance does, and drags the GC).
    // A bit per storage index (below 32) says the float there is still private. Every other way to
    // the value (ValueAt: reads, dict moves, slots, boxed stores) clears the bit first, so the float
    // is only shared once it is immutable to us, and identity holds (o.x is o.x). Chosen over a
    // double kept in the storage itself, which would need a second field per value or a box made per
    // boxed read (more memory, and more allocation where reads are boxed); reusing a float in place
    // without such a mark is not possible: nothing counts references.
    private uint _privateFloats;

    // id() and the default hash: in the padding the field above leaves (instances stay 96 bytes).
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    /// <summary>The value at <paramref name="index"/> of the value storage (see <see cref="StorageIndex"/>), as a reference that may be handed out.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal ref PyObject? ValueAt(int index)
    {
        if (_privateFloats != 0) Share(index);
        return ref Storage(index);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref PyObject? Storage(int index)
    {
        if ((uint)index < InlineCount) return ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.CompilerServices.Unsafe.As<InlineValues, PyObject?>(ref _inline), index);
        return ref _extra![index - InlineCount].Value;
    }

    private void Share(int index)
    {
        if ((uint)index < 32) _privateFloats &= ~(1u << index);
    }

    /// <summary>
    /// The value at <paramref name="index"/> for a read that keeps only its number (Unboxed.Of copies
    /// a float's value): the float stays private.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyObject? PeekValue(int index) => Storage(index);

    /// <summary>
    /// Stores the float <paramref name="value"/> at <paramref name="index"/>: into the private float
    /// there when there is one, else into a new one kept private. The caller has checked that the
    /// attribute may be set in place (a present layout value, or a slot).
    /// </summary>
    internal void StoreDouble(int index, double value)
    {
        ref var slot = ref Storage(index);
        if ((uint)index >= 32)
        {
            slot = new PyFloat(value);
            return;
        }
        var bit = 1u << index;
        if ((_privateFloats & bit) != 0)
        {
            System.Runtime.CompilerServices.Unsafe.As<PyFloat>(slot!).Overwrite(value);
            return;
        }
        slot = new PyFloat(value);
        _privateFloats |= bit;
    }

    /// <summary>Where the layout value at <paramref name="layoutIndex"/> sits in the value storage (after the slots).</summary>
    internal int StorageIndex(int layoutIndex) => _type.SlotCount + layoutIndex;

    /// <summary>The instance's <c>__dict__</c>, made from the layout's values when first asked for; null for classes with <c>__slots__</c> only.</summary>
    public PyDict? Dict
    {
        get
        {
            if (_shape is InstanceLayout layout) MoveToDict(layout);
            return DictIfAny;
        }
        set
        {
            if (_shape is InstanceLayout layout) ClearLayoutValues(layout);
            _shape = value;
        }
    }

    /// <summary>The dict that holds the attributes once there is one (no layout); does not make one.</summary>
    internal PyDict? DictIfAny => _shape is null or InstanceLayout ? null : System.Runtime.CompilerServices.Unsafe.As<PyDict>(_shape);

    private PyDict MoveToDict(InstanceLayout layout)
    {
        // Sized for the names up front, which are distinct: no growth, no probe for an existing key.
        var dict = new PyDict(layout.Count);
        var start = StorageIndex(0);
        for (var i = 0; i < layout.Count; i++)
        {
            // Deleted attributes (null) are not in the dict.
            if (ValueAt(start + i) is { } value)
            {
                var key = layout.KeyAt(i);
                dict.Set(key, key.TextHash(), value);
            }
        }
        _shape = dict;
        ClearLayoutValues(layout);
        return dict;
    }

    // The dict holds them now: drop the storage's references so they do not outlive it.
    private void ClearLayoutValues(InstanceLayout layout)
    {
        var start = StorageIndex(0);
        for (var i = 0; i < layout.Count; i++) ValueAt(start + i) = null;
    }

    /// <summary>Moves to <paramref name="next"/>, the current layout with one name added, storing that attribute's value.</summary>
    internal void AppendToLayout(InstanceLayout next, PyObject value)
    {
        var index = StorageIndex(next.Count - 1);
        if (index >= InlineCount)
        {
            var extra = _extra ?? [];
            if (index - InlineCount >= extra.Length)
            {
                Array.Resize(ref extra, Math.Max(4, extra.Length * 2));
                _extra = extra;
            }
        }
        ValueAt(index) = value;
        _shape = next;
    }

    /// <summary><see cref="AppendToLayout"/> for a float number: it goes into a new float kept private (see <see cref="StoreDouble"/>).</summary>
    internal void AppendDouble(InstanceLayout next, double value)
    {
        AppendToLayout(next, new PyFloat(value));
        var index = StorageIndex(next.Count - 1);
        if ((uint)index < 32) _privateFloats |= 1u << index;
    }

    /// <summary>
    /// Sets the attribute at <paramref name="layoutIndex"/> of the current layout, which may have
    /// been deleted. A deleted attribute set again comes last in <c>__dict__</c>, as in CPython:
    /// in place when every attribute after it is deleted too (the order is then already right),
    /// otherwise the instance moves to a dict, where the name is added at the end.
    /// </summary>
    internal void SetLayoutValue(InstanceLayout layout, int layoutIndex, PyObject value)
    {
        var start = StorageIndex(0);
        ref var slot = ref ValueAt(start + layoutIndex);
        if (slot is not null)
        {
            slot = value;
            return;
        }
        for (var i = layoutIndex + 1; i < layout.Count; i++)
        {
            if (ValueAt(start + i) is not null)
            {
                MoveToDict(layout).SetStr(layout.NameAt(layoutIndex), value);
                return;
            }
        }
        slot = value;
    }

    /// <summary>The value of the class's <c>__slots__</c> member at <paramref name="index"/>.</summary>
    public ref PyObject? SlotRef(int index) => ref ValueAt(index);

    // Sealed: attribute sites read Layout/ValueAt directly for plain instances (Attributes.OwnAttribute).
    public override PyObject? GetOwnAttribute(string name)
    {
        if (Layout is { } layout)
        {
            var i = layout.IndexOf(name);
            return i >= 0 ? ValueAt(StorageIndex(i)) : null;
        }
        return DictIfAny?.TryGetStr(name);
    }

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (_shape is InstanceLayout layout)
        {
            var i = layout.IndexOf(name);
            if (i >= 0)
            {
                SetLayoutValue(layout, i, value);
                return true;
            }
            if (layout.Add(name) is { } next)
            {
                AppendToLayout(next, value);
                return true;
            }
            MoveToDict(layout);
        }
        if (DictIfAny is not { } dict) return false;
        dict.SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name)
    {
        if (_shape is InstanceLayout layout)
        {
            // The layout stays (instances that delete the same names keep sharing it); the value
            // becomes null, which every read takes for absent.
            var i = layout.IndexOf(name);
            if (i < 0) return false;
            ref var slot = ref ValueAt(StorageIndex(i));
            if (slot is null) return false;
            slot = null;
            return true;
        }
        return DictIfAny is { } dict && dict.RemoveStr(name);
    }

    public override string Repr() => SpecialMethods.CheckString(SpecialMethods.Call0(this, SpecialMethods.Find(this, "__repr__")!), "__repr__");

    public override string Str() => SpecialMethods.CheckString(SpecialMethods.Call0(this, SpecialMethods.Find(this, "__str__")!), "__str__");

    public override bool IsTrue()
    {
        if (SpecialMethods.Find(this, "__bool__") is PyNone) throw Errors.TypeError("'NoneType' object is not callable");
        if (SpecialMethods.Find(this, "__bool__") is { } b)
        {
            var r = SpecialMethods.Call0(this, b);
            return r is PyBool v ? v.Value : throw Errors.TypeError($"__bool__ should return bool, returned {r.Type.TpName}");
        }
        if (SpecialMethods.Find(this, "__len__") is { } len && len is not PyNone)
        {
            return SpecialMethods.CheckLength(SpecialMethods.Call0(this, len)) != 0;
        }
        return true;
    }

    public override long Hash()
    {
        var h = SpecialMethods.Find(this, "__hash__");
        if (h is null or PyNone) throw Errors.TypeError($"unhashable type: '{Type.TpName}'");
        var r = SpecialMethods.Call0(this, h);
        if (r is not PyInt i) throw Errors.TypeError("__hash__ method should return an integer");
        // As slot_tp_hash: a result that fits a Py_hash_t is kept (so x.__hash__() returning hash(y) gives hash(y)); only larger ints are hashed.
        if (i.IsSmall) return i.Small == -1 ? -2 : i.Small;
        return Hashing.Hash(i);
    }

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        SpecialMethods.Binary(this, SpecialNames.Binary(op), other);

    public override PyObject? ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        SpecialMethods.Binary(this, SpecialNames.Reflected(op), other);

    public override PyObject? InPlaceOp(BinaryOperator op, PyObject other) =>
        SpecialMethods.Binary(this, SpecialNames.InPlace(op), other);

    public override PyObject? UnaryOp(UnaryOperator op) => SpecialMethods.TryCall0(this, SpecialMethods.UnaryName(op));

    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        var m = Type.LookupSpecial(SpecialNames.Compare(op));
        if (m is null || m is PyNone) return null;
        // Inherited from object (an enum member, most plain classes): answered without a call.
        if (ObjectMethods.DefaultComparison(this, m, op, other, out var known)) return known;
        var r = SpecialMethods.Call1(this, m, other);
        return ReferenceEquals(r, PyNotImplemented.Instance) ? null : r;
    }

    public override long Length()
    {
        var len = SpecialMethods.Find(this, "__len__");
        return len is null or PyNone ? -1 : SpecialMethods.CheckLength(SpecialMethods.Call0(this, len));
    }

    public override PyObject? GetItem(PyObject key)
    {
        if (SpecialMethods.Find(this, "__getitem__") is { } m and not PyNone) return SpecialMethods.Call1(this, m, key);
        return null;
    }

    public override bool SetItem(PyObject key, PyObject value)
    {
        if (SpecialMethods.Find(this, "__setitem__") is not { } m || m is PyNone) return false;
        SpecialMethods.Call2(this, m, key, value);
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        if (SpecialMethods.Find(this, "__delitem__") is not { } m || m is PyNone) return false;
        SpecialMethods.Call1(this, m, key);
        return true;
    }

    public override PyIterator? Iter()
    {
        var m = SpecialMethods.Find(this, "__iter__");
        if (m is null or PyNone)
        {
            // The old protocol: __getitem__ with 0, 1, 2... until IndexError.
            return SpecialMethods.Find(this, "__getitem__") is { } g and not PyNone ? new SequenceIterator(this) : null;
        }
        return SpecialMethods.IteratorOf(SpecialMethods.Call0(this, m));
    }

    public override bool? Contains(PyObject value)
    {
        if (SpecialMethods.Find(this, "__contains__") is not { } m || m is PyNone) return null;
        return Truth.IsTrue(SpecialMethods.Call1(this, m, value));
    }

    private PyObject CallDunder() =>
        _type.LookupSpecial(SpecialName.Call) ?? throw Errors.TypeError($"'{Type.TpName}' object is not callable");

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => SpecialMethods.Call(this, CallDunder(), args, kwnames);
    public override PyObject Call0() => SpecialMethods.Call0(this, CallDunder());
    public override PyObject Call1(PyObject a) => SpecialMethods.Call1(this, CallDunder(), a);
    public override PyObject Call2(PyObject a, PyObject b) => SpecialMethods.Call2(this, CallDunder(), a, b);
}
