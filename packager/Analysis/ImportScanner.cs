using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;
using Tuple = PyPack.Compiler.Syntax.Ast.Tuple;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Finds every import site of a module's syntax tree: import statements anywhere (module level,
/// functions, classes, conditionals, loops), and import_module/__import__ calls with a literal
/// name. Blocks under <c>if TYPE_CHECKING:</c> are skipped (they never run); imports inside a
/// <c>try</c> whose handlers catch ImportError are optional.
/// </summary>
public static class ImportScanner
{
    private static readonly HashSet<string> s_importErrorCatchers = new(StringComparer.Ordinal)
    {
        "ImportError", "ModuleNotFoundError", "Exception", "BaseException",
    };

    public static IReadOnlyList<ImportSite> Scan(Module tree)
    {
        var sites = new List<ImportSite>();
        foreach (var s in tree.Body) Visit(s, optional: false, sites);
        return sites;
    }

    /// <summary>The names of <c>__all__ = [...]</c> / <c>(...)</c> at module level when it is a literal, else null.</summary>
    public static IReadOnlyList<string>? StaticAll(Module tree)
    {
        IReadOnlyList<string>? all = null;
        foreach (var s in tree.Body)
        {
            if (s is Assign { Targets: [Name { Id: "__all__" }] } a)
            {
                var items = a.Value switch
                {
                    List l => l.Elts,
                    Tuple t => t.Elts,
                    _ => null,
                };
                all = items?.All(e => e is Constant { Value: string }) == true
                    ? items.Select(e => (string)((Constant)e).Value!).ToList()
                    : null;
            }
        }
        return all;
    }

    private static void Visit(Node node, bool optional, List<ImportSite> sites)
    {
        switch (node)
        {
            case Import i:
                foreach (var alias in i.Names)
                {
                    sites.Add(new ImportSite(alias.Name, 0, [], i.Line, i.Col, optional, ImportSiteKind.Import));
                }
                return;
            case ImportFrom f:
                sites.Add(new ImportSite(f.Module, f.Level ?? 0, [.. f.Names.Select(a => a.Name)], f.Line, f.Col, optional, ImportSiteKind.From));
                return;
            case If { Test: var test } when IsTypeChecking(test):
                foreach (var s in ((If)node).Orelse) Visit(s, optional, sites);
                return;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, optional, sites);
                return;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, optional, sites);
                return;
            case Call c:
                VisitCall(c, optional, sites);
                break;
        }
        VisitChildren(node, optional, sites);
    }

    private static void VisitTry(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandlerBase> handlers, IReadOnlyList<Stmt> orelse,
        IReadOnlyList<Stmt> finalbody, bool optional, List<ImportSite> sites)
    {
        var guarded = optional || handlers.OfType<ExceptHandler>().Any(h => CatchesImportError(h.Type));
        foreach (var s in body) Visit(s, guarded, sites);
        foreach (var h in handlers) Visit(h, optional, sites);
        foreach (var s in orelse) Visit(s, optional, sites);
        foreach (var s in finalbody) Visit(s, optional, sites);
    }

    private static void VisitChildren(Node node, bool optional, List<ImportSite> sites)
    {
        for (var i = 0; i < node.FieldNames.Count; i++)
        {
            switch (node.GetField(i))
            {
                case Node child:
                    Visit(child, optional, sites);
                    break;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n) Visit(n, optional, sites);
                    }
                    break;
            }
        }
    }

    private static void VisitCall(Call c, bool optional, List<ImportSite> sites)
    {
        var isImportCall = c.Func switch
        {
            Name { Id: "__import__" or "import_module" } => true,
            Attribute { Attr: "import_module", Value: Name { Id: "importlib" } } => true,
            _ => false,
        };
        if (!isImportCall || c.Args.Count == 0) return;
        if (c.Func is Name { Id: "__import__" })
        {
            sites.Add(DunderImport(c, optional));
            return;
        }
        if (c.Args[0] is Constant { Value: string name })
        {
            var level = name.TakeWhile(ch => ch == '.').Count();
            // import_module(".x", "pkg"): relative to a literal package.
            if (level > 0)
            {
                if (c.Args.Count > 1 && c.Args[1] is Constant { Value: string package })
                {
                    var bits = package.Split('.');
                    if (bits.Length >= level)
                    {
                        var baseName = string.Join('.', bits[..(bits.Length - level + 1)]);
                        var rest = name[level..];
                        sites.Add(new ImportSite(rest.Length == 0 ? baseName : baseName + "." + rest, 0, [], c.Line, c.Col, optional, ImportSiteKind.Call));
                        return;
                    }
                }
                sites.Add(new ImportSite(name, 0, [], c.Line, c.Col, optional, ImportSiteKind.Dynamic));
                return;
            }
            sites.Add(new ImportSite(name, 0, [], c.Line, c.Col, optional, ImportSiteKind.Call));
        }
        else
        {
            sites.Add(new ImportSite(null, 0, [], c.Line, c.Col, optional, ImportSiteKind.Dynamic));
        }
    }

    /// <summary>
    /// <c>__import__(name, globals, locals, fromlist, level)</c> with literal arguments. A relative
    /// level is resolved against this module only when the globals passed are its own (globals()).
    /// </summary>
    private static ImportSite DunderImport(Call c, bool optional)
    {
        Expr? Argument(int position, string keyword) =>
            c.Args.Count > position ? c.Args[position] : c.Keywords.FirstOrDefault(k => k.Arg == keyword)?.Value;

        var level = Argument(4, "level") switch
        {
            null => 0,
            Constant { Value: System.Numerics.BigInteger n } when n >= 0 && n < 100 => (int)n,
            _ => -1,
        };
        var fromlist = Argument(3, "fromlist") switch
        {
            List l => l.Elts,
            Tuple t => t.Elts,
            _ => [],
        };
        var names = fromlist.OfType<Constant>().Select(k => k.Value).OfType<string>().Where(n => n != "*").ToArray();
        var ownGlobals = Argument(1, "globals") is null or Call { Func: Name { Id: "globals" }, Args.Count: 0 };
        if (c.Args[0] is not Constant { Value: string name } || level < 0 || (level > 0 && !ownGlobals))
        {
            return new ImportSite(c.Args[0] is Constant { Value: string n } ? n : null, 0, [], c.Line, c.Col, optional, ImportSiteKind.Dynamic);
        }
        return new ImportSite(name.Length == 0 ? null : name, level, names, c.Line, c.Col, optional, ImportSiteKind.Call);
    }

    private static bool IsTypeChecking(Expr test) => test switch
    {
        Name { Id: "TYPE_CHECKING" } => true,
        Attribute { Attr: "TYPE_CHECKING", Value: Name { Id: "typing" or "typing_extensions" or "t" } } => true,
        _ => false,
    };

    private static bool CatchesImportError(Expr? type) => type switch
    {
        null => true,
        Name n => s_importErrorCatchers.Contains(n.Id),
        Tuple t => t.Elts.Any(CatchesImportError),
        _ => false,
    };
}
