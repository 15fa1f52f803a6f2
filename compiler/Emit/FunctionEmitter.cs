using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits a <c>def</c>: a static C# method with one parameter per Python parameter, and at the
/// definition site the code that makes the function object, CPython's order: decorators,
/// defaults, annotations, then the function, then the decorators applied innermost first.
/// </summary>
public sealed class FunctionEmitter(ModuleEmitter module)
{
    public void EmitDefinition(FunctionDef f, MethodContext outer, CodeWriter w)
    {
        var scope = module.Scopes[f];
        CheckSupported(f, scope);
        var exprs = new ExpressionEmitter(outer);

        var decorators = new List<string>();
        foreach (var d in f.DecoratorList)
        {
            var t = outer.NewTemp();
            w.Line($"{t} = {exprs.Obj(d)};");
            decorators.Add(t);
        }
        var defaults = f.Args.Defaults.Count == 0
            ? "null"
            : "new PyObject[] { " + string.Join(", ", f.Args.Defaults.Select(exprs.Obj)) + " }";
        var defaultsTemp = outer.NewTemp("PyObject[]?");
        w.Line($"{defaultsTemp} = {defaults};");
        foreach (var a in f.Args.Args)
        {
            if (a.Annotation is not null) w.Line($"_ = {exprs.Obj(a.Annotation)};");
        }
        if (f.Returns is not null) w.Line($"_ = {exprs.Obj(f.Returns)};");

        var methodName = module.UniqueMemberName("Fn_" + CSharpNames.Mangle(f.Name));
        var codeField = module.CodeInfo(f.Name, methodName);
        var parameters = f.Args.Args.Select(a => a.ArgValue).ToList();
        var infoField = module.FunctionInfo(f.Name, scope.QualifiedName, parameters, codeField, methodName);
        module.AddMethod(EmitMethod(f, scope, methodName, codeField, parameters, FreeVariables(f, scope)));

        var freeVars = FreeVariables(f, scope);
        var closure = freeVars.Select(name => outer.Cells.TryGetValue(name, out var cell)
            ? cell
            : throw new UnsupportedConstruct(f, $"closure over '{name}' from this scope")).ToList();
        string make;
        if (closure.Count == 0)
        {
            make = parameters.Count <= 3
                ? $"new PyFunction({infoField}, {defaultsTemp}, {methodName})"
                : $"new PyFunction({infoField}, a => {methodName}({string.Join(", ", parameters.Select((_, i) => $"a[{i}]"))}), {defaultsTemp})";
        }
        else
        {
            // The cells go first; the delegates capture them (one closure object per definition).
            var cells = string.Join(", ", closure);
            var names = parameters.Select((_, i) => $"a{i}").ToList();
            make = parameters.Count <= 3
                ? $"new PyFunction({infoField}, {defaultsTemp}, ({string.Join(", ", names.Select(n => "PyObject " + n))}) => {methodName}({string.Join(", ", [cells, .. names])}))"
                : $"new PyFunction({infoField}, a => {methodName}({cells}, {string.Join(", ", parameters.Select((_, i) => $"a[{i}]"))}), {defaultsTemp})";
        }
        make = $"FunctionSetup.Define({make}, {CSharpNames.Literal(module.ModuleName)}, {DocString(f.Body)})";
        var value = make;
        for (var i = decorators.Count - 1; i >= 0; i--) value = $"{decorators[i]}.Call1({value})";
        new StatementEmitter(outer, w).StoreTo(new Name(f.Name, ExprContext.Store) { Line = f.Line, Col = f.Col }, value);
    }

    private static void CheckSupported(FunctionDef f, Scope scope)
    {
        var args = f.Args;
        if (args.Posonlyargs.Count > 0) throw new UnsupportedConstruct(args.Posonlyargs[0], "positional-only parameters");
        if (args.Vararg is not null) throw new UnsupportedConstruct(args.Vararg, "*args parameter");
        if (args.Kwonlyargs.Count > 0) throw new UnsupportedConstruct(args.Kwonlyargs[0], "keyword-only parameters");
        if (args.Kwarg is not null) throw new UnsupportedConstruct(args.Kwarg, "**kwargs parameter");
    }

    /// <summary>
    /// The cells a function's body receives: its free variables, plus <c>__class__</c> for a method
    /// that uses super() or __class__ (CPython's implicit class cell).
    /// </summary>
    public static List<string> FreeVariables(Syntax.Ast.Node f, Scope scope)
    {
        var names = scope.Symbols.Where(kv => kv.Value == SymbolKind.Free).Select(kv => kv.Key).ToList();
        if (scope.Parent?.Kind == ScopeKind.Class && (scope.Used.Contains("super") || scope.Used.Contains("__class__")) && !names.Contains("__class__"))
        {
            names.Add("__class__");
        }
        return names;
    }

    /// <summary>A cell variable nested functions share (a PyCell), not one only inlined comprehensions use.</summary>
    private static bool IsRealCell(Scope scope, string name, SymbolKind kind) =>
        kind == SymbolKind.Cell && !MethodContext.OnlyComprehensionsShare(scope, name);

    /// <summary>The docstring as a C# expression (a constant str or null).</summary>
    private string DocString(IReadOnlyList<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } } ? module.Constants.Get(doc)! : "null";

    private CodeWriter EmitMethod(FunctionDef f, Scope scope, string methodName, string codeField, List<string> parameters, List<string> freeVars)
    {
        var context = new MethodContext(module, scope, codeField);
        foreach (var name in freeVars) context.Cells[name] = "f_" + CSharpNames.Mangle(name);
        foreach (var (name, kind) in scope.Symbols)
        {
            if (IsRealCell(scope, name, kind)) context.Cells[name] = "c_" + CSharpNames.Mangle(name);
        }
        if (parameters.Count > 0)
        {
            var first = parameters[0];
            context.FirstArgument = IsRealCell(scope, first, scope.Lookup(first)) ? $"{context.Cells[first]}.Value" : MethodContext.LocalName(first);
        }
        var body = new CodeWriter();
        new StatementEmitter(context, body).EmitBody(f.Body);

        var w = new CodeWriter();
        var signature = string.Join(", ", [.. freeVars.Select(n => $"PyCell {context.Cells[n]}"), .. parameters.Select((_, i) => $"PyObject p{i}")]);
        w.Open($"private static PyObject {methodName}({signature})");
        for (var i = 0; i < parameters.Count; i++)
        {
            if (IsRealCell(scope, parameters[i], scope.Lookup(parameters[i]))) w.Line($"PyCell {context.Cells[parameters[i]]} = new PyCell(p{i});");
            else w.Line($"PyObject? {MethodContext.LocalName(parameters[i])} = p{i};");
        }
        foreach (var (name, kind) in scope.Symbols)
        {
            if (IsRealCell(scope, name, kind) && !parameters.Contains(name)) w.Line($"PyCell {context.Cells[name]} = new PyCell();");
        }
        foreach (var name in scope.Bound)
        {
            if (!parameters.Contains(name) && scope.Lookup(name) is SymbolKind.Local or SymbolKind.Cell) w.Line($"PyObject? {MethodContext.LocalName(name)} = null;");
        }
        foreach (var decl in context.TempDeclarations) w.Line(decl);
        w.Line($"int line = {f.Line};");
        w.Line("CallDepth.Enter();");
        w.Open("try");
        w.Append(body);
        w.Line("return PyNone.Instance;");
        w.Close();
        w.Line($"catch (PyException e) when (e.AddFrame({codeField}, line)) {{ throw; }}");
        w.Line("finally { CallDepth.Leave(); }");
        w.Close();
        return w;
    }
}
