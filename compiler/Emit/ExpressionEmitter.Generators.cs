using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Generator expressions: the first iterable is evaluated here; the rest runs lazily in a C#
/// local iterator function declared at the end of the enclosing method, which shares the
/// method's variables as CPython's genexpr shares its enclosing scope's.
/// <code>
/// (x * k for x in xs if x)   =>   PyGenerator.Start(Code, "f.&lt;locals&gt;.&lt;genexpr&gt;", Iteration.GetIter(xs), Genexpr_3)
///                                 IEnumerator&lt;PyObject&gt; Genexpr_3(GeneratorFrame frame, PyIterator src)
///                                 { ... while ((item = src.Next()) is not null) { ...; frame.Yielded = x * k; yield return null; frame.ResumeUnused(); } }
/// </code>
/// </summary>
public sealed partial class ExpressionEmitter
{
    /// <summary>The generator object; <paramref name="firstIterable"/> replaces the first iterable when the caller evaluated it (an await in it).</summary>
    public string EmitGeneratorExpression(GeneratorExp node, Expr? firstIterable = null)
    {
        if (Lowering.GeneratorLowering.IsAsyncComprehension(node))
        {
            var source = Obj(firstIterable ?? (node.Generators[0].IsAsync != 0 ? StatementEmitter.FoldedIterable(node.Generators[0].Iter) : node.Generators[0].Iter));
            var iterator = node.Generators[0].IsAsync != 0 ? $"Awaiting.GetAsyncIterator({source})" : $"Iteration.GetIter({source})";
            return EmitAsyncComprehension(node, iterator);
        }
        var first = OwnedFirstIterator(node, firstIterable ?? node.Generators[0].Iter, out var owned);
        var (name, code, qualName) = EmitGeneratorBody(node, fold: null);
        return $"PyGenerator.Start({code}, {qualName}, {first}, {owned}, {name})";
    }

    /// <summary>
    /// The iterator over a generator expression's first iterable, stored in a temporary, and in
    /// <paramref name="owned"/> the generator only it holds (see OwnedIterOf), which the body closes.
    /// It is taken at the expression's position, as CPython's GET_ITER in the enclosing frame is.
    /// </summary>
    private string OwnedFirstIterator(GeneratorExp node, Expr iterable, out string owned)
    {
        var it = context.NewTemp("PyIterator");
        var code = OwnedIterOf(iterable, it, context.NewTemp(), context.NewTemp(), out owned, TracksPlaces ? PositionId(node) : null);
        return $"({it} = {code})";
    }

