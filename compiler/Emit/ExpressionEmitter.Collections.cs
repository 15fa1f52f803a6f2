using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Displays (list, tuple, dict, set, with * and ** unpacking), slices, walrus and comprehensions.
/// Displays build their value with chained calls, so items are evaluated in source order.
/// </summary>
public sealed partial class ExpressionEmitter
{
    private static bool HasStarred(IReadOnlyList<Expr> items) => items.Any(i => i is Starred);

    private string EmitList(IReadOnlyList<Expr> items)
    {
        if (items.Count == 0) return "new PyList()";
        if (!HasStarred(items)) return $"new PyList({Array(items)})";
        return ListBuilder(items);
    }

    private string ListBuilder(IReadOnlyList<Expr> items)
    {
        var sb = new System.Text.StringBuilder($"new PyList({IntLiteral(items.Count)})");
        foreach (var item in items)
        {
            sb.Append(item is Starred s ? $".WithAll({Obj(s.Value)})" : $".With({Obj(item)})");
        }
        return sb.ToString();
    }

    private string EmitTuple(Syntax.Ast.Tuple tuple)
    {
        var items = tuple.Elts;
        if (items.Count == 0) return "PyTuple.Empty";
        // A tuple of constants is one constant object, as CPython's compiler makes it.
        if (ConstantFolding.TryFold(tuple, out var folded) && Module.Constants.Get(folded) is { } constant) return constant;
        // One object: the items go straight into the tuple (PyTuple.Of's params span sits on the stack).
        if (!HasStarred(items)) return $"PyTuple.Of({string.Join(", ", items.Select(Obj))})";
        return $"{ListBuilder(items)}.ToTuple()";
    }

    private string EmitSet(Set s)
    {
        // CPython builds a display of more than two constants (after folding: 2**31-2, (1, -2)) from a
        // frozenset constant, which gives it a different table order than adding one by one.
        if (s.Elts.Count > 2 && s.Elts.All(e => ConstantFolding.TryFold(e, out _))) return $"PySet.FromConstants({Array(s.Elts)})";
        var sb = new System.Text.StringBuilder("new PySet()");
        foreach (var item in s.Elts)
        {
            sb.Append(item is Starred st ? $".WithAll({Obj(st.Value)})" : $".With({Obj(item)})");
        }
        return sb.ToString();
    }

    private string EmitDict(Dict d)
    {
        var sb = new System.Text.StringBuilder($"new PyDict({IntLiteral(d.Keys.Count)})");
        for (var i = 0; i < d.Keys.Count; i++)
        {
            var key = d.Keys[i];
            sb.Append(key is null ? $".MergeMapping({Obj(d.Values[i])})" : $".With({Obj(key)}, {Obj(d.Values[i])})");
        }
        return sb.ToString();
    }

    /// <summary>
    /// A slice's parts as three Unboxed arguments (Unboxed.None where one is missing), for
    /// Subscript.GetSlice/SetSlice: an int bound stays unboxed and no slice object is made for a list.
    /// </summary>
    public string SliceParts(Slice s)
    {
        string Part(Expr? e) => e is null ? "Unboxed.None" : Unboxed(e);
        return $"{Part(s.Lower)}, {Part(s.Upper)}, {Part(s.Step)}";
    }

    private string EmitSlice(Slice s)
    {
        string Part(Expr? e) => e is null ? "PyNone.Instance" : Obj(e);
        return $"new PySlice({Part(s.Lower)}, {Part(s.Upper)}, {Part(s.Step)})";
    }

    /// <summary><c>(x := value)</c>: stores, then yields the value.</summary>
    private string EmitNamedExpr(NamedExpr n)
    {
        var target = (Name)n.Target;
        var access = context.Resolve(target.Id);
        var value = Obj(n.Value);
        return access.Storage switch
        {
            NameStorage.Global => $"({access.CSharpName}.Value = {value})",
            NameStorage.Local => $"({access.CSharpName} = {value})",
            _ => throw new UnsupportedConstruct(n, $"closure variable '{target.Id}' (a name from an enclosing function)"),
        };
    }

