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
    /// <summary>The most parameters a body takes one by one (the runtime's PyFunction and ArgumentBuffer.Size); more take one span.</summary>
    public const int MaxFixedArity = 12;

    public void EmitDefinition(FunctionDef f, MethodContext outer, CodeWriter w) =>
        EmitDefinition(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, outer, w);

    /// <summary>An <c>async def</c>: the same, its body run by a coroutine object.</summary>
    public void EmitDefinition(AsyncFunctionDef f, MethodContext outer, CodeWriter w) =>
        EmitDefinition(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, outer, w);

    private void EmitDefinition(Stmt f, string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decoratorList, Expr? returns, MethodContext outer, CodeWriter w)
    {
        var exprs = Tracked(new ExpressionEmitter(outer));
        var decorators = new List<string>();
        foreach (var d in decoratorList)
        {
            var t = outer.NewTemp();
            w.Line($"{t} = {exprs.Obj(d)};");
            decorators.Add(t);
        }
        // co_firstlineno: the first decorator's line, as CPython counts it.
        var value = MakeFunction(f, name, args, body, returns, outer, w, decoratorList.Count > 0 ? decoratorList[0].Line : f.Line);
        for (var i = decorators.Count - 1; i >= 0; i--) value = $"{decorators[i]}.Call1({AtDecorator(decoratorList[i], value, exprs, outer)})";
        new StatementEmitter(outer, w).StoreTo(new Name(name, ExprContext.Store) { Line = f.Line, Col = f.Col }, value);
    }

    /// <summary>The place of the statement this definition is in (when tracked), which its parts return to.</summary>
    public int? Place { get; init; }

    private ExpressionEmitter Tracked(ExpressionEmitter exprs)
    {
        if (Place is { } place) exprs.StartPlaces(place);
        return exprs;
    }

    /// <summary>
    /// <paramref name="value"/>, then the frame at decorator <paramref name="d"/>'s position: applying
    /// it is reported there (C# evaluates the argument before the call).
    /// </summary>
    internal static string AtDecorator(Expr d, string value, ExpressionEmitter exprs, MethodContext outer) =>
        exprs.TracksPlaces ? $"Place.After({value}, {outer.LineVar} = {exprs.PositionId(d).ToString(System.Globalization.CultureInfo.InvariantCulture)})" : value;

    /// <summary>A lambda: the same as a def whose body returns the expression, made inside an expression.</summary>
    public string EmitLambda(Lambda l, MethodContext outer) =>
        MakeFunction(l, "<lambda>", l.Args, [new Return(l.Body) { Line = l.Body.Line, Col = l.Body.Col }], null, outer, null, l.Line);

    /// <summary>
    /// Emits the body method and returns the C# expression that makes the function object. With a
    /// writer, defaults and annotations are evaluated into temporaries first (CPython's order);
    /// without one (a lambda), they are evaluated inline, which is the same order.
    /// </summary>
    private string MakeFunction(Node f, string name, Arguments args, IReadOnlyList<Stmt> body, Expr? returns, MethodContext outer, CodeWriter? w, int firstLine)
    {
        var scope = module.Scopes[f];
        var exprs = Tracked(new ExpressionEmitter(outer));
        string Evaluate(string code, string type = "PyObject")
        {
            if (w is null) return code;
            var t = outer.NewTemp(type);
            w.Line($"{t} = {code};");
            return t;
        }
        var defaults = Evaluate(args.Defaults.Count == 0 ? "null" : "new PyObject[] { " + string.Join(", ", args.Defaults.Select(exprs.Obj)) + " }", "PyObject[]?");
        var kwDefaultParts = new List<string>();
        for (var i = 0; i < args.Kwonlyargs.Count; i++)
        {
            if (args.KwDefaults[i] is { } d) kwDefaultParts.Add($"{{ {CSharpNames.Literal(scope.Mangle(args.Kwonlyargs[i].ArgValue))}, {exprs.Obj(d)} }}");
        }
        var kwDefaults = kwDefaultParts.Count == 0 ? "null" : Evaluate($"new System.Collections.Generic.Dictionary<string, PyObject>(System.StringComparer.Ordinal) {{ {string.Join(", ", kwDefaultParts)} }}", "System.Collections.Generic.Dictionary<string, PyObject>?");

        var annotated = new List<(string Name, Expr Annotation)>();
        foreach (var a in args.Posonlyargs.Concat(args.Args))
        {
            if (a.Annotation is not null) annotated.Add((scope.Mangle(a.ArgValue), a.Annotation));
        }
        if (args.Vararg?.Annotation is { } va) annotated.Add((scope.Mangle(args.Vararg.ArgValue), va));
        foreach (var a in args.Kwonlyargs)
        {
            if (a.Annotation is not null) annotated.Add((scope.Mangle(a.ArgValue), a.Annotation));
        }
        if (args.Kwarg?.Annotation is { } ka) annotated.Add((scope.Mangle(args.Kwarg.ArgValue), ka));
        if (returns is not null) annotated.Add(("return", returns));
        var annotations = annotated.Count == 0 ? "null" : Evaluate(
            "FunctionSetup.Annotations(new string[] { " + string.Join(", ", annotated.Select(a => CSharpNames.Literal(a.Name)))
            + " }, new PyObject[] { " + string.Join(", ", annotated.Select(a => exprs.Annotation(a.Annotation))) + " })");

        var positional = args.Posonlyargs.Concat(args.Args).Select(a => scope.Mangle(a.ArgValue)).ToList();
        var parameters = new List<string>(positional);
        if (args.Vararg is not null) parameters.Add(scope.Mangle(args.Vararg.ArgValue));
        parameters.AddRange(args.Kwonlyargs.Select(a => scope.Mangle(a.ArgValue)));
        if (args.Kwarg is not null) parameters.Add(scope.Mangle(args.Kwarg.ArgValue));

        var direct = module.DirectFunctionFor(f);
        var methodName = direct?.Method ?? module.UniqueMemberName("Fn_" + CSharpNames.Mangle(name == "<lambda>" ? "lambda" : name));
        // co_varnames: the parameters in CPython's order (keyword-only before *args), then the other
        // plain locals in the order they are first bound.
        var codeParameters = new List<string>(positional);
        codeParameters.AddRange(args.Kwonlyargs.Select(a => scope.Mangle(a.ArgValue)));
        if (args.Vararg is not null) codeParameters.Add(scope.Mangle(args.Vararg.ArgValue));
        if (args.Kwarg is not null) codeParameters.Add(scope.Mangle(args.Kwarg.ArgValue));
        var varNames = codeParameters.Concat(scope.Bound.Where(n => !parameters.Contains(n) && scope.Lookup(n) == SymbolKind.Local)).ToList();
        // co_freevars and co_cellvars: the names in cells, each set in sorted order as CPython lists them.
        var codeFreeVars = FreeVariables(f, scope).Order(StringComparer.Ordinal).ToList();
        var codeCellVars = scope.Symbols.Where(kv => kv.Value == SymbolKind.Cell).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var codeField = module.CodeInfo(name, methodName, firstLine, varNames, CodeKindOf(f, body), codeFreeVars, codeCellVars);
        var infoField = module.FunctionInfo(name, scope.QualifiedName, positional, codeField, methodName,
            args.Posonlyargs.Count, args.Kwonlyargs.Select(a => scope.Mangle(a.ArgValue)).ToList(), args.Vararg is null ? null : scope.Mangle(args.Vararg.ArgValue), args.Kwarg is null ? null : scope.Mangle(args.Kwarg.ArgValue));
        var freeVars = FreeVariables(f, scope);
        module.AddMethod(EmitMethod(f, body, scope, methodName, codeField, parameters, freeVars, direct?.Variant, direct?.NumericEntry is null ? null : direct));

        var closure = freeVars.Select(n => outer.TryClosureCell(n, out var cell)
            ? cell
            : throw new UnsupportedConstruct(f, $"closure over '{n}' from this scope")).ToList();
        string make;
        // PyFunction has fixed-arity bodies up to twelve parameters (its ArgumentBuffer.Size), the
        // *args tuple, keyword-only values and **kwargs dict counting as one each.
        if (parameters.Count <= MaxFixedArity)
        {
            // The cells go first; the delegates capture them (one closure object per definition).
            make = closure.Count == 0
                ? $"new PyFunction({infoField}, {defaults}, {methodName})"
                : $"new PyFunction({infoField}, {defaults}, ({string.Join(", ", parameters.Select((_, i) => $"PyObject a{i}"))}) => {methodName}({string.Join(", ", [.. closure, .. parameters.Select((_, i) => $"a{i}")])}))";
        }
        else
        {
            make = $"new PyFunction({infoField}, a => {methodName}({string.Join(", ", [.. closure, .. parameters.Select((_, i) => $"a[{i}]")])}), {defaults})";
        }
        if (closure.Count > 0)
        {
            // __closure__ lists the cells in co_freevars order: sorted by name.
            var cells = freeVars.Zip(closure).OrderBy(p => p.First, StringComparer.Ordinal).Select(p => p.Second);
            make += $" {{ Closure = new PyCell[] {{ {string.Join(", ", cells)} }} }}";
        }
        var doc = name == "<lambda>" ? "null" : DocString(body);
        var define = $"FunctionSetup.Define({make}, {CSharpNames.Literal(module.ModuleName)}, {doc}, {kwDefaults}, {annotations})";
        // Remembered for the guard of direct calls: the global still holds this very object.
        return direct is null ? define : $"({direct.Field} = {define})";
    }

    /// <summary>The CodeKind a generator, coroutine or async generator function's code names; null for a plain one.</summary>
    private static string? CodeKindOf(Node f, IReadOnlyList<Stmt> body)
    {
        var yields = Lowering.GeneratorLowering.IsGenerator(body);
        if (f is AsyncFunctionDef) return yields ? "AsyncGenerator" : "Coroutine";
        return yields ? "Generator" : null;
    }

    /// <summary>
    /// The cells a function's body receives: its free variables, <c>__class__</c> among them where
    /// it or a function nested in it uses super() or __class__ (CPython's implicit class cell).
    /// </summary>
    public static List<string> FreeVariables(Syntax.Ast.Node f, Scope scope) =>
        scope.Symbols.Where(kv => kv.Value == SymbolKind.Free).Select(kv => kv.Key).ToList();

    /// <summary>A cell variable nested functions share (a PyCell), not one only inlined comprehensions use.</summary>
    private static bool IsRealCell(Scope scope, string name, SymbolKind kind) =>
        kind == SymbolKind.Cell && !MethodContext.OnlyComprehensionsShare(scope, name);

    /// <summary>The docstring as a C# expression (a constant str or null).</summary>
    private string DocString(IReadOnlyList<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: string doc } } ? module.Constants.Get(doc)! : "null";

    /// <summary>
    /// The method of a def's body. With <paramref name="variant"/> (a function calls may reach
    /// directly), the body goes into that method, which returns null with the exception pending
    /// where it raises without a handler of its own, and <paramref name="methodName"/> is the entry
    /// everything else calls: it throws the pending exception.
    /// </summary>
    /// With <paramref name="numeric"/> (a def returning numbers), the body goes into its numeric entry
    /// and both other methods box around it.
    private CodeWriter EmitMethod(Node f, IReadOnlyList<Stmt> statements, Scope scope, string methodName, string codeField, List<string> parameters, List<string> freeVars, string? variant, DirectFunction? numeric = null)
    {
        var coroutine = f is AsyncFunctionDef;
        var asyncGenerator = coroutine && Lowering.GeneratorLowering.IsGenerator(statements);
        var generator = coroutine || Lowering.GeneratorLowering.IsGenerator(statements);
        if (generator) variant = null;
        if (variant is null) numeric = null;
        var context = new MethodContext(module, scope, codeField) { IsGenerator = generator, IsCoroutine = coroutine, IsAsyncGenerator = asyncGenerator, ReturnsPending = variant is not null, ReturnsUnboxed = numeric is not null };
        foreach (var name in freeVars) context.Cells[name] = "f_" + CSharpNames.Mangle(name);
        foreach (var (name, kind) in scope.Symbols)
        {
            if (IsRealCell(scope, name, kind)) context.Cells[name] = "c_" + CSharpNames.Mangle(name);
        }
        // An async def's awaits are spilled into temporaries the inference does not see: its locals stay objects.
        if (numeric is not null) context.UnboxedLocals.UnionWith(numeric.UnboxedLocals);
        else if (!coroutine) context.UnboxedLocals.UnionWith(Semantics.TypeInference.NumericLocals(scope, statements, parameters, c => module.NumericCallTarget(c, scope) is not null || module.MathImports.FunctionCalled(c, scope) is not null || Semantics.NumberBuiltins.FunctionCalled(c, scope) is not null));
        if (parameters.Count > 0)
        {
            var first = parameters[0];
            context.FirstArgument = IsRealCell(scope, first, scope.Lookup(first)) ? $"{context.Cells[first]}.Value"
                : context.UnboxedLocals.Contains(first) ? $"{MethodContext.UnboxedName(first)}.Box()" : MethodContext.LocalName(first);
        }
        context.SafeReads = DefiniteAssignment.SafeReads(parameters, statements);
        var body = new CodeWriter();
        new StatementEmitter(context, body).EmitFunctionBody(statements);

        var w = new CodeWriter();
        var signature = string.Join(", ", [.. freeVars.Select(n => $"PyCell {context.Cells[n]}"), .. parameters.Select((_, i) => $"PyObject p{i}")]);
        if (generator)
        {
            // The function binds its arguments and returns the generator; the body is a C# iterator.
            var bodyName = module.UniqueMemberName(methodName + "_body");
            var arguments = string.Join(", ", ["frame", .. freeVars.Select(n => context.Cells[n]), .. parameters.Select((_, i) => $"p{i}")]);
            w.Open($"private static PyObject {methodName}({signature})");
            // A body that never suspends in a try or with keeps no handled exceptions between resumes.
            var plain = !Lowering.GeneratorLowering.SuspendsInProtectedRegion(statements);
            // The generator object is the body's frame: made first, then given the body made with it.
            var handles = plain ? "false" : "true";
            var qualName = CSharpNames.Literal(scope.QualifiedName);
            w.Line(asyncGenerator ? $"var frame = PyGenerator.ForAsyncGenerator({codeField}, {qualName}, handlesAcrossYields: {handles});"
                : coroutine ? $"var frame = PyGenerator.ForCoroutine({codeField}, {qualName}, handlesAcrossYields: {handles});"
                : $"var frame = new PyGenerator({codeField}, {qualName}, handlesAcrossYields: {handles});");
            var begun = $"frame.Begin({bodyName}({arguments}))";
            w.Line(asyncGenerator ? $"return new PyAsyncGenerator({begun});" : coroutine ? $"return new PyCoroutine({begun});" : $"return {begun};");
            w.Close();
            w.Line();
            w.Open($"private static System.Collections.Generic.IEnumerator<PyObject> {bodyName}({string.Join(", ", ["GeneratorFrame frame", .. signature.Length == 0 ? Array.Empty<string>() : [signature]])})");
        }
        else if (numeric is not null)
        {
            // The ordinary entry and the body variant box the numeric entry's result (null: pending).
            var call = $"{numeric.NumericEntry}({string.Join(", ", parameters.Select((p, i) => context.UnboxedLocals.Contains(p) ? $"Unboxed.Of(p{i})" : $"p{i}"))})";
            w.Line($"private static PyObject {methodName}({signature}) => {call}.BoxOrNull() ?? throw PendingException.Take();");
            w.Line();
            w.Line($"private static PyObject? {variant}({signature}) => {call}.BoxOrNull();");
            w.Line();
            var typed = string.Join(", ", parameters.Select((p, i) => context.UnboxedLocals.Contains(p) ? $"Unboxed p{i}" : $"PyObject p{i}"));
            w.Open($"private static Unboxed {numeric.NumericEntry}({typed})");
        }
        else if (variant is not null)
        {
            w.Line($"private static PyObject {methodName}({signature}) => {variant}({string.Join(", ", parameters.Select((_, i) => $"p{i}"))}) ?? throw PendingException.Take();");
            w.Line();
            w.Open($"private static PyObject? {variant}({signature})");
        }
        else
        {
            w.Open($"private static PyObject {methodName}({signature})");
        }
        for (var i = 0; i < parameters.Count; i++)
        {
            if (IsRealCell(scope, parameters[i], scope.Lookup(parameters[i]))) w.Line($"PyCell {context.Cells[parameters[i]]} = new PyCell(p{i});");
            else if (context.UnboxedLocals.Contains(parameters[i])) w.Line($"Unboxed {MethodContext.UnboxedName(parameters[i])} = {(numeric is null ? $"Unboxed.Of(p{i})" : $"p{i}")};");
            else w.Line($"PyObject? {MethodContext.LocalName(parameters[i])} = p{i};");
        }
        foreach (var (name, kind) in scope.Symbols)
        {
            if (IsRealCell(scope, name, kind) && !parameters.Contains(name)) w.Line($"PyCell {context.Cells[name]} = new PyCell();");
        }
        foreach (var name in scope.Bound)
        {
            if (context.UnboxedLocals.Contains(name)) { if (!parameters.Contains(name)) w.Line($"Unboxed {MethodContext.UnboxedName(name)} = default;"); }
            else if (!parameters.Contains(name) && scope.Lookup(name) is var k && (k == SymbolKind.Local || (k == SymbolKind.Cell && !IsRealCell(scope, name, k)))) w.Line($"PyObject? {MethodContext.LocalName(name)} = null;");
        }
        foreach (var decl in context.TempDeclarations) w.Line(decl);
        if (generator)
        {
            // Tracebacks and the recursion count are the generator object's business (PyGenerator.Resume).
            w.Line($"frame.Line = {f.Line};");
            w.Append(body);
            w.Line("yield break;");
            foreach (var local in context.LocalFunctions) w.Append(local);
            w.Close();
            return w;
        }
        w.Line($"ref int line = ref CallDepth.Enter({codeField});");
        w.Line($"line = {f.Line};");
        w.Open("try");
        w.Append(body);
        w.Line(numeric is null ? "return PyNone.Instance;" : "return Unboxed.Of(PyNone.Instance);");
        w.Close();
        w.Line($"catch (PyException e) when (e.AddFrame({codeField}, line)) {{ throw; }}");
        w.Line("finally { CallDepth.Leave(); }");
        foreach (var local in context.LocalFunctions) w.Append(local);
        w.Close();
        return w;
    }
}