    /// <summary>
    /// Declares the local function that runs a generator expression: a C# iterator over the first
    /// iterable, or with <paramref name="fold"/> (FusedGenexpr) a plain loop that hands each item
    /// to sum()'s, any()'s or all()'s step and returns that builtin's result.
    /// </summary>
    private (string Name, string Code, string QualName) EmitGeneratorBody(GeneratorExp node, string? fold)
    {
        var scope = Module.Scopes[node];
        var name = Module.UniqueMemberName(fold is null ? "Genexpr" : "GenexprFold");
        var code = Module.CodeInfo("<genexpr>", name, node.Line);
        var prefix = context.PushComprehension(scope, asIterator: true);
        var enclosingPlaces = (_place, _placeVar, _known, _after, _depth);
        // Generator expressions nested in this one are declared inside its body, where its variables are in scope.
        var enclosingLocals = context.TakeLocalFunctions();
        try
        {
            var w = new CodeWriter();
            if (fold is null)
            {
                w.Open($"System.Collections.Generic.IEnumerator<PyObject> {name}(GeneratorFrame frame, PyIterator {prefix}src, object? {prefix}own0)");
            }
            else
            {
                var returns = fold switch { "list" => "PyList", "next" => "PyObject?", _ => "PyObject" };
                var start = fold switch { "sum" => $", PyObject {prefix}start", "next" => $", PyObject? {prefix}start", _ => "" };
                w.Open($"{returns} {name}(PyIterator {prefix}src, object? {prefix}own0{start})");
                if (fold == "sum") w.Line($"var {prefix}fold = new PyPack.Runtime.Builtins.SumFold({prefix}start);");
                if (fold is "list" or "tuple") w.Line($"var {prefix}fold = new ItemBuffer();");
                if (fold == "set") w.Line($"var {prefix}fold = new PySet(); var {prefix}mixed = false;");
                if (fold is "min" or "max") w.Line($"PyObject? {prefix}fold = null;");
            }
            foreach (var bound in scope.Bound)
            {
                if (bound != ".0") w.Line($"PyObject? {prefix}{MethodContext.LocalName(bound)} = null;");
            }
            if (fold is not null)
            {
                // A stack value whose line is the call-stack entry's: no frame object per call.
                w.Line($"var frame = FusedGenexpr.Enter({code});");
                w.Open("try");
            }
            // A step of the loop is reported at the expression's span, its parts at their own.
            var place = PositionId(node);
            w.Line($"frame.Line = {place};");
            StartPlaces(place);
            var multiline = node.Elt.Line != node.Line || node.Generators.Any(g => g.Ifs.Any(c => c.Line != node.Line));
            for (var i = 0; i < node.Generators.Count; i++)
            {
                var g = node.Generators[i];
                var it = $"{prefix}it{i}";
                var item = $"{prefix}item{i}";
                if (i == 0) w.Line($"PyIterator {it} = {prefix}src;");
                else
                {
                    // Its own temporaries: two runs of this body may be suspended at once.
                    w.Line($"PyObject? {prefix}value{i} = null, {prefix}callee{i} = null;");
                    w.Line($"LoopCursor {it} = default;");
                    w.Line($"{OwnedLoopStart(g.Iter, it, StatementEmitter.PairTargets(g.Target) is not null, $"{prefix}value{i}", $"{prefix}callee{i}", out var owned)};");
                    w.Line($"object? {prefix}own{i} = {owned};");
                }
                var pair = StatementEmitter.PairTargets(g.Target);
                w.Line(pair is null ? $"PyObject? {item};" : $"PyObject {item}a, {item}b;");
                // Where positions are tracked, an item that does not unpack is reported at the targets.
                var storer = new StatementEmitter(context, new CodeWriter());
                var at = TracksPlaces ? $", ref frame.Line, {storer.TargetPlace(g.Target)}" : "";
                var step = pair is null ? $"({item} = {it}.Next()) is not null" : $"{it}.NextPair(out {item}a, out {item}b{at})";
                // A generator only this loop holds is closed when the expression is left or closed, as a for statement does.
                w.Open("try");
                // Spread over lines, it reports each part at its own line, and a step of its first loop at its first.
                // Where places are tracked, each step stores its own: the parts of the last one moved it.
                var storesStep = i == 0 ? multiline || TracksPlaces : !multiline && TracksPlaces;
                w.Open(storesStep ? $"while ((frame.Line = {place}) != 0 && {step})" : $"while ({step})");
                if (TracksPlaces) _known = storesStep && pair is null ? place : null;
                var stores = new CodeWriter();
                if (pair is null) new StatementEmitter(context, stores).StoreTo(g.Target, item);
                else new StatementEmitter(context, stores).StorePair(pair, $"{item}a", $"{item}b");
                w.Append(stores);
                foreach (var cond in g.Ifs)
                {
                    if (multiline)
                    {
                        w.Line($"frame.Line = {cond.Line};");
                        StartPlaces(cond.Line);
                    }
                    w.Line($"if (!{Condition(cond)}) continue;");
                }
            }
            if (multiline)
            {
                w.Line($"frame.Line = {node.Elt.Line};");
                StartPlaces(node.Elt.Line);
            }
            switch (fold)
            {
                case null:
                    w.Line($"frame.Yielded = {Obj(node.Elt)};");
                    w.Line("yield return null!;");
                    w.Line("frame.ResumeUnused();");
                    break;
                case "sum":
                    w.Line($"FusedGenexpr.Add(ref {prefix}fold, {Obj(node.Elt)}, {code}, ref frame);");
                    break;
                case "any":
                    w.Line($"if (FusedGenexpr.IsTrue({Obj(node.Elt)}, {code}, ref frame)) return PyBool.True;");
                    break;
                case "all":
                    w.Line($"if (!FusedGenexpr.IsTrue({Obj(node.Elt)}, {code}, ref frame)) return PyBool.False;");
                    break;
                case "list" or "tuple":
                    // Collecting runs no Python code: the frame stays on the stack.
                    w.Line($"{prefix}fold.Add({Obj(node.Elt)});");
                    break;
                case "next":
                    // The first item ends the loop (the finally blocks close what it owned, as dropping the generator would).
                    w.Line($"return {Obj(node.Elt)};");
                    break;
                case "min" or "max":
                    w.Line($"FusedGenexpr.Better(ref {prefix}fold, {Obj(node.Elt)}, CompareOp.{(fold == "min" ? "Lt" : "Gt")}, {code}, ref frame);");
                    break;
                case "set":
                    w.Line($"FusedGenexpr.AddToSet({prefix}fold, {UnboxedOrObject(Emit(node.Elt))}, ref {prefix}mixed, {code}, ref frame);");
                    break;
            }
            for (var i = node.Generators.Count - 1; i >= 0; i--)
            {
                w.Close();
                w.Close();
                w.Line($"finally {{ PyGenerator.CloseOwned({prefix}own{i}); }}");
            }
            if (fold is not null)
            {
                w.Close();
                w.Line($"catch (PyException e) when (FusedGenexpr.Inside(frame) && e.AddFrame({code}, frame.Line)) {{ throw; }}");
                w.Line("catch (PyException e) when (FusedGenexpr.Inside(frame) && FusedGenexpr.IsStop(e)) { throw FusedGenexpr.StopRaised(e); }");
                w.Line("finally { FusedGenexpr.Leave(frame); }");
                w.Line(fold switch
                {
                    "sum" => $"return {prefix}fold.Result;",
                    "list" => $"return new PyList({prefix}fold.ToArray());",
                    "tuple" => $"return {prefix}fold.ToTuple();",
                    "set" => $"return {prefix}fold;",
                    "min" or "max" => $"return FusedGenexpr.BestOf({prefix}fold, \"{fold}\");",
                    // Exhausted: next()'s default, or null for the StopIteration it raises.
                    "next" => $"return {prefix}start;",
                    "any" => "return PyBool.False;",
                    _ => "return PyBool.True;",
                });
            }
            foreach (var local in context.LocalFunctions) w.Append(local);
            w.Close();
            context.RestoreLocalFunctions(enclosingLocals);
            context.LocalFunctions.Add(w);
            return (name, code, CSharpNames.Literal(scope.QualifiedName));
        }
        catch
        {
            context.RestoreLocalFunctions(enclosingLocals);
            throw;
        }
        finally
        {
            context.PopComprehension();
            (_place, _placeVar, _known, _after, _depth) = enclosingPlaces;
        }
    }

