using System.Collections;
using System.Numerics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// Which of a function's locals hold numbers, so the emitter can keep them unboxed (a long or a
/// double in a C# struct, with any other object as the fallback: see the runtime's Unboxed).
/// A local qualifies when every binding of it is an assignment of a number-valued expression
/// (a number constant, arithmetic, another such local) or a <c>for</c> over <c>range(...)</c>,
/// and nothing can see the variable other than by reading it (no locals(), no closure, no del).
/// The fallback keeps any value correct; the inference only decides where unboxing pays.
/// </summary>
public static class TypeInference
{
    // Functions that read a frame's variables by name: with them every local stays an object.
    private static readonly string[] s_frameReaders = ["locals", "vars", "dir", "eval", "exec"];

    /// <param name="isNumericCall">Calls known to give numbers unboxed (a def's numeric entry), or null.</param>
    /// <param name="returnsNumber">Whether the function returns its value unboxed: <c>return x</c> then reads x as a number.</param>
    public static HashSet<string> NumericLocals(Scope scope, IReadOnlyList<Stmt> body, IReadOnlyCollection<string> parameters,
        Func<Call, bool>? isNumericCall = null, bool returnsNumber = false)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (scope.Kind != ScopeKind.Function || s_frameReaders.Any(scope.Used.Contains)) return result;
        var walker = new BindingWalker(scope) { ReturnsNumber = returnsNumber };
        foreach (var s in body) walker.Visit(s);
        if (walker.GiveUp) return result;
        foreach (var (name, values) in walker.Bindings)
        {
            if (!parameters.Contains(name) && !walker.Excluded.Contains(name) && scope.Lookup(name) == SymbolKind.Local) result.Add(name);
        }
        // A parameter pays to unbox when the function only computes with it: each read an operand of
        // arithmetic or a comparison (else every other use would box it again).
        foreach (var p in parameters)
        {
            if (walker.Excluded.Contains(p) || scope.Lookup(p) != SymbolKind.Local) continue;
            var loads = walker.Loads.GetValueOrDefault(p);
            if (loads > 0 && loads == walker.ArithmeticLoads.GetValueOrDefault(p))
            {
                result.Add(p);
                if (!walker.Bindings.ContainsKey(p)) walker.Bindings[p] = [];
            }
        }
        // Drop a local with a binding that is not a number until none is left (a = b; b = "x").
        bool changed;
        do
        {
            changed = false;
            foreach (var name in result.ToList())
            {
                if (walker.Bindings[name].All(v => v is null || IsNumeric(v, n => result.Contains(scope.Mangle(n)), isNumericCall))) continue;
                if (!parameters.Contains(name) && LikelyNumber(walker, name)) continue;
                result.Remove(name);
                changed = true;
            }
        }
        while (changed);
        return result;
    }

    /// <summary>
    /// A local bound from values of unknown type (<c>k = perm[0]</c>, <c>r = n</c>) that its uses
    /// show to be a number: it is counted (<c>r -= 1</c>), or every read computes with it (operands,
    /// tests, indices) and one at least is arithmetic or an index. Unboxing it costs a type test per
    /// binding; the fallback keeps any other value as it is.
    /// </summary>
    private static bool LikelyNumber(BindingWalker walker, string name)
    {
        if (walker.Bindings[name].Any(v => v is not null && IsSurelyNotNumber(v))) return false;
        if (walker.Counted.Contains(name)) return true;
        var loads = walker.Loads.GetValueOrDefault(name);
        return loads > 0 && loads == walker.ArithmeticLoads.GetValueOrDefault(name) + walker.TestLoads.GetValueOrDefault(name)
            && walker.StrongLoads.GetValueOrDefault(name) > 0;
    }

    /// <summary>A constant int that fits in a long, or a float constant.</summary>
    public static bool IsNumberConstant(Expr e) =>
        e is Constant { Value: double } || (e is Constant { Value: BigInteger i } && i >= long.MinValue && i <= long.MaxValue);

    /// <summary>Whether <paramref name="e"/> surely is not an int or float (a display, a string...): arithmetic on it stays generic.</summary>
    public static bool IsSurelyNotNumber(Expr e) => e is Constant { Value: not (BigInteger or double) }
        or List or Syntax.Ast.Tuple or Dict or Set or ListComp or SetComp or DictComp or GeneratorExp or JoinedStr or Lambda;

    /// <summary>
    /// Whether <paramref name="e"/> is expected to be an int or float: worth computing unboxed.
    /// <c>-</c>, <c>*</c>, <c>/</c> and <c>//</c> nearly always are; <c>+</c> and <c>%</c> (also str
    /// operators) and the bit operators (also set, dict and flag operators) only with a number operand.
    /// </summary>
    public static bool IsNumeric(Expr e, Func<string, bool> isNumericName, Func<Call, bool>? isNumericCall = null) => e switch
    {
        Constant => IsNumberConstant(e),
        Name n => isNumericName(n.Id),
        UnaryOp { Op: UnaryOperator.USub or UnaryOperator.Invert, Operand: var o } => IsNumeric(o, isNumericName, isNumericCall),
        BinOp b => IsNumericBinary(b, isNumericName, isNumericCall),
        IfExp i => IsNumeric(i.Body, isNumericName, isNumericCall) && IsNumeric(i.Orelse, isNumericName, isNumericCall),
        Call c => isNumericCall?.Invoke(c) == true,
        _ => false,
    };

    public static bool IsNumericBinary(BinOp b, Func<string, bool> isNumericName, Func<Call, bool>? isNumericCall = null)
    {
        if (IsSurelyNotNumber(b.Left) || IsSurelyNotNumber(b.Right)) return false;
        return b.Op switch
        {
            BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div or BinaryOperator.FloorDiv => true,
            BinaryOperator.Add or BinaryOperator.Mod or BinaryOperator.Pow or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor
                or BinaryOperator.LShift or BinaryOperator.RShift => IsNumeric(b.Left, isNumericName, isNumericCall) || IsNumeric(b.Right, isNumericName, isNumericCall),
            _ => false,
        };
    }

    /// <summary>
    /// Whether a def's body returns numbers: it has a <c>return</c> with a value and each such value is
    /// numeric (a bare return or the end of the body gives None, which the fallback carries).
    /// </summary>
    public static bool ReturnsNumber(IReadOnlyList<Stmt> body, Func<Expr, bool> isNumeric)
    {
        var values = new List<Expr?>();
        CollectReturns(body, values);
        return values.Count > 0 && values.All(v => v is null || isNumeric(v)) && values.Any(v => v is not null);
    }

    // Returns of this function only: nested defs, lambdas and classes have their own.
    private static void CollectReturns(object? node, List<Expr?> values)
    {
        switch (node)
        {
            case null or string or FunctionDef or AsyncFunctionDef or ClassDef or Lambda or Expr:
                return;
            case Return r:
                values.Add(r.Value);
                return;
            case Node n:
                for (var i = 0; i < n.FieldNames.Count; i++) CollectReturns(n.GetField(i), values);
                return;
            case IEnumerable items:
                foreach (var item in items) CollectReturns(item, values);
                return;
        }
    }

    /// <summary>Whether <c>x op= value</c> keeps a number a number.</summary>
    public static bool IsNumericOperator(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Sub or BinaryOperator.Mult or BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod or BinaryOperator.Pow
            or BinaryOperator.BitAnd or BinaryOperator.BitOr or BinaryOperator.BitXor or BinaryOperator.LShift or BinaryOperator.RShift;

    /// <summary>Whether a for loop iterates over a call of the name range (the emitter checks it is the builtin).</summary>
    public static bool IsRangeLoop(For f) =>
        f.Target is Name && f.Iter is Call { Func: Name { Id: "range" }, Keywords.Count: 0, Args.Count: >= 1 and <= 3 } c && !c.Args.Any(a => a is Starred);

    /// <summary>Collects each local's bindings (null for a range loop) and the locals bound or used in ways that keep them objects.</summary>
    private sealed class BindingWalker(Scope scope)
    {
        public Dictionary<string, List<Expr?>> Bindings { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Excluded { get; } = new(StringComparer.Ordinal);
        public bool GiveUp { get; private set; }
        public Dictionary<string, int> Loads { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> ArithmeticLoads { get; } = new(StringComparer.Ordinal);
        public bool ReturnsNumber { get; init; }
        /// <summary>Locals stepped by a number constant (<c>x += 1</c>).</summary>
        public HashSet<string> Counted { get; } = new(StringComparer.Ordinal);
        /// <summary>Reads that are an <c>if</c>/<c>while</c> test by themselves.</summary>
        public Dictionary<string, int> TestLoads { get; } = new(StringComparer.Ordinal);
        /// <summary>Reads as an operand of arithmetic or as an index or slice bound (a subset of ArithmeticLoads).</summary>
        public Dictionary<string, int> StrongLoads { get; } = new(StringComparer.Ordinal);

        private void ArithmeticOperand(Expr e, bool strong = false)
        {
            if (e is not Name { Ctx: ExprContext.Load } n) return;
            var name = scope.Mangle(n.Id);
            ArithmeticLoads[name] = ArithmeticLoads.GetValueOrDefault(name) + 1;
            if (strong) StrongLoads[name] = StrongLoads.GetValueOrDefault(name) + 1;
        }

        private void TestOperand(Expr e)
        {
            if (e is not Name { Ctx: ExprContext.Load } n) return;
            var name = scope.Mangle(n.Id);
            TestLoads[name] = TestLoads.GetValueOrDefault(name) + 1;
        }

        private void Bind(string name, Expr? value)
        {
            name = scope.Mangle(name);
            if (!Bindings.TryGetValue(name, out var list)) Bindings[name] = list = [];
            list.Add(value);
        }

        private void Exclude(string name) => Excluded.Add(scope.Mangle(name));

        public void Visit(object? node)
        {
            switch (node)
            {
                case null:
                    return;
                case Assign a when a.Targets.All(t => t is Name):
                    foreach (var t in a.Targets) Bind(((Name)t).Id, a.Value);
                    Visit(a.Value);
                    return;
                case AnnAssign { Target: Name n, Value: { } v } a:
                    Bind(n.Id, v);
                    Visit(v);
                    Visit(a.Annotation);
                    return;
                case For f when IsRangeLoop(f):
                    Bind(((Name)f.Target).Id, null);
                    Visit(f.Iter);
                    Visit(f.Body);
                    Visit(f.Orelse);
                    return;
                case Name { Ctx: ExprContext.Store or ExprContext.Del } n:
                    Exclude(n.Id);
                    return;
                case NamedExpr ne:
                    if (ne.Target is Name walrus) Exclude(walrus.Id);
                    Visit(ne.Value);
                    return;
                case Compare c when c.Ops.Any(o => o is CompareOperator.Is or CompareOperator.IsNot):
                    // Identity of a number depends on it being one object; an unboxed one is boxed anew at each use.
                    foreach (var x in c.Comparators.Prepend(c.Left)) if (x is Name xn) Exclude(xn.Id);
                    break;
                case Compare { Ops.Count: 1 } c when c.Ops[0] is not (CompareOperator.In or CompareOperator.NotIn):
                    ArithmeticOperand(c.Left);
                    ArithmeticOperand(c.Comparators[0]);
                    break;
                case BinOp b when b.Op is not BinaryOperator.MatMult:
                    ArithmeticOperand(b.Left, strong: true);
                    ArithmeticOperand(b.Right, strong: true);
                    break;
                case UnaryOp { Op: UnaryOperator.USub or UnaryOperator.Invert } u:
                    ArithmeticOperand(u.Operand, strong: true);
                    break;
                case Subscript { Slice: Slice sl }:
                    // Slice bounds are passed unboxed (Subscript.GetSlice/SetSlice).
                    foreach (var part in new[] { sl.Lower, sl.Upper, sl.Step }) if (part is not null) ArithmeticOperand(part, strong: true);
                    break;
                case Subscript { Slice: Name } sub:
                    // seq[i] with a numeric i reads the item without making the int.
                    ArithmeticOperand(sub.Slice, strong: true);
                    break;
                case If i:
                    TestOperand(i.Test);
                    break;
                case While wh:
                    TestOperand(wh.Test);
                    break;
                case Return { Value: Name } r when ReturnsNumber:
                    // The numeric entry returns the value unboxed: no box for a number local.
                    ArithmeticOperand(r.Value);
                    break;
                case AugAssign { Target: Name n } a:
                    if (IsNumericOperator(a.Op)) Bind(n.Id, null);
                    else Exclude(n.Id);
                    if (a.Op is BinaryOperator.Add or BinaryOperator.Sub && IsNumberConstant(a.Value)) Counted.Add(scope.Mangle(n.Id));
                    // x op= y reads x as an arithmetic operand.
                    Loads[scope.Mangle(n.Id)] = Loads.GetValueOrDefault(scope.Mangle(n.Id)) + 1;
                    ArithmeticLoads[scope.Mangle(n.Id)] = ArithmeticLoads.GetValueOrDefault(scope.Mangle(n.Id)) + 1;
                    Visit(a.Value);
                    return;
                case Name { Ctx: ExprContext.Load } ln:
                    Loads[scope.Mangle(ln.Id)] = Loads.GetValueOrDefault(scope.Mangle(ln.Id)) + 1;
                    return;
                case FunctionDef f:
                    Exclude(f.Name);
                    VisitAll(f.DecoratorList);
                    Visit(f.Args);
                    return;
                case AsyncFunctionDef f:
                    Exclude(f.Name);
                    VisitAll(f.DecoratorList);
                    Visit(f.Args);
                    return;
                case ClassDef c:
                    Exclude(c.Name);
                    VisitAll(c.DecoratorList);
                    VisitAll(c.Bases);
                    VisitAll(c.Keywords);
                    return;
                case Lambda l:
                    Visit(l.Args);
                    return;
                case ListComp lc:
                    VisitComprehension(lc.Generators, lc.Elt);
                    return;
                case SetComp sc:
                    VisitComprehension(sc.Generators, sc.Elt);
                    return;
                case DictComp dc:
                    VisitComprehension(dc.Generators, dc.Key, dc.Value);
                    return;
                case GeneratorExp ge:
                    VisitComprehension(ge.Generators, ge.Elt);
                    return;
                case Alias al:
                    Exclude(al.Asname ?? al.Name.Split('.')[0]);
                    return;
                case ExceptHandler h when h.Name is not null:
                    Exclude(h.Name);
                    break;
                case Match:
                    // Capture patterns bind names in many shapes: leave such a function alone.
                    GiveUp = true;
                    return;
            }
            if (node is string) return;
            if (node is Node n2)
            {
                for (var i = 0; i < n2.FieldNames.Count; i++) Visit(n2.GetField(i));
            }
            else if (node is IEnumerable items)
            {
                foreach (var item in items) Visit(item);
            }
        }

        /// <summary>
        /// A comprehension is a scope of its own: only its first iterable is evaluated here. Its
        /// targets are its own variables (a local of this function with the same name, <c>i</c> of a
        /// <c>for i in range(n)</c> beside <c>[f(i) for i in xs]</c>, is another variable), and a local
        /// of this function it reads is shared with it, so never unboxed (not SymbolKind.Local). Only a
        /// walrus inside binds a name here.
        /// </summary>
        private void VisitComprehension(IReadOnlyList<Comprehension> generators, params Expr[] results)
        {
            Visit(generators[0].Iter);
            for (var i = 0; i < generators.Count; i++)
            {
                if (i > 0) ExcludeWalrusTargets(generators[i].Iter);
                ExcludeWalrusTargets(generators[i].Ifs);
            }
            foreach (var r in results) ExcludeWalrusTargets(r);
        }

        private void ExcludeWalrusTargets(object? node)
        {
            switch (node)
            {
                case null or string:
                    return;
                case NamedExpr { Target: Name walrus } ne:
                    Exclude(walrus.Id);
                    ExcludeWalrusTargets(ne.Value);
                    return;
                case Node n:
                    for (var i = 0; i < n.FieldNames.Count; i++) ExcludeWalrusTargets(n.GetField(i));
                    return;
                case IEnumerable items:
                    foreach (var item in items) ExcludeWalrusTargets(item);
                    return;
            }
        }

        private void VisitAll(IEnumerable items)
        {
            foreach (var item in items) Visit(item);
        }
    }
}
