using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// One <c>o.name</c> in compiled code, with a cache of what the attribute protocol found for the
/// last four types seen there (an inline cache; several, because a method of a base class often sees
/// instances of the base and of its subclasses). While a type's <see cref="PyType.VersionTag"/> is
/// unchanged, its MRO lookup and the choice of path are reused; the instance's own attributes are
/// still read every time (by the index cached for their layout), so the result is always what the
/// full protocol would give.
/// </summary>
public sealed class AttributeSite(string name)
{
    public string Name { get; } = name;

    /// <summary>Where the name was last found in an instance dict: tried first, before any probing.</summary>
    internal int DictHint;

    // The last plain instance attribute resolved here (most sites see one class and one layout):
    // while an instance has HitType (at the tag in HitTagIndex) and HitShape, the value is at the
    // index in HitTagIndex for reads and plain stores. Kept in the site itself so that a hit reads
    // its facts one load sooner than through a way's entry (richards spends a third of its time in
    // attribute reads). Set only from the slow paths, so a site that sees several types keeps using
    // its ways for the others. Tag and index are one word, written and read at once: interpreters
    // running side by side (the in-process test host) share the runtime's own sites, and since tags
    // are never reused, a torn mix of two writers' fields never passes the check.
    internal PyType? HitType;
    internal object? HitShape;
    internal long HitTagIndex;

    /// <summary>
    /// Remembers that instances of <paramref name="cached"/>'s type whose attributes are held by
    /// <paramref name="shape"/> (a layout, or null for a class with <c>__slots__</c> only) have this
    /// name at <paramref name="index"/> of their value storage, read and set as a plain value.
    /// </summary>
    internal void RememberHit(AttributeCacheEntry cached, object? shape, int index)
    {
        var plain = cached.Path == AttributePath.Instance ? cached.PlainSet && shape is InstanceLayout
            : cached.Path == AttributePath.Slot && cached.SlotSet && shape is null or InstanceLayout;
        if (!plain) return;
        HitType = cached.Type;
        HitShape = shape;
        HitTagIndex = ((long)cached.Tag << 32) | (uint)index;
    }

    private PyStr? _key;

    /// <summary>What <c>super().name</c> found here last (PySuper.FindInMro), for which classes and tag.</summary>
    internal SuperHit? LastSuper;

    /// <summary>What <c>C.name</c> read here last, when it may be reused (Attributes.ClassAttribute).</summary>
    internal ClassAttributeHit? ClassHit;

    // The hits of the classes read here before the last one, replaced in turn: a metaclass's method
    // (EnumType.__call__ reading cls._value2member_map_) or a classmethod sees several classes.
    private ClassAttributeHit?[]? _olderClassHits;
    private int _nextOlderClassHit;

    /// <summary>A reusable earlier hit of <paramref name="cls"/>, or null.</summary>
    internal ClassAttributeHit? OlderClassHit(PyType cls)
    {
        if (_olderClassHits is not { } older) return null;
        foreach (var hit in older)
        {
            if (hit is not null && hit.IsValidFor(cls)) return hit;
        }
        return null;
    }

    /// <summary>Makes <paramref name="hit"/> (null: nothing reusable) the last read of <paramref name="cls"/>; the last hit of another class moves to the older ones.</summary>
    internal void RememberClassHit(PyType cls, ClassAttributeHit? hit)
    {
        if (ClassHit is { } last && !ReferenceEquals(last.Class, cls))
        {
            var older = _olderClassHits ??= new ClassAttributeHit?[3];
            var at = _nextOlderClassHit;
            older[at] = last;
            _nextOlderClassHit = at == older.Length - 1 ? 0 : at + 1;
        }
        ClassHit = hit;
    }

    /// <summary>
    /// The module global <c>m.name</c> read here last (<c>os.path</c>, <c>logging.DEBUG</c>): a module's
    /// cells stay the same objects for its lifetime, so the next read of that module is a cell read.
    /// </summary>
    internal GlobalCell? ModuleCell;

    /// <summary>The name as a str object, made once: a new dict entry for the name shares it.</summary>
    internal PyStr Key => _key ??= new PyStr(Name);

    private long _hash;
    private int _hashGeneration = -1;

    /// <summary>The name's str hash, computed once (again only if PYTHONHASHSEED's key changed).</summary>
    internal long Hash
    {
        get
        {
            if (_hashGeneration != StrHash.Generation)
            {
                _hash = StrHash.Of(Name);
                _hashGeneration = StrHash.Generation;
            }
            return _hash;
        }
    }