    /// <summary>
    /// <c>sum(genexpr)</c>, <c>sum(genexpr, start)</c>, <c>next(genexpr)</c>, <c>next(genexpr, default)</c>, <c>any</c>, <c>all</c>, <c>min</c>, <c>max</c>, <c>list</c>, <c>tuple</c>,
    /// <c>set</c>, <c>sorted</c> of a genexpr and <c>sep.join(genexpr)</c>: when the callee turns out to be that
    /// builtin (for join: the separator is an exact str), the fused loop (FusedGenexpr) instead of a
    /// generator the builtin would resume once per item; any other callee gets the generator as
    /// usual. list, tuple, sorted and str.join collect every item before they do anything else, so
    /// a collected list stands for the generator. Null when the call has another shape, or the
    /// expression holds a nested scope or a walrus (its body is emitted twice, and those are
    /// emitted once per node).
    /// </summary>
    private string? EmitFusedGenexprCall(Call c, int? callLine)
    {
        if (c.Keywords.Count != 0 || c.Args.Count is 0 or > 2 || c.Args[0] is not GeneratorExp node) return null;
        var function = c.Func switch
        {
            Name { Id: "sum" or "next" } n => n.Id,
            Name { Id: "any" or "all" or "min" or "max" or "list" or "tuple" or "set" or "sorted" } n when c.Args.Count == 1 => n.Id,
            Attribute { Attr: "join", Ctx: ExprContext.Load } when c.Args.Count == 1 => "join",
            _ => null,
        };
        if (function is null || c.Args.Any(a => a is Starred)) return null;
        if (Lowering.GeneratorLowering.IsAsyncComprehension(node)) return null;
        var parts = new Expr[] { node.Elt }.Concat(node.Generators.SelectMany(g => g.Ifs.Prepend(g.Iter).Prepend(g.Target)));
        if (NodeWalk.Descendants(parts).Any(n => n is Lambda or ListComp or SetComp or DictComp or GeneratorExp or NamedExpr or Yield or YieldFrom or Await))
        {
            return null;
        }
        var temp = context.NewTemp();
        var callee = c.Func is Attribute join ? Obj(join.Value) : Obj(c.Func);
        var first = OwnedFirstIterator(node, node.Generators[0].Iter, out var owned);
        // The fold runs as the call, at the call's place, once the iterator was taken at the expression's.
        if (TracksPlaces && _place is { } callPlace && _known != callPlace)
        {
            first = $"Place.After<PyIterator>({first}, {context.LineVar} = {Int(callPlace)})";
            Stored(callPlace);
        }
        var start = c.Args.Count == 2 ? Obj(c.Args[1]) : null;
        if (callLine is { } line)
        {
            if (start is null) first = AtLine(first, line);
            else start = AtLine(start, line);
        }
        var fold = function switch
        {
            "sum" or "next" or "any" or "all" or "min" or "max" or "set" or "tuple" => function,
            _ => "list",
        };
        var (name, code, qualName) = EmitGeneratorBody(node, fold: null);
        var (foldName, _, _) = EmitGeneratorBody(node, fold);
        var generator = $"PyGenerator.Start({code}, {qualName}, {first}, {owned}, {name})";
        var collected = $"{foldName}({first}, {owned})";
        if (function == "join")
        {
            var site = Module.AttributeSite("join");
            return $"(FusedGenexpr.IsExactStr({temp} = {callee}) ? Attributes.CallMethod1({temp}, {site}, {collected}) : Attributes.CallMethod1({temp}, {site}, {generator}))";
        }
        var (builtin, fused) = function switch
        {
            "sum" => ("PyPack.Runtime.Builtins.BuiltinsModule.SumFunction", $"{foldName}({first}, {owned}, {start ?? "PyInt.Zero"})"),
            // The default is evaluated before the loop starts, after the first iterator was taken, as for a call.
            "next" => ("PyPack.Runtime.Builtins.BuiltinsModule.NextFunction", $"FusedGenexpr.NextOf({foldName}({first}, {owned}, {start ?? "null"}))"),
            "any" => ("PyPack.Runtime.Builtins.BuiltinsModule.AnyFunction", collected),
            "all" => ("PyPack.Runtime.Builtins.BuiltinsModule.AllFunction", collected),
            "min" => ("PyPack.Runtime.Builtins.BuiltinsModule.MinFunction", collected),
            "max" => ("PyPack.Runtime.Builtins.BuiltinsModule.MaxFunction", collected),
            "list" => ("PyList.TypeObject", collected),
            "tuple" => ("PyTuple.TypeObject", collected),
            "set" => ("PySet.SetType", collected),
            _ => ("PyPack.Runtime.Builtins.BuiltinsModule.SortedFunction", $"{temp}.Call1({collected})"),
        };
        var dynamic = start is null ? $"{temp}.Call1({generator})" : $"{temp}.Call2({generator}, {start})";
        return $"(ReferenceEquals({temp} = {callee}, {builtin}) ? {fused} : {dynamic})";
    }
}
