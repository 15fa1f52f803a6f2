using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Functions of native modules that PyPack leaves out on purpose because no answer it could give
/// would be CPython's, read as <c>m.f</c> with <c>m</c> bound by <c>import m</c> (or <c>import m as x</c>):
/// such a program is refused at build time, with the place and the reason, instead of running
/// differently. (<c>from m import f</c> is refused by the import check, as for any missing name.)
/// </summary>
public sealed class UnsupportedModuleAttributes
{
    private static readonly Dictionary<(string Module, string Name), string> s_reasons = new()
    {
        // CPython's figures come from its object layouts and allocation history (a list's spare
        // capacity, a dict's key table, a str's cached UTF-8); PyPack's objects are laid out otherwise.
        [("sys", "getsizeof")] = "sys.getsizeof (object sizes are CPython's memory layout, which a PyPack program does not have)",
    };

    // The names bound to each module of the table by an import statement somewhere in the module.
    private readonly Dictionary<string, string> _moduleNames = new(StringComparer.Ordinal);

    public UnsupportedModuleAttributes(Module tree)
    {
        var modules = s_reasons.Keys.Select(k => k.Module).ToHashSet(StringComparer.Ordinal);
        foreach (var node in NodeWalk.Descendants([tree]))
        {
            if (node is not Import import) continue;
            foreach (var a in import.Names.Where(a => modules.Contains(a.Name))) _moduleNames[a.Asname ?? a.Name] = a.Name;
        }
    }

    /// <summary>What <paramref name="a"/> reads that PyPack does not provide, or null.</summary>
    public string? Describe(Attribute a) =>
        a.Value is Name m && _moduleNames.TryGetValue(m.Id, out var module) && s_reasons.TryGetValue((module, a.Attr), out var reason) ? reason : null;
}