    // The types seen here (a base-class method sees its subclasses' instances), in four fields
    // rather than an array: each way costs two loads and a compare, inline at every attribute
    // operation, with no bounds check. Empty ways hold a sentinel whose type matches nothing.
    private AttributeCacheEntry _way0 = AttributeCacheEntry.Empty;
    private AttributeCacheEntry _way1 = AttributeCacheEntry.Empty;
    private AttributeCacheEntry _way2 = AttributeCacheEntry.Empty;
    private AttributeCacheEntry _way3 = AttributeCacheEntry.Empty;

    /// <summary>The cached facts about <paramref name="type"/> as it is now, refreshed if stale.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal AttributeCacheEntry For(PyType type) => Cached(type) ?? Miss(type);

    /// <summary>
    /// <see cref="For"/> without the refresh: the cached facts when a way holds them, else null. The
    /// attribute fast paths use it so that they make no call (and need no stack frame) on a hit.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal AttributeCacheEntry? Cached(PyType type)
    {
        // No reordering on a hit: a site that alternates between types would write a field on
        // every access (a reference store with its GC barrier), which costs more than the checks.
        var tag = type.VersionTag;
        var e = _way0;
        if (ReferenceEquals(e.Type, type) && e.Tag == tag) return e;
        e = _way1;
        if (ReferenceEquals(e.Type, type) && e.Tag == tag) return e;
        e = _way2;
        if (ReferenceEquals(e.Type, type) && e.Tag == tag) return e;
        e = _way3;
        if (ReferenceEquals(e.Type, type) && e.Tag == tag) return e;
        return null;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private AttributeCacheEntry Miss(PyType type)
    {
        var e = new AttributeCacheEntry(type, Name);
        // Replace a stale entry of the same type, else an empty way, else the last.
        if (ReferenceEquals(_way0.Type, type) || ReferenceEquals(_way0, AttributeCacheEntry.Empty)) _way0 = e;
        else if (ReferenceEquals(_way1.Type, type) || ReferenceEquals(_way1, AttributeCacheEntry.Empty)) _way1 = e;
        else if (ReferenceEquals(_way2.Type, type) || ReferenceEquals(_way2, AttributeCacheEntry.Empty)) _way2 = e;
        else _way3 = e;
        return e;
    }
}

/// <summary>A <c>super().name</c> site's memory: in <c>Start</c>'s MRO after <c>This</c>, while Start has <c>Tag</c>, the name is <c>Found</c>.</summary>
internal sealed class SuperHit(PyType start, PyType @this, int tag, PyObject? found)
{
    public PyType Start { get; } = start;
    public PyType This { get; } = @this;
    public int Tag { get; } = tag;
    public PyObject? Found { get; } = found;
}

/// <summary>
/// A class attribute a site may give again without the lookup: <c>Value</c> is what
/// <c>Class.name</c> gave while <c>Class</c> had <c>Tag</c> and its metaclass <c>MetaTag</c> (and,
/// for an instance of a class, while that class had <c>ValueTag</c>: it could gain <c>__get__</c>).
/// A class, not a record: nothing compares these by value, and a record's generated members stay
/// in every binary.
/// </summary>
internal sealed class ClassAttributeHit(PyType @class, int tag, int metaTag, PyObject value, PyType? valueType, int valueTag, PyFunction? classMethod = null)
{
    public PyType Class { get; } = @class;

    /// <summary>
    /// The function of a classmethod <c>Class.name</c> found (<c>Value</c> is then one bound method it
    /// gave): each read binds it anew, and a call <c>Class.name(...)</c> runs it with the class first.
    /// </summary>
    public PyFunction? ClassMethod { get; } = classMethod;
    public int Tag { get; } = tag;
    public int MetaTag { get; } = metaTag;
    public PyObject Value { get; } = value;
    public PyType? ValueType { get; } = valueType;
    public int ValueTag { get; } = valueTag;

    /// <summary>Whether this is still what reading the name on <paramref name="cls"/> gives: neither the class (its MRO's dicts), its metaclass nor a remembered value's own class changed.</summary>
    public bool IsValidFor(PyType cls) => ReferenceEquals(Class, cls) && Tag == cls.VersionTag && MetaTag == cls.MetatypeVersionTag
        && (ValueType is null || (ReferenceEquals(Value.Type, ValueType) && ValueType.VersionTag == ValueTag));

    /// <summary>The value read: a classmethod's function bound anew to the class.</summary>
    public PyObject ValueFor(PyType cls) => ClassMethod is { } function ? new PyBoundMethod(function, cls) : Value;

