using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits a class statement, in CPython's order: decorators, bases, keywords; the metaclass and
/// its <c>__prepare__</c>; the body (a static method run on the namespace); <c>meta(name, bases,
/// ns, **kw)</c>; the <c>__class__</c> cell filled for zero-argument super(); decorators applied.
/// </summary>
public sealed class ClassEmitter(ModuleEmitter module)
{
    /// <summary>The place of the class statement (when tracked), which its parts return to.</summary>
    public int? Place { get; init; }

    public void EmitDefinition(ClassDef c, MethodContext outer, CodeWriter w)
    {
        var scope = module.Scopes[c];
        var exprs = new ExpressionEmitter(outer);
        if (Place is { } place) exprs.StartPlaces(place);
        var decorators = new List<string>();
        foreach (var d in c.DecoratorList)
        {
            var t = outer.NewTemp();
            w.Line($"{t} = {exprs.Obj(d)};");
            decorators.Add(t);
        }
        foreach (var b in c.Bases)
        {
            if (b is Starred) throw new UnsupportedConstruct(b, "starred base classes");
        }
        var bases = outer.NewTemp("PyObject[]");
        w.Line($"{bases} = new PyObject[] {{ {string.Join(", ", c.Bases.Select(exprs.Obj))} }};");
        var originalBases = outer.NewTemp("PyObject[]?");
        w.Line($"{originalBases} = MroEntries.Resolve(ref {bases});");
        string? explicitMeta = null;
        var keywords = new List<(string Name, string Value)>();
        foreach (var k in c.Keywords)
        {
            if (k.Arg is null) throw new UnsupportedConstruct(k, "**kwargs in a class statement");
            var t = outer.NewTemp();
            w.Line($"{t} = {exprs.Obj(k.Value)};");
            if (k.Arg == "metaclass") explicitMeta = t;
            else keywords.Add((k.Arg, t));
        }
        var kwValues = keywords.Count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "new PyObject[] { " + string.Join(", ", keywords.Select(k => k.Value)) + " }";
        var kwNames = keywords.Count == 0 ? "null" : module.KeywordNames(keywords.Select(k => k.Name).ToList());
        var meta = outer.NewTemp();
        var ns = outer.NewTemp();
        var classCell = outer.NewTemp("PyCell");
        var name = CSharpNames.Literal(c.Name);
        w.Line($"{meta} = ClassBuilder.ChooseMetaclass({explicitMeta ?? "null"}, {bases});");
        w.Line($"{ns} = ClassBuilder.Prepare({meta}, {name}, {bases}, {kwValues}, {kwNames});");
        w.Line($"{classCell} = new PyCell();");

        var methodName = module.UniqueMemberName("Class_" + CSharpNames.Mangle(c.Name));
        var codeField = module.CodeInfo(c.Name, methodName, c.DecoratorList.Count > 0 ? c.DecoratorList[0].Line : c.Line);
        var freeVars = scope.Symbols.Where(kv => kv.Value == SymbolKind.Free).Select(kv => kv.Key).ToList();
        var passThrough = scope.FreeThroughClass.ToList();
        freeVars.AddRange(passThrough);
        var closure = freeVars.Select(n => outer.TryClosureCell(n, out var cell)
            ? cell
            : throw new UnsupportedConstruct(c, $"closure over '{n}' from this scope")).ToList();
        module.AddMethod(EmitBody(c, scope, methodName, codeField, freeVars, passThrough));
        w.Line($"{methodName}({string.Join(", ", [$"ClassNamespace.Of({ns})", classCell, .. closure])});");
        w.Line($"MroEntries.RecordOriginal({ns}, {originalBases});");

        var cls = outer.NewTemp();
        w.Line($"{cls} = ClassBuilder.Create({meta}, {name}, {bases}, {ns}, {kwValues}, {kwNames});");
        w.Line($"{classCell}.Value = {cls};");
        var value = cls;
        for (var i = decorators.Count - 1; i >= 0; i--) value = $"{decorators[i]}.Call1({FunctionEmitter.AtDecorator(c.DecoratorList[i], value, exprs, outer)})";
        new StatementEmitter(outer, w).StoreTo(new Name(c.Name, ExprContext.Store) { Line = c.Line, Col = c.Col }, value);
    }

    private CodeWriter EmitBody(ClassDef c, Scope scope, string methodName, string codeField, List<string> freeVars, List<string> passThrough)
    {
        var context = new MethodContext(module, scope, codeField) { ClassNamespaceVar = "ns" };
        context.Cells["__class__"] = "classCell";
        foreach (var n in freeVars)
        {
            if (passThrough.Contains(n)) context.PassThroughCells[n] = "f_" + CSharpNames.Mangle(n);
            else context.Cells[n] = "f_" + CSharpNames.Mangle(n);
        }
        // The body's own names live in its namespace: only its comprehensions' variables are locals.
        context.SafeReads = DefiniteAssignment.SafeReads([], c.Body);
        var body = new CodeWriter();
        var statements = new StatementEmitter(context, body);
        if (AnnotationsSetup.IsNeeded(c.Body)) statements.EmitAnnotationsSetup();
        statements.EmitBody(c.Body);

        var w = new CodeWriter();
        var signature = string.Join(", ", ["ClassNamespace ns", "PyCell classCell", .. freeVars.Select(n => $"PyCell f_{CSharpNames.Mangle(n)}")]);
        w.Open($"private static void {methodName}({signature})");
        foreach (var decl in context.TempDeclarations) w.Line(decl);
        w.Line($"ns.Store(\"__module__\", {module.GlobalCell("__name__")}.Get());");
        w.Line($"ns.Store(\"__qualname__\", new PyStr({CSharpNames.Literal(scope.QualifiedName)}));");
        if (c.Body.Count > 0 && c.Body[0] is ExprStmt { Value: Constant { Value: string doc } })
        {
            w.Line($"ns.Store(\"__doc__\", {module.Constants.Get(doc)});");
        }
        w.Line($"ref int line = ref CallDepth.Enter({codeField});");
        w.Line($"line = {c.Line};");
        w.Open("try");
        w.Append(body);
        w.Close();
        w.Line($"catch (PyException e) when (e.AddFrame({codeField}, line)) {{ throw; }}");
        w.Line("finally { CallDepth.Leave(); }");
        foreach (var local in context.LocalFunctions) w.Append(local);
        w.Close();
        return w;
    }
}
