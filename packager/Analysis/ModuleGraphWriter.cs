using System.Text;
using System.Text.Json;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Writes the module graph for <c>--graph FILE</c>: JSON when FILE ends in .json, else text with
/// one module per line and its imports indented below it.
/// </summary>
public static class ModuleGraphWriter
{
    public static void Write(ModuleGraph graph, string file)
    {
        var text = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Json(graph) : Text(graph);
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    public static string Text(ModuleGraph graph)
    {
        var sb = new StringBuilder();
        sb.Append("# PyPack module graph: MODULE  KIND  FILE, then what the module imports (line, optional)\n");
        foreach (var node in graph.Nodes)
        {
            sb.Append(node.Name).Append("  ").Append(KindName(node.Kind));
            if (node.File is not null) sb.Append("  ").Append(node.File);
            sb.Append('\n');
            foreach (var edge in graph.ImportsOf(node.Name))
            {
                sb.Append("    -> ").Append(edge.Imported).Append(" (line ").Append(edge.Line).Append(edge.Optional ? ", optional" : "").Append(")\n");
            }
        }
        return sb.ToString();
    }

    public static string Json(ModuleGraph graph)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartArray("modules");
            foreach (var node in graph.Nodes)
            {
                w.WriteStartObject();
                w.WriteString("name", node.Name);
                w.WriteString("kind", KindName(node.Kind));
                if (node.File is null) w.WriteNull("file");
                else w.WriteString("file", node.File);
                w.WriteStartArray("imports");
                foreach (var edge in graph.ImportsOf(node.Name))
                {
                    w.WriteStartObject();
                    w.WriteString("module", edge.Imported);
                    w.WriteNumber("line", edge.Line);
                    w.WriteBoolean("optional", edge.Optional);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("missing");
            foreach (var node in graph.Nodes.Where(n => n.Kind == ModuleKind.Missing))
            {
                w.WriteStartObject();
                w.WriteString("name", node.Name);
                w.WriteStartArray("importedAt");
                foreach (var edge in graph.ImportersOf(node.Name)) w.WriteStringValue(edge.ImporterFile is null ? edge.Importer : $"{edge.ImporterFile}:{edge.Line}");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string KindName(ModuleKind kind) => kind switch
    {
        ModuleKind.Module => "module",
        ModuleKind.Package => "package",
        ModuleKind.NamespacePackage => "namespace-package",
        ModuleKind.Native => "native",
        ModuleKind.Missing => "missing",
        _ => "excluded",
    };
}