    /// <summary>
    /// The names type's own data descriptors answer (TypeAttributes.Get makes them up or reads the class's
    /// own dict, not the MRO); every other dunder (<c>object.__new__</c>, <c>int.__repr__</c>) is found along
    /// the MRO like any name.
    /// </summary>
    private static bool IsComputedByType(string name) => name is "__name__" or "__qualname__" or "__module__" or "__mro__"
        or "__bases__" or "__base__" or "__class__" or "__dict__" or "__abstractmethods__" or "__annotations__" or "__doc__";

    /// <summary>
    /// The memory of <c>cls.name</c> == <paramref name="value"/>, or null when the read must be
    /// repeated: for a name type does not answer itself (IsComputedByType) found along the MRO, not
    /// a descriptor whose result is made on each read (__get__; a classmethod of a function is
    /// remembered as its function, bound on each read), under a metaclass
    /// that reads it as type does: type itself, or one (EnumType) that keeps type.__getattribute__
    /// and has nothing of that name (a data descriptor there would come first; its __getattr__ is
    /// asked only for names the class lacks).
    /// </summary>
    internal static ClassAttributeHit? For(PyType cls, string name, PyObject value)
    {
        if (IsComputedByType(name)) return null;
        var meta = cls.Type;
        if (!ReferenceEquals(meta, PyType.TypeType)
            && (!ReferenceEquals(meta.LookupSpecial(SpecialName.GetAttribute), PyType.TypeType.LookupSpecial(SpecialName.GetAttribute)) || meta.Lookup(name) is not null))
        {
            return null;
        }
        var metaTag = cls.MetatypeVersionTag;
        var found = cls.Lookup(name);
        switch (found)
        {
            case PyClassMethod { Function: PyFunction function }:
                // classmethod's __get__ binds its function to the class (a function's own __get__ does that).
                return value is PyBoundMethod bound && ReferenceEquals(bound.Function, function) && ReferenceEquals(bound.Self, cls)
                    ? new(cls, cls.VersionTag, metaTag, value, null, 0, function)
                    : null;
            case null or PyClassMethod:
                return null;
            case PyStaticMethod sm:
                return ReferenceEquals(value, sm.Function) ? new(cls, cls.VersionTag, metaTag, value, null, 0) : null;
            case PyInstance instance:
                if (!ReferenceEquals(value, found) || instance.Type.Lookup("__get__") is not null) return null;
                return new(cls, cls.VersionTag, metaTag, value, instance.Type, instance.Type.VersionTag);
            default:
                return ReferenceEquals(value, found) ? new(cls, cls.VersionTag, metaTag, value, null, 0) : null;
        }
    }
}

/// <summary>What an attribute site knows about one type: the MRO lookup's result and the path to take.</summary>
internal sealed class AttributeCacheEntry
{
    /// <summary>An empty way of a site: its type is no type.</summary>
    internal static readonly AttributeCacheEntry Empty = new();

    private AttributeCacheEntry()
    {
        Type = null!;
        Tag = -1;
    }

    public AttributeCacheEntry(PyType type, string name)
    {
        Type = type;
        Tag = type.VersionTag;
        Found = type.Lookup(name);
        Path = Choose(type, Found);
        var plainSetAttr = type.IsHeapType && ReferenceEquals(type.Lookup("__setattr__"), InstanceAttributes.ObjectSetAttr);
        PlainSet = plainSetAttr && Found is not (PyProperty or PySlotDescriptor or PyTupleGetter or PyInstance) && name is not ("__class__" or "__dict__");
        // A member of this class's own layout (a descriptor planted on an unrelated class is not).
        SlotIndex = Found is PySlotDescriptor slot && type.IsSubtypeOf(slot.Owner) ? slot.Index : -1;
        SlotSet = plainSetAttr && SlotIndex >= 0;
        if (Path == AttributePath.DataDescriptor && SlotIndex >= 0) Path = AttributePath.Slot;
        InstanceFunction = Path == AttributePath.Instance ? Found as PyFunction : null;
        if (type.PlainInstances && Found is PyBuiltinMethod method) Direct = method;
        if (Path == AttributePath.InstanceDescriptor)
        {
            var descriptor = (PyInstance)Found!;
            DescriptorType = descriptor.Type;
            DescriptorTag = DescriptorType.VersionTag;
            DescriptorGet = DescriptorType.Lookup("__get__");
            DescriptorIsData = InstanceAttributes.IsDataDescriptor(descriptor);
        }
    }

