namespace PyPack.Packager.Analysis;

/// <summary>
/// The modules the analysis met, in the order it met them, and who imports whom (where).
/// Missing and excluded modules are nodes too, so the report can say who wanted them.
/// </summary>
public sealed class ModuleGraph
{
    private readonly Dictionary<string, ModuleGraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<ModuleGraphNode> _order = [];
    private readonly List<ImportReference> _edges = [];

    public IReadOnlyList<ModuleGraphNode> Nodes => _order;
    public IReadOnlyList<ImportReference> Edges => _edges;

    public ModuleGraphNode? Find(string name) => _nodes.GetValueOrDefault(name);

    public ModuleGraphNode Add(string name, ModuleKind kind, string? file)
    {
        var node = new ModuleGraphNode(name, kind, file);
        _nodes.Add(name, node);
        _order.Add(node);
        return node;
    }

    public void AddEdge(ImportReference edge)
    {
        if (!_edges.Contains(edge)) _edges.Add(edge);
    }

    public IEnumerable<ImportReference> ImportsOf(string name) => _edges.Where(e => e.Importer == name);
    public IEnumerable<ImportReference> ImportersOf(string name) => _edges.Where(e => e.Imported == name);
}

/// <summary>A module in the graph: its name, what it is, and its file (null for native, missing, namespace).</summary>
public sealed record ModuleGraphNode(string Name, ModuleKind Kind, string? File);