    /// <summary>
    /// A comprehension runs as a C# local function declared at the end of the enclosing method and
    /// called in place (so it stays an expression and evaluates in order); its variables are locals
    /// of that function, and a traceback shows its own frame as CPython's does. The first iterable
    /// is evaluated outside, in the enclosing scope. A local function called directly shares the
    /// method's variables through a struct on the stack: unlike a lambda, no delegate and no
    /// closure object are allocated per evaluation.
    /// <code>
    /// [f(x) for x in xs if x]   =>   Comp_2(xs)
    ///                                PyObject Comp_2(PyObject c0_src) { var c0_acc = new PyList(); ...
    ///                                    while ((c0_item0 = c0_it0.Next()) is not null) { c0_l_x = c0_item0; if (!x) continue; c0_acc.Append(f(c0_l_x)); } ... }
    /// </code>
    /// </summary>
    private string EmitComprehension(Expr node, IReadOnlyList<Comprehension> generators, string frameName, string accType, string accNew, Func<string, string> add)
    {
        foreach (var g in generators)
        {
            // Reached only where awaits are not spilled (StatementEmitter.Await).
            if (g.IsAsync != 0) throw new UnsupportedConstruct(node, "async comprehension in this position");
        }
        var first = Obj(generators[0].Iter);
        var scope = Module.Scopes[node];
        var prefix = context.PushComprehension(scope, asIterator: false);
        var enclosingPlaces = (_place, _placeVar, _known, _after, _depth);
        // Comprehensions and generator expressions in the body are declared inside its function, where its variables are in scope.
        var enclosingLocals = context.TakeLocalFunctions();
        try
        {
            var w = new CodeWriter();
            var code = Module.CodeInfo(frameName, "comp", node.Line);
            var function = Module.UniqueMemberName("Comp");
            w.Open($"PyObject {function}(PyObject {prefix}src)");
            w.Line($"{accType} {prefix}acc = {accNew};");
            var cellNames = new List<string>();
            foreach (var name in scope.Bound)
            {
                if (name == ".0") continue;
                if (scope.Lookup(name) == SymbolKind.Cell && !MethodContext.OnlyComprehensionsShare(scope, name))
                {
                    w.Line($"PyCell {MethodContext.ComprehensionCell(prefix, name)} = new PyCell();");
                    cellNames.Add(name);
                }
                else
                {
                    w.Line($"PyObject? {prefix}{MethodContext.LocalName(name)} = null;");
                }
            }
            // Lambdas and generator expressions inside close over those cells.
            var savedCells = cellNames.Select(n => (n, context.Cells.TryGetValue(n, out var c) ? c : null)).ToList();
            foreach (var n in cellNames) context.Cells[n] = MethodContext.ComprehensionCell(prefix, n);
            // The first iterable's iterator is taken before the comprehension's frame is entered: CPython
            // takes it in the enclosing frame, which reports an iterable that is not one.
            w.Line($"LoopCursor {prefix}it0 = default;");
            w.Line($"{prefix}it0.Start({prefix}src);");
            // One loop, no condition: the list gets an item per item of a source of known length.
            if (accType == "PyList" && generators.Count == 1 && generators[0].Ifs.Count == 0) w.Line($"{prefix}acc.ReserveFor({prefix}src);");
            w.Line($"ref int {prefix}line = ref CallDepth.Enter({code});");
            w.Line($"{prefix}line = {node.Line};");
            // The body runs in the comprehension's frame, from the line it starts at.
            StartPlaces(node.Line);
            w.Open("try");
            var depth = 0;
            for (var i = 0; i < generators.Count; i++)
            {
                var g = generators[i];
                var it = $"{prefix}it{i}";
                var item = $"{prefix}item{i}";
                // A LoopCursor: an exact list, tuple or dict is walked without an iterator object.
                var pairs = StatementEmitter.PairTargets(g.Target) is not null;
                if (i > 0)
                {
                    w.Line($"LoopCursor {it} = default;");
                    var outer = _loopCall;
                    _loopCall = pairs && g.Iter is Call call && IsTakenOverCall(call) ? (call, it) : null;
                    try
                    {
                        w.Line($"{LoopStart(g.Iter, it)};");
                    }
                    finally
                    {
                        _loopCall = outer;
                    }
                }
                var stores = new CodeWriter();
                // Where places are tracked, each step stores the body's: the parts of the last one moved it.
                var tracked = TracksPlaces;
                var storeStep = tracked ? $"({prefix}line = {node.Line}) != 0 && " : "";
                if (StatementEmitter.PairTargets(g.Target) is { } pair)
                {
                    var storer = new StatementEmitter(context, stores);
                    var at = tracked ? $", ref {prefix}line, {storer.TargetPlace(g.Target)}" : "";
                    w.Line($"PyObject {item}a, {item}b;");
                    w.Open($"while ({storeStep}{it}.NextPair(out {item}a, out {item}b{at}))");
                    storer.StorePair(pair, $"{item}a", $"{item}b");
                }
                else
                {
                    w.Line($"PyObject? {item};");
                    w.Open($"while ({storeStep}({item} = {it}.Next()) is not null)");
                    new StatementEmitter(context, stores).StoreTo(g.Target, item);
                }
                // After a pair step the frame may hold the targets' position instead.
                if (tracked) _known = StatementEmitter.PairTargets(g.Target) is null ? node.Line : null;
                depth++;
                w.Append(stores);
                foreach (var cond in g.Ifs) w.Line($"if (!{Condition(cond)}) continue;");
            }
            w.Line(add($"{prefix}acc"));
            for (var i = 0; i < depth; i++) w.Close();
            w.Line($"return {prefix}acc;");
            w.Close();
            w.Line($"catch (PyException e) when (e.AddFrame({code}, {prefix}line)) {{ throw; }}");
            w.Line("finally { CallDepth.Leave(); }");
            foreach (var local in context.LocalFunctions) w.Append(local);
            w.Close();
            context.RestoreLocalFunctions(enclosingLocals);
            context.LocalFunctions.Add(w);
            foreach (var (n, c) in savedCells)
            {
                if (c is null) context.Cells.Remove(n);
                else context.Cells[n] = c;
            }
            return $"{function}({first})";
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
}