    // For InstanceDescriptor: what the found instance's class said about it (its __get__, whether it
    // has __set__ or __delete__) while that class had DescriptorTag and the instance that class.
    internal readonly PyType? DescriptorType;
    internal readonly int DescriptorTag;
    internal readonly PyObject? DescriptorGet;
    internal readonly bool DescriptorIsData;

    /// <summary>
    /// Whether the descriptor facts still hold: the found instance's class is the one they were read
    /// from (its <c>__class__</c> may be assigned) and its MRO's dicts are unchanged (it may gain
    /// <c>__get__</c> or <c>__set__</c>, which changes only its own tag).
    /// </summary>
    internal bool DescriptorHolds() =>
        DescriptorType is { } t && ReferenceEquals(Found!.Type, t) && t.VersionTag == DescriptorTag;

    /// <summary>The class's function an instance's <c>o.name(...)</c> calls with the instance first, unless the instance shadows the name.</summary>
    public PyFunction? InstanceFunction { get; }

    /// <summary>
    /// The builtin method a call <c>o.name(...)</c> on an instance of this type runs, without
    /// asking the instance (<see cref="PyType.PlainInstances"/>); null when the call takes the protocol.
    /// </summary>
    public PyBuiltinMethod? Direct { get; }

    // The instance layouts met at this site for this type (each subclass has its own layout tree,
    // so a base-class method's site keeps one memory per type rather than one it would thrash).

    // Plain fields in the entry itself, not a record it points to: a hit reads them right after
    // the entry's type and tag, without one more dependent load (one Python thread mutates them).

    /// <summary>The last instance layout the name was found in; <see cref="FoundIndex"/> is its index in the value storage (PyInstance.ValueAt).</summary>
    internal InstanceLayout? FoundLayout;
    internal int FoundIndex;

    /// <summary>The last instance layout found without the name.</summary>
    internal InstanceLayout? LayoutAbsent;

    /// <summary>The last layout an assignment here grew, and the layout it grew into.</summary>
    internal InstanceLayout? GrownFrom;
    internal InstanceLayout? GrownTo;

    /// <summary>The <c>__slots__</c> index of the name when the type's attribute is its own member descriptor, else -1.</summary>
    public int SlotIndex { get; }

    /// <summary>Assigning stores into the slot at <see cref="SlotIndex"/> (object.__setattr__, the member descriptor).</summary>
    public bool SlotSet { get; }

    public PyType Type { get; }
    public int Tag { get; }

    /// <summary>What <c>type.Lookup(name)</c> returned.</summary>
    public PyObject? Found { get; }

    public readonly AttributePath Path;

    /// <summary>
    /// Assigning needs nothing but the instance's own dict: object.__setattr__, no descriptor in
    /// the way, and not one of the names object.__setattr__ treats itself (__class__, __dict__).
    /// </summary>
    public bool PlainSet { get; }

    private static AttributePath Choose(PyType type, PyObject? found)
    {
        if (!type.IsHeapType) return found is PyInstance ? AttributePath.Full : AttributePath.Builtin;
        if (!InstanceAttributes.HasPlainGetAttribute(type)) return AttributePath.Full;
        // An instance of a class (a descriptor, or a plain object kept on the class) may gain or lose
        // __get__ or __set__ without this type changing: its own class's tag is checked on each read.
        if (found is PyInstance) return AttributePath.InstanceDescriptor;
        return found is not null && InstanceAttributes.IsDataDescriptor(found) ? AttributePath.DataDescriptor : AttributePath.Instance;
    }
}

/// <summary>How an attribute site reads the attribute of a type it cached.</summary>
internal enum AttributePath
{
    /// <summary>The whole protocol, every time.</summary>
    Full,
    /// <summary>A builtin object: its own attributes, then the cached type attribute bound to it.</summary>
    Builtin,
    /// <summary>An instance of a class with object's __getattribute__: instance dict, then the cached type attribute.</summary>
    Instance,
    /// <summary>A data descriptor (property, slot) on the class: it wins over the instance dict.</summary>
    DataDescriptor,
    /// <summary>A <c>__slots__</c> member of the class: the value at its index (AttributeError through the full path when unset).</summary>
    Slot,
    /// <summary>
    /// An instance of a class found on a class with object's __getattribute__ (a descriptor written in
    /// Python, or a plain object): its __get__ and data-ness cached while its own class is unchanged.
    /// </summary>
    InstanceDescriptor,
}
