using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;
using Tuple = PyPack.Compiler.Syntax.Ast.Tuple;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Finds <c>mod.attr</c> reads where <c>mod</c> is a name bound only by <c>import mod</c> (in any
/// scope of the file) and <c>attr</c> is a public name CPython 3.11's module has and PyPack's lacks:
/// under CPython the read works, under PyPack it would raise AttributeError, so the build stops.
/// A name with any other binding (assignment, def, parameter, del, from-import, ...) is left alone,
/// as is an attribute the program assigns or deletes on anything, or names with setattr.
/// A name neither CPython nor PyPack has stays a run-time AttributeError.
/// </summary>
public static class ModuleAttributeCheck
{
    private static readonly HashSet<string> s_attributeErrorCatchers = new(StringComparer.Ordinal)
    {
        "AttributeError", "Exception", "BaseException",
    };

    /// <summary>Functions that can rebind a module's globals by name: a file using them is not checked.</summary>
    private static readonly HashSet<string> s_dynamicBinders = new(StringComparer.Ordinal) { "globals", "vars", "exec", "eval" };

    /// <summary>A read of a name PyPack's module lacks; <see cref="Guarded"/> when a try around it handles AttributeError.</summary>
    public sealed record Finding(string Module, string Name, int Line, int Col, bool Guarded);

    /// <summary>
    /// The attribute names a module's code sets (<c>x.a = v</c>, <c>del x.a</c>, <c>x.a += v</c>,
    /// <c>setattr(x, "a", v)</c>): a program that sets <c>json.a</c> anywhere may read it. In the
    /// app's files on any object; in PyPack's own library (<paramref name="onImportedModulesOnly"/>)
    /// only on a name its imports bind, so <c>self.open = ...</c> there hides nothing.
    /// </summary>
    public static void CollectAssignedAttributes(Module tree, bool onImportedModulesOnly, ISet<string> into)
    {
        HashSet<string>? imported = null;
        if (onImportedModulesOnly)
        {
            imported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in NodeWalk.Descendants(tree.Body))
            {
                if (node is Import i) imported.UnionWith(i.Names.Select(a => a.Asname ?? a.Name.Split('.')[0]));
            }
        }
        bool Counts(Expr target) => imported is null || target is Name n && imported.Contains(n.Id);
        foreach (var node in NodeWalk.Descendants(tree.Body))
        {
            switch (node)
            {
                case Attribute { Ctx: ExprContext.Store or ExprContext.Del } a when Counts(a.Value):
                    into.Add(a.Attr);
                    break;
                case Call { Func: Name { Id: "setattr" }, Args: [var target, Constant { Value: string name }, ..] } when Counts(target):
                    into.Add(name);
                    break;
            }
        }
    }

    /// <summary>
    /// The names a module written in Python binds at module level, over-approximated: every name
    /// stored anywhere in it, every def, class and import. Null when they cannot be known (a
    /// module-level __getattr__, <c>from m import *</c>, globals()/vars()).
    /// </summary>
    public static IReadOnlySet<string>? PythonModuleNames(Module tree)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in NodeWalk.Descendants(tree.Body))
        {
            switch (node)
            {
                case Name n when n.Ctx != ExprContext.Load:
                    names.Add(n.Id);
                    break;
                case Name n when s_dynamicBinders.Contains(n.Id):
                    return null;
                case FunctionDef f:
                    names.Add(f.Name);
                    break;
                case AsyncFunctionDef f:
                    names.Add(f.Name);
                    break;
                case ClassDef c:
                    names.Add(c.Name);
                    break;
                case Import i:
                    foreach (var a in i.Names) names.Add(a.Asname ?? a.Name.Split('.')[0]);
                    break;
                case ImportFrom f:
                    foreach (var a in f.Names)
                    {
                        if (a.Name == "*") return null;
                        names.Add(a.Asname ?? a.Name);
                    }
                    break;
                case Global g:
                    names.UnionWith(g.Names);
                    break;
            }
        }
        return tree.Body.Any(s => s is FunctionDef { Name: "__getattr__" }) ? null : names;
    }

    /// <summary>
    /// The reads in <paramref name="tree"/> of attributes CPython's module has and PyPack's lacks.
    /// <paramref name="pyPackNames"/> gives PyPack's names of a module (null: unknown or not PyPack's
    /// own, so not checked); <paramref name="assigned"/> are the attribute names the program sets.
    /// </summary>
    public static IReadOnlyList<Finding> Check(Module tree, Func<string, IReadOnlySet<string>?> pyPackNames, IReadOnlySet<string> assigned)
    {
        var modules = ImportOnlyNames(tree);
        var findings = new List<Finding>();
        if (modules.Count == 0) return findings;
        foreach (var s in tree.Body) Visit(s, guarded: false);
        return findings;

        void Visit(Node node, bool guarded)
        {
            if (node is Attribute { Ctx: ExprContext.Load, Value: Name { Id: var id } } a
                && modules.TryGetValue(id, out var module)
                && !a.Attr.StartsWith('_')
                && !assigned.Contains(a.Attr)
                && CPythonModuleAttributes.Of(module) is { } cpython && cpython.Contains(a.Attr)
                && pyPackNames(module) is { } pypack && !pypack.Contains(a.Attr))
            {
                findings.Add(new Finding(module, a.Attr, a.Line, a.Col, guarded));
            }
            if (node is Try t)
            {
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, guarded);
                return;
            }
            if (node is TryStar ts)
            {
                VisitTry(ts.Body, ts.Handlers, ts.Orelse, ts.Finalbody, guarded);
                return;
            }
            for (var i = 0; i < node.FieldNames.Count; i++)
            {
                switch (node.GetField(i))
                {
                    case Node child:
                        Visit(child, guarded);
                        break;
                    case System.Collections.IEnumerable items and not string:
                        foreach (var item in items)
                        {
                            if (item is Node n) Visit(n, guarded);
                        }
                        break;
                }
            }
        }

        void VisitTry(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandlerBase> handlers, IReadOnlyList<Stmt> orelse, IReadOnlyList<Stmt> finalbody, bool guarded)
        {
            var inner = guarded || handlers.OfType<ExceptHandler>().Any(h => CatchesAttributeError(h.Type));
            foreach (var s in body) Visit(s, inner);
            foreach (var h in handlers) Visit(h, guarded);
            foreach (var s in orelse) Visit(s, guarded);
            foreach (var s in finalbody) Visit(s, guarded);
        }
    }

    /// <summary>
    /// Names every binding of which, in any scope of the file, is an import of one and the same
    /// module (<c>import json</c>, <c>import os.path as p</c>), each with the module it names.
    /// </summary>
    private static Dictionary<string, string> ImportOnlyNames(Module tree)
    {
        var modules = new Dictionary<string, string>(StringComparer.Ordinal);
        var other = new HashSet<string>(StringComparer.Ordinal);
        var dynamicSetattr = new List<string>();
        foreach (var node in NodeWalk.Descendants(tree.Body))
        {
            switch (node)
            {
                case Import i:
                    foreach (var a in i.Names)
                    {
                        var (bound, module) = a.Asname is { } asname ? (asname, a.Name) : (a.Name.Split('.')[0], a.Name.Split('.')[0]);
                        if (modules.TryGetValue(bound, out var earlier) && earlier != module) other.Add(bound);
                        modules[bound] = module;
                    }
                    break;
                case Name n when n.Ctx != ExprContext.Load:
                    other.Add(n.Id);
                    break;
                case Name n when s_dynamicBinders.Contains(n.Id):
                    return [];
                case ImportFrom f:
                    foreach (var a in f.Names)
                    {
                        if (a.Name == "*") return [];
                        other.Add(a.Asname ?? a.Name);
                    }
                    break;
                case FunctionDef f:
                    other.Add(f.Name);
                    break;
                case AsyncFunctionDef f:
                    other.Add(f.Name);
                    break;
                case ClassDef c:
                    other.Add(c.Name);
                    break;
                case Arg a:
                    other.Add(a.ArgValue);
                    break;
                case ExceptHandler { Name: { } name }:
                    other.Add(name);
                    break;
                case MatchAs { Name: { } name }:
                    other.Add(name);
                    break;
                case MatchStar { Name: { } name }:
                    other.Add(name);
                    break;
                case MatchMapping { Rest: { } name }:
                    other.Add(name);
                    break;
                case Call { Func: Name { Id: "setattr" }, Args: [Name target, var attr, ..] } when attr is not Constant { Value: string }:
                    // setattr(json, name, v): any attribute of json may be set.
                    dynamicSetattr.Add(target.Id);
                    break;
            }
        }
        foreach (var name in other.Concat(dynamicSetattr)) modules.Remove(name);
        return modules;
    }

    private static bool CatchesAttributeError(Expr? type) => type switch
    {
        null => true,
        Name n => s_attributeErrorCatchers.Contains(n.Id),
        Tuple t => t.Elts.Any(CatchesAttributeError),
        _ => false,
    };
}
