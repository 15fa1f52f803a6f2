using PyPack.Compiler.Lowering;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// await nested in an expression (<c>print(await f(x))</c>). An await suspends the body, so it
/// cannot sit inside a C# expression: it is spilled. In the statement's expression, every operand
/// evaluated before the last await is evaluated first into a temporary (in Python's order), the
/// await delegates and leaves its result in a temporary, and the statement is then emitted over
/// those temporaries, so the order of evaluation is CPython's:
/// <code>
/// print(a(), await f(x), b())   =>   t1 = print; t2 = a(); t3 = await f(x); t1(t2, t3, b())
/// </code>
/// An await that Python evaluates only conditionally (after <c>and</c>/<c>or</c>, in a branch of
/// <c>x if c else y</c>, later in a comparison chain) becomes nested ifs over a temporary that
/// holds the value so far. Comprehensions that await run as their own coroutine, awaited in place.
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>
    /// The statement with its nested awaits and yields spilled, or null when it has none this can
    /// spill. A yield (or await) that is the whole value of an expression statement or an
    /// assignment is emitted where it stands; only what suspends inside it is spilled. With
    /// <paramref name="probe"/> nothing is emitted: the statement itself says that it would spill.
    /// </summary>
    private Stmt? SpillAwaits(Stmt s, bool probe = false) => s switch
    {
        ExprStmt { Value: Yield or YieldFrom } e when HasAwait(Operand(e.Value)) => probe ? s : At(new ExprStmt(SpillOperand(e.Value)), s),
        ExprStmt { Value: not (Await or Yield or YieldFrom) } e when HasAwait(e.Value) => probe ? s : At(new ExprStmt(Spill(e.Value)), s),
        Assign { Value: Yield or YieldFrom } a when HasAwait(Operand(a.Value)) => probe ? s : At(new Assign(a.Targets, SpillOperand(a.Value), a.TypeComment), s),
        Assign { Value: not (Await or Yield or YieldFrom) } a when HasAwait(a.Value) => probe ? s : At(new Assign(a.Targets, Spill(a.Value), a.TypeComment), s),
        Return { Value: { } v and not Await } when HasAwait(v) => probe ? s : At(new Return(Spill(v)), s),
        If i when HasAwait(i.Test) => probe ? s : At(new If(Spill(i.Test), i.Body, i.Orelse), s),
        Raise { Exc: { } exc } r when HasAwait(exc) && (r.Cause is null || !HasAwait(r.Cause)) => probe ? s : At(new Raise(Spill(exc), r.Cause), s),
        For f when HasAwait(f.Iter) => probe ? s : At(new For(f.Target, Spill(f.Iter), f.Body, f.Orelse, f.TypeComment), s),
        AsyncFor f when HasAwait(f.Iter) => probe ? s : At(new AsyncFor(f.Target, Spill(f.Iter), f.Body, f.Orelse, f.TypeComment), s),
        Assert a when HasAwait(a.Test) && !HasAwait(a.Msg) => probe ? s : At(new Assert(Spill(a.Test), a.Msg), s),
        AnnAssign { Value: { } v, Target: Name } a when HasAwait(v) => probe ? s : At(new AnnAssign(a.Target, a.Annotation, Spill(v), a.Simple), s),
        _ => null,
    };

    /// <summary>Whether a statement suspends inside an expression, so that it is spilled (SpillAwaits).</summary>
    private bool SpillsSuspensions(Stmt s) => (context.IsCoroutine || context.IsGenerator) && SpillAwaits(s, probe: true) is not null;

    /// <summary>What a yield or yield from evaluates before it suspends.</summary>
    private static Expr? Operand(Expr e) => e switch { Yield y => y.Value, YieldFrom yf => yf.Value, _ => null };

    /// <summary><c>yield (yield x)</c>, <c>yield await x</c>: the operand is spilled, the outer yield stays.</summary>
    private Expr SpillOperand(Expr e) => e switch
    {
        Yield y => At(new Yield(Spill(y.Value!)), e),
        YieldFrom yf => At(new YieldFrom(Spill(yf.Value)), e),
        _ => Spill(e),
    };

    /// <summary>
    /// <c>x += await f()</c>: as in CPython, the target (its object and index, then its current
    /// value) is read before the value awaits, then the in-place result is stored.
    /// </summary>
    private void EmitAugAssignAwaiting(AugAssign a)
    {
        var op = $"PyPack.Runtime.Objects.BinaryOperator.{a.Op}";
        var current = context.NewTemp();
        switch (a.Target)
        {
            case Name n:
                Guard(() => w.Line($"{current} = {_expr.Obj(n)};"));
                break;
            case Subscript sub:
                {
                    var obj = EvaluateNow(sub.Value);
                    var key = EvaluateNow(sub.Slice);
                    Guard(() => w.Line($"{current} = Subscript.GetItem({_expr.Obj(obj)}, {_expr.Obj(key)});"));
                    var value = Spill(a.Value);
                    Guard(() => w.Line($"Subscript.SetItem({_expr.Obj(obj)}, {_expr.Obj(key)}, {InPlaceCall(a.Op, op, current, _expr.Obj(value))});"));
                    return;
                }
            case Attribute at:
                {
                    var obj = EvaluateNow(at.Value);
                    var site = context.Module.AttributeSite(context.Scope.Mangle(at.Attr));
                    Guard(() => w.Line($"{current} = Attributes.GetAttr({_expr.Obj(obj)}, {site});"));
                    var value = Spill(a.Value);
                    Guard(() => w.Line($"Attributes.SetAttr({_expr.Obj(obj)}, {site}, {InPlaceCall(a.Op, op, current, _expr.Obj(value))});"));
                    return;
                }
            default:
                throw new UnsupportedConstruct(a.Target, "augmented assignment to " + UnsupportedConstruct.Describe(a.Target));
        }
        var spilled = Spill(a.Value);
        Guard(() => StoreTo(a.Target, InPlaceCall(a.Op, op, current, _expr.Obj(spilled))));
    }


    private static T At<T>(T node, Node from) where T : Node
    {
        node.SetSpan(from.Line, from.Col, from.EndLine, from.EndCol);
        return node;
    }

    /// <summary>
    /// Whether evaluating <paramref name="e"/> suspends: awaits or yields (not counting lambdas and
    /// comprehensions, which have their own scope).
    /// </summary>
    private static bool HasAwait(Node? e)
    {
        switch (e)
        {
            case null:
                return false;
            case Await or Yield or YieldFrom:
                return true;
            case Lambda:
                return false;
            case ListComp or SetComp or DictComp:
                // An async comprehension is awaited where it stands.
                return GeneratorLowering.IsAsyncComprehension(e) || HasAwait(GeneratorLowering.FirstIterable(e));
            case GeneratorExp:
                return HasAwait(GeneratorLowering.FirstIterable(e));
        }
        for (var i = 0; i < e.FieldNames.Count; i++)
        {
            switch (e.GetField(i))
            {
                case Node child when HasAwait(child):
                    return true;
                case System.Collections.IEnumerable list and not string:
                    foreach (var item in list)
                    {
                        if (item is Node n && HasAwait(n)) return true;
                    }
                    break;
            }
        }
        return false;
    }

    /// <summary>Evaluates <paramref name="e"/> now, into a temporary (constants stay as they are).</summary>
    private Expr EvaluateNow(Expr e)
    {
        if (HasAwait(e)) e = Spill(e);
        switch (e)
        {
            case Constant or SpilledValue:
                return e;
            case Starred st:
                return At(new Starred(EvaluateNow(st.Value), st.Ctx), e);
        }
        var t = context.NewTemp();
        Guard(() => w.Line($"{t} = {_expr.Obj(e)};"));
        return At(new SpilledValue(t), e);
    }

    /// <summary>Spills an expression that awaits: returns what is left to evaluate after the awaits.</summary>
    private Expr Spill(Expr e)
    {
        switch (e)
        {
            case Await a:
                {
                    var awaited = HasAwait(a.Value) ? Spill(a.Value) : a.Value;
                    var result = context.NewTemp();
                    AtSpan(a);
                    EmitDelegation($"Awaiting.GetAwaitable({_expr.Obj(awaited)})", result);
                    return At(new SpilledValue(result), e);
                }
            case Call c:
                {
                    var parts = Children([c.Func, .. c.Args, .. c.Keywords.Select(k => k.Value)], e);
                    var args = parts.Skip(1).Take(c.Args.Count).ToList();
                    var keywords = c.Keywords.Select((k, i) => At(new Keyword(k.Arg, parts[1 + c.Args.Count + i]!), k)).ToList();
                    return At(new Call(parts[0]!, args!, keywords), e);
                }
            case BinOp b:
                {
                    var parts = Children([b.Left, b.Right], e);
                    return At(new BinOp(parts[0]!, b.Op, parts[1]!), e);
                }
            case Compare c when c.Ops.Count == 1:
                {
                    var parts = Children([c.Left, c.Comparators[0]], e);
                    return At(new Compare(parts[0]!, c.Ops, [parts[1]!]), e);
                }
            case Compare c when !c.Comparators.Skip(1).Any(HasAwait):
                {
                    var parts = Children([c.Left, .. c.Comparators], e);
                    return At(new Compare(parts[0]!, c.Ops, parts.Skip(1).ToList()!), e);
                }
            case UnaryOp u:
                return At(new UnaryOp(u.Op, Spill(u.Operand)), e);
            case Attribute a:
                return At(new Attribute(Spill(a.Value), a.Attr, a.Ctx), e);
            case Subscript s:
                {
                    var parts = Children([s.Value, s.Slice], e);
                    return At(new Subscript(parts[0]!, parts[1]!, s.Ctx), e);
                }
            case Slice sl:
                {
                    var parts = Children([sl.Lower, sl.Upper, sl.Step], e);
                    return At(new Slice(parts[0], parts[1], parts[2]), e);
                }
            case Starred st:
                return At(new Starred(Spill(st.Value), st.Ctx), e);
            case Syntax.Ast.Tuple t:
                return At(new Syntax.Ast.Tuple(Children(t.Elts, e)!, t.Ctx), e);
            case List l:
                return At(new List(Children(l.Elts, e)!, l.Ctx), e);
            case Set st:
                return At(new Set(Children(st.Elts, e)!), e);
            case Dict d:
                {
                    var order = new List<Expr?>();
                    for (var i = 0; i < d.Keys.Count; i++)
                    {
                        order.Add(d.Keys[i]);
                        order.Add(d.Values[i]);
                    }
                    var parts = Children(order, e);
                    return At(new Dict(parts.Where((_, i) => i % 2 == 0).ToList(), parts.Where((_, i) => i % 2 == 1).ToList()!), e);
                }
            case JoinedStr j:
                return At(new JoinedStr(Children(j.Values, e)!), e);
            case FormattedValue f:
                {
                    var parts = Children([f.Value, f.FormatSpec], e);
                    return At(new FormattedValue(parts[0]!, f.Conversion, parts[1]), e);
                }
            case BoolOp b when !b.Values.Skip(1).Any(HasAwait):
                return At(new BoolOp(b.Op, [Spill(b.Values[0]), .. b.Values.Skip(1)]), e);
            case BoolOp b:
                return SpillBoolOp(b);
            case IfExp i when !HasAwait(i.Body) && !HasAwait(i.Orelse):
                return At(new IfExp(Spill(i.Test), i.Body, i.Orelse), e);
            case IfExp i:
                return SpillIfExp(i);
            case Compare c:
                return SpillCompare(c);
            case NamedExpr n:
                return At(new NamedExpr(n.Target, Spill(n.Value)), e);
            case Yield or YieldFrom:
                {
                    // A yield inside an expression: its operand first, then the yield, whose sent value is kept.
                    var operand = Operand(e);
                    var spilled = operand is not null && HasAwait(operand) ? SpillOperand(e) : e;
                    return At(new SpilledValue(EmitYield(spilled)), e);
                }
            case ListComp or SetComp or DictComp:
                {
                    // Run as a coroutine over the first iterable (evaluated here), awaited now.
                    var first = GeneratorLowering.Generators(e)[0];
                    var iterable = EvaluateNow(first.IsAsync != 0 ? FoldedIterable(first.Iter) : first.Iter);
                    var it = context.NewTemp();
                    AtSpan(e);
                    Guard(() => w.Line($"{it} = {(first.IsAsync != 0 ? "Awaiting.GetAsyncIterator" : "Iteration.GetIter")}({_expr.Obj(iterable)});"));
                    var result = context.NewTemp();
                    EmitDelegation(_expr.EmitAsyncComprehension(e, it), result);
                    return At(new SpilledValue(result), e);
                }
            case GeneratorExp g:
                {
                    var iterable = EvaluateNow(g.Generators[0].IsAsync != 0 ? FoldedIterable(g.Generators[0].Iter) : g.Generators[0].Iter);
                    var made = context.NewTemp();
                    Guard(() => w.Line($"{made} = {_expr.EmitGeneratorExpression(g, iterable)};"));
                    return At(new SpilledValue(made), e);
                }
            default:
                throw new UnsupportedConstruct(e, UnsupportedConstruct.Describe(e));
        }
    }

    /// <summary>
    /// <c>a and await b</c>: each operand after the first is evaluated (its awaits too) only when the
    /// value so far does not decide the result, so the operands become nested ifs over one temporary.
    /// </summary>
    private Expr SpillBoolOp(BoolOp b)
    {
        var result = context.NewTemp();
        var first = EvaluateNow(b.Values[0]);
        Guard(() => w.Line($"{result} = {_expr.Obj(first)};"));
        for (var i = 1; i < b.Values.Count; i++)
        {
            var truth = GuardedValue(_expr.Condition(new SpilledValue(result)), "bool");
            w.Open($"if ({(b.Op == BoolOperator.And ? "" : "!")}{truth})");
            var v = EvaluateNow(b.Values[i]);
            Guard(() => w.Line($"{result} = {_expr.Obj(v)};"));
        }
        for (var i = 1; i < b.Values.Count; i++) w.Close();
        return At(new SpilledValue(result), b);
    }

    /// <summary><c>x if c else await y</c>: only the chosen branch is evaluated.</summary>
    private Expr SpillIfExp(IfExp i)
    {
        var result = context.NewTemp();
        var test = HasAwait(i.Test) ? Spill(i.Test) : i.Test;
        var truth = GuardedValue(_expr.Condition(test), "bool");
        w.Open($"if ({truth})");
        var body = EvaluateNow(i.Body);
        Guard(() => w.Line($"{result} = {_expr.Obj(body)};"));
        w.Close();
        w.Open("else");
        var orelse = EvaluateNow(i.Orelse);
        Guard(() => w.Line($"{result} = {_expr.Obj(orelse)};"));
        w.Close();
        return At(new SpilledValue(result), i);
    }

    /// <summary><c>a &lt; b &lt; await c</c>: each later operand is evaluated only while the comparisons so far hold.</summary>
    private Expr SpillCompare(Compare c)
    {
        var result = context.NewTemp();
        var left = EvaluateNow(c.Left);
        for (var i = 0; i < c.Ops.Count; i++)
        {
            var right = EvaluateNow(c.Comparators[i]);
            var step = At(new Compare(left, [c.Ops[i]], [right]), c);
            Guard(() => w.Line($"{result} = {_expr.Obj(step)};"));
            if (i < c.Ops.Count - 1)
            {
                var truth = GuardedValue(_expr.Condition(new SpilledValue(result)), "bool");
                w.Open($"if ({truth})");
            }
            left = right;
        }
        for (var i = 0; i < c.Ops.Count - 1; i++) w.Close();
        return At(new SpilledValue(result), c);
    }

    /// <summary>Children evaluated in order: those before the last that awaits are evaluated now, that one is spilled, the rest stay.</summary>
    private List<Expr?> Children(IReadOnlyList<Expr?> children, Node at)
    {
        var last = -1;
        for (var i = 0; i < children.Count; i++)
        {
            if (HasAwait(children[i])) last = i;
        }
        if (last < 0) throw new UnsupportedConstruct(at, UnsupportedConstruct.Describe(at));
        var result = new List<Expr?>(children.Count);
        for (var i = 0; i < children.Count; i++)
        {
            var c = children[i];
            result.Add(c is null ? null : i < last ? EvaluateNow(c) : i == last ? Spill(c) : c);
        }
        return result;
    }
}
