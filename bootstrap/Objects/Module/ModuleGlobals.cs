namespace PyPack.Runtime.Objects;

/// <summary>
/// A module's global names, each in a <see cref="GlobalCell"/> that compiled code reads directly.
/// The module's dict (<c>globals()</c>, <c>module.__dict__</c>) is made on first request and from
/// then on kept in step both ways: stores to a cell are mirrored into the dict, and stores through
/// the dict reach the cells. Modules nobody asks the dict of never pay for it.
/// </summary>
public sealed class ModuleGlobals
{
    private readonly Dictionary<string, GlobalCell> _cells = new(StringComparer.Ordinal);
    private long _bindings;

    /// <summary>The module's dict, or null while nobody has asked for it.</summary>
    internal PyDict? Dict { get; private set; }

    /// <summary>The cell for <paramref name="name"/>, created unbound on first request.</summary>
    public GlobalCell Cell(string name)
    {
        if (!_cells.TryGetValue(name, out var cell))
        {
            cell = new GlobalCell(name, this);
            _cells.Add(name, cell);
        }
        return cell;
    }

    /// <summary>The cell for <paramref name="name"/> if the module has one (bound or not), without making one.</summary>
    internal GlobalCell? ExistingCell(string name) => _cells.TryGetValue(name, out var c) ? c : null;

    public PyObject? TryGet(string name) => _cells.TryGetValue(name, out var c) ? c.Value : null;

    public void Set(string name, PyObject value) => Cell(name).Value = value;

    internal long NextBindOrder() => ++_bindings;

    /// <summary>The bound values in no particular order: cheaper than <see cref="Items"/> where order does not matter.</summary>
    internal IEnumerable<PyObject> UnorderedValues
    {
        get
        {
            foreach (var c in _cells.Values)
            {
                if (c.Value is { } v) yield return v;
            }
        }
    }

    /// <summary>The bound names in the order they were bound, as CPython's module dict keeps them.</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> Items
    {
        get
        {
            if (Dict is { } dict)
            {
                foreach (var (k, v) in new List<KeyValuePair<PyObject, PyObject>>(dict.Pairs))
                {
                    if (k is PyStr s) yield return new(s.Value, v);
                }
                yield break;
            }
            var bound = new List<GlobalCell>();
            foreach (var c in _cells.Values)
            {
                if (c.Value is not null) bound.Add(c);
            }
            // Bind orders are unique, so this unstable sort gives the one order.
            bound.Sort(static (a, b) => a.BindOrder.CompareTo(b.BindOrder));
            foreach (var c in bound)
            {
                if (c.Value is { } v) yield return new(c.Name, v);
            }
        }
    }

    /// <summary>The module's dict: <c>globals()</c>, <c>vars(module)</c>, <c>module.__dict__</c>.</summary>
    public PyDict AsDict()
    {
        if (Dict is not null) return Dict;
        var dict = new PyDict();
        foreach (var (name, value) in Items) dict.SetStr(name, value);
        dict.MirrorInto(this);
        Dict = dict;
        return dict;
    }

    /// <summary>A str key of the dict was bound (value) or unbound (null) through the dict.</summary>
    internal void StoredThroughDict(string name, PyObject? value)
    {
        if (value is null && !_cells.ContainsKey(name)) return;
        Cell(name).SetFromDict(value, value is null ? 0 : NextBindOrder());
    }

    /// <summary>The dict was cleared.</summary>
    internal void ClearedThroughDict()
    {
        foreach (var c in _cells.Values) c.SetFromDict(null, 0);
    }
}
