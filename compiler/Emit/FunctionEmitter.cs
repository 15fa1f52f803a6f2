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
        module.AddMethod(EmitMethod(f, scope, methodName, codeField, parameters));

        var make = parameters.Count <= 3
            ? $"new PyFunction({infoField}, {defaultsTemp}, {methodName})"
            : $"new PyFunction({infoField}, a => {methodName}({string.Join(", ", parameters.Select((_, i) => $"a[{i}]"))}), {defaultsTemp})";
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
        foreach (var (name, kind) in scope.Symbols)
        {
            if (kind == SymbolKind.Cell && MethodContext.OnlyComprehensionsShare(scope, name)) continue;
            if (kind is SymbolKind.Free or SymbolKind.Cell)
            {
                // Point at the nested function that shares the variable: that is where the user looks.
                var user = kind == SymbolKind.Cell ? FindFreeUser(scope, name) ?? f : f;
                throw new UnsupportedConstruct(user, $"closure over '{name}' (nested functions sharing variables)");
            }
        }
        if (scope.Parent?.Kind is not ScopeKind.Module and not ScopeKind.Function)
        {
            throw new UnsupportedConstruct(f, "method definition in a class");
        }
    }

    private static Node? FindFreeUser(Scope scope, string name)
    {
        foreach (var child in scope.Children)
        {
            if (child.Lookup(name) == SymbolKind.Free) return FindFreeUser(child, name) ?? child.Node;
        }
        return null;
    }

    private CodeWriter EmitMethod(FunctionDef f, Scope scope, string methodName, string codeField, List<string> parameters)
    {
        var context = new MethodContext(module, scope, codeField);
        var body = new CodeWriter();
        new StatementEmitter(context, body).EmitBody(f.Body);

        var w = new CodeWriter();
        var signature = string.Join(", ", parameters.Select((_, i) => $"PyObject p{i}"));
        w.Open($"private static PyObject {methodName}({signature})");
        for (var i = 0; i < parameters.Count; i++) w.Line($"PyObject? {MethodContext.LocalName(parameters[i])} = p{i};");
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
