namespace PyPack.Runtime.Objects;

/// <summary>A module's global names, each in a <see cref="GlobalCell"/>, in insertion order.</summary>
public sealed class ModuleGlobals
{
    private readonly Dictionary<string, GlobalCell> _cells = new(StringComparer.Ordinal);
    private readonly List<GlobalCell> _order = [];

    /// <summary>The cell for <paramref name="name"/>, created unbound on first request.</summary>
    public GlobalCell Cell(string name)
    {
        if (!_cells.TryGetValue(name, out var cell))
        {
            cell = new GlobalCell(name, this);
            _cells.Add(name, cell);
            _order.Add(cell);
        }
        return cell;
    }

    public PyObject? TryGet(string name) => _cells.TryGetValue(name, out var c) ? c.Value : null;

    public void Set(string name, PyObject value) => Cell(name).Value = value;

    /// <summary>The bound names in insertion order.</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> Items
    {
        get
        {
            foreach (var c in _order)
            {
                if (c.Value is not null) yield return new(c.Name, c.Value);
            }
        }
    }
}
