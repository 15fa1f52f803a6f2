namespace PyPack.Runtime.Objects;

/// <summary>
/// The attribute names of an instance in the order they were first set, shared by every instance
/// of a class that was given the same names in the same order (CPython's key-sharing dicts, a
/// JavaScript engine's hidden classes). The instance keeps only the values, by index
/// (<see cref="PyInstance"/>), so an attribute site that saw this layout before reads or writes
/// the value at a cached index. Layouts form a tree from the class's empty root: adding a name
/// moves an instance to the child for that name. A deleted attribute keeps its name here (the
/// instance's value becomes null). An instance whose attributes stop fitting (a deleted name set
/// again before others, too many names, a class with too many shapes) or whose <c>__dict__</c> is
/// asked for moves its values to a real dict for good, so the dict is the only truth from then on.
/// </summary>
public sealed class InstanceLayout
{
    // Past these, instances of the class keep a dict: such shapes do not repeat enough to share.
    private const int MaxNames = 32;
    private const int MaxLayoutsPerRoot = 256;

    private readonly string[] _names;
    private readonly InstanceLayout _root;
    // One lock for the whole tree (taken only when a site meets a layout it has not seen).
    private readonly Lock _lock;

    // The most recent child (most classes add their attributes in one order), then the rest.
    private InstanceLayout? _lastChild;
    private Dictionary<string, InstanceLayout>? _children;

    // On the root only: how many layouts the tree holds, and the most names an instance reached
    // (new instances start with that many value slots, so they rarely grow).
    private int _layoutCount;
    private int _capacityHint;

    /// <summary>A class's empty root.</summary>
    public InstanceLayout()
    {
        _names = [];
        _root = this;
        _lock = new Lock();
        _layoutCount = 1;
    }

    private InstanceLayout(InstanceLayout parent, string name)
    {
        _names = [.. parent._names, name];
        _root = parent._root;
        _lock = parent._lock;
    }

    /// <summary>How many attributes an instance of this layout has.</summary>
    public int Count => _names.Length;

    /// <summary>The name at <paramref name="index"/>, in first-set order.</summary>
    public string NameAt(int index) => _names[index];

    // The names as str objects, made when an instance of this layout first moves to a dict
    // (logging's Formatter reads record.__dict__ for every record): each keeps its hash, so the
    // next instance's dict is filled without making or hashing a str per name.
    private PyStr[]? _keys;

    /// <summary>The name at <paramref name="index"/> as a str: the interned one, as CPython's instance dicts hold.</summary>
    public PyStr KeyAt(int index)
    {
        var keys = _keys;
        if (keys is null)
        {
            keys = new PyStr[_names.Length];
            for (var i = 0; i < keys.Length; i++) keys[i] = InternedStrs.Of(_names[i]);
            _keys = keys;
        }
        return keys[index];
    }

    /// <summary>The length of the value array a new instance starts with.</summary>
    public int CapacityHint => _root._capacityHint;

    /// <summary>Where <paramref name="name"/> is, or -1.</summary>
    public int IndexOf(string name)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name)) return i;
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>The layout with <paramref name="name"/> added last, or null when instances should keep a dict instead.</summary>
    public InstanceLayout? Add(string name)
    {
        var last = _lastChild;
        if (last is not null && string.Equals(last._names[^1], name, StringComparison.Ordinal)) return last;
        lock (_lock)
        {
            if (_children is not null && _children.TryGetValue(name, out var known))
            {
                _lastChild = known;
                return known;
            }
            if (_names.Length >= MaxNames || _root._layoutCount >= MaxLayoutsPerRoot) return null;
            _root._layoutCount++;
            if (_names.Length + 1 > _root._capacityHint) _root._capacityHint = _names.Length + 1;
            var child = new InstanceLayout(this, name);
            (_children ??= new Dictionary<string, InstanceLayout>(StringComparer.Ordinal))[name] = child;
            _lastChild = child;
            return child;
        }
    }
}
