namespace PyPack.Runtime.Objects;

/// <summary>Instance layout of a heap type: a dict unless every class declares <c>__slots__</c>, and the slot count.</summary>
public sealed partial class PyType
{
    /// <summary>Whether instances carry a <c>__dict__</c>.</summary>
    public bool HasInstanceDict { get; internal set; } = true;

    private InstanceLayout? _instanceLayout;

    /// <summary>
    /// The empty layout new instances start from (their attribute names then grow a tree from it).
    /// A subclass shares its base class's tree: attributes set by the base's __init__ then sit at
    /// the same indexes in instances of every subclass, so a base-class method's sites stay monomorphic.
    /// </summary>
    public InstanceLayout InstanceLayoutRoot
    {
        get
        {
            var root = _instanceLayout;
            if (root is not null) return root;
            var shared = Base is { IsHeapType: true, HasInstanceDict: true } b ? b.InstanceLayoutRoot : new InstanceLayout();
            Interlocked.CompareExchange(ref _instanceLayout, shared, null);
            return _instanceLayout!;
        }
    }

    /// <summary>How many <c>__slots__</c> values instances hold (this class's and its bases').</summary>
    public int SlotCount { get; internal set; }

    /// <summary>Whether instances can be weakly referenced (CPython's tp_weaklistoffset): a class's, unless its __slots__ leave it out.</summary>
    public bool HasWeakref { get; internal set; }

    /// <summary>A builtin type classes cannot subclass (bool, range, slice...: CPython's types without Py_TPFLAGS_BASETYPE).</summary>
    public bool IsFinal { get; set; }

    /// <summary>
    /// A builtin type with no instance state of its own (io.IOBase and its kinds): a class
    /// statement may subclass it, and that class's instances are ordinary ones, laid out as for
    /// a class of object (its methods work on any instance through the instance's own methods).
    /// </summary>
    public bool IsStatelessBase { get; init; }
}
