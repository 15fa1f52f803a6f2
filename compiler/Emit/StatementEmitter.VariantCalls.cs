using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Direct calls (and <c>d[k]</c> lookups, and divisions under a handler) that take an exception without a .NET throw. When the first thing a simple
/// statement evaluates is a direct call to a module-level def, the call goes to the def's body
/// variant before the rest of the statement, and a null result (the exception pending) records
/// this frame as the filter would, then jumps to this function's handler or returns null in turn:
/// <code>
/// total += check(i)      t = Call_Fn_check_v(G_check.Get(), i);
///                        if (t is null) { caught = RaiseHere(PendingException.Take(), code, line); goto raise_N; }
///                        total = total + t;
/// </code>
/// With no handler here and no variant to return from, the statement keeps the ordinary call.
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>Whether a raise here, with no handler, may return null (see MethodContext.ReturnsPending).</summary>
    private bool _canReturnPending;

    /// <summary>For the statement being emitted: the raise target and return rule in force around it.</summary>
    private RaiseTarget? _statementTarget;
    private bool _statementCanReturn;

    /// <summary>
    /// Makes the statement's first operations that can take their error pending ahead of it, one after
    /// another while the next one to run is such (<c>grid[y][x]</c>: the row, then the item;
    /// <c>f(g(x))</c>: f's load, g's call, then f's); true when that completed the statement.
    /// </summary>
    private bool SpillVariantCall(Stmt s)
    {
        if (context.IsGenerator || context.InComprehension || CurrentProtection is not null) return false;
        if (_statementTarget is null && !_statementCanReturn) return false;
        var first = s switch
        {
            ExprStmt e => e.Value,
            Assign a => a.Value,
            Return r => r.Value,
            // The target is read first: only a local that is surely bound reads the same after the call.
            AugAssign { Target: Name n } a when IsSurelyBoundLocal(n) => a.Value,
            If i => i.Test,
            _ => null,
        };
        while (FirstEvaluated(first) is { } c) SpillOne(c);
        return SpillInPlaceDivision(s);
    }

    /// <summary>
    /// <c>x //= y</c> (or <c>/=</c>, <c>%=</c>) of a surely bound unboxed local under a handler, once
    /// its value is made: the division through the entry that leaves a zero divisor's error pending,
    /// stored in x. False where the statement is left to the ordinary emission.
    /// </summary>
    private bool SpillInPlaceDivision(Stmt s)
    {
        if (_statementTarget is null || s is not AugAssign { Target: Name n } a || !context.IsUnboxed(n.Id) || !IsSurelyBoundLocal(n)) return false;
        if (!ExpressionEmitter.CanSpillInPlaceDivision(a.Op, a.Value)) return false;
        var place = context.Module.PositionId(a.Line, a.EndLine, a.Col, a.EndCol);
        var result = context.NewTemp("Unboxed");
        w.Line($"{result} = {_expr.EmitPendingInPlaceDivision(n, a.Op, a.Value, place)};");
        w.Open($"if ({result}.IsPending)");
        TakePending(_expr.CurrentPlace is not null ? place : null);
        w.Close();
        w.Line($"{context.Resolve(n.Id).CSharpName} = {result};");
        return true;
    }

    /// <summary>One operation <see cref="FirstEvaluated"/> gave, made ahead of the statement.</summary>
    private void SpillOne(Expr c)
    {
        if (c is Name callee)
        {
            // A callee's load, kept before its arguments' operations run ahead (they may rebind it).
            var loaded = context.NewTemp();
            w.Line($"{loaded} = {_expr.Obj(callee)};");
            _expr.UseSpilledCall(callee, loaded);
            return;
        }
        // A def's numeric entry, int() and a division give an Unboxed struct, pending when it is the default one.
        var numeric = c is BinOp || (c is Call numericCall && _expr.SpillsUnboxed(numericCall));
        var result = context.NewTemp(numeric ? "Unboxed" : "PyObject?");
        // The call runs at its own position, stored after its operands unless the frame holds it.
        int? callPlace = _expr.CurrentPlace is not null ? _expr.PositionId(c) : null;
        if (callPlace is { } before && !_expr.Holds(before) && _expr.FirstPlace(c) == before)
        {
            w.Line($"{context.LineVar} = {before};");
            _expr.Stored(before);
        }
        var value = c switch
        {
            Subscript sub => _expr.EmitPendingSubscript(sub),
            Attribute a => _expr.EmitPendingAttribute(a),
            BinOp b => _expr.EmitPendingDivision(b),
            _ => _expr.EmitVariantCall((Call)c),
        };
        w.Line($"{result} = {value};");
        w.Open(numeric ? $"if ({result}.IsPending)" : $"if ({result} is null)");
        // The frame is recorded at the call's position (a constant: a pending exception passes no filter).
        TakePending(callPlace);
        w.Close();
        _expr.UseSpilledCall(c, numeric ? result : result + "!", numeric);
    }

    /// <summary>
    /// The pending exception, this frame recorded at <paramref name="place"/> (a constant: a pending
    /// exception passes no filter) or at the frame's line: to this function's handler, or returned.
    /// </summary>
    private void TakePending(int? place)
    {
        var at = place is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : context.LineVar;
        var taken = $"ExceptionHandling.RaiseHere(PendingException.Take(), {context.CodeField}, {at})";
        if (_statementTarget is { } target)
        {
            target.Used = true;
            w.Line($"{target.Caught} = {taken};");
            w.Line($"goto {target.Label};");
        }
        else
        {
            w.Line($"return {context.PendingResult($"PendingException.Set({taken})")};");
        }
    }

    /// <summary>
    /// <c>counts[w] += 1</c> where a pending exception can be taken: the target's current value,
    /// read ahead of the rest through <c>Subscript.GetItemOrPending</c> (a missing key goes to the
    /// handler without a throw), in a temporary; null where it cannot.
    /// </summary>
    private string? PendingTargetItem(string obj, string key)
    {
        if (context.IsGenerator || context.InComprehension || CurrentProtection is not null) return null;
        if (_statementTarget is null && !_statementCanReturn) return null;
        var place = _expr.CurrentPlace;
        if (place is { } read && !_expr.Holds(read))
        {
            w.Line($"{context.LineVar} = {read};");
            _expr.Stored(read);
        }
        var result = context.NewTemp("PyObject?");
        w.Line($"{result} = Subscript.GetItemOrPending({obj}, {key});");
        w.Open($"if ({result} is null)");
        TakePending(place);
        w.Close();
        return result + "!";
    }

    /// <summary>
    /// The call with a variant or numeric entry an expression evaluates before anything else, or the
    /// subscript (<c>seq[i]</c>, <c>d[k]</c>, see ExpressionEmitter.CanSpillSubscript), attribute read
    /// or unboxed division (see ExpressionEmitter.CanSpillDivision) whose error can be taken the same
    /// way: the first of them whose operands run first, nothing else of the statement before them.
    /// Operations already made ahead count as read. A callee's name is given when an argument's
    /// operation is next, so that it is loaded first, as CPython does.
    /// </summary>
    private Expr? FirstEvaluated(Expr? e)
    {
        if (e is not null && _expr.IsSpilled(e)) return null;
        switch (e)
        {
            // Only under a handler: a def's variant keeps the inline reads of its attributes.
            case Attribute a when _statementTarget is not null && _expr.CanSpillAttribute(a):
                return a;
            case Call c:
                return FirstInCall(c);
            // A left operand whose read nothing can change (a surely bound local, a constant) may be
            // read after the right one: `t + d[k]` looks d[k] up first.
            case BinOp b:
                return FirstEvaluated(IsInert(b.Left) ? b.Right : b.Left) ?? (_statementTarget is not null && _expr.CanSpillDivision(b) ? b : null);
            case Compare cmp:
                return FirstEvaluated(IsInert(cmp.Left) ? cmp.Comparators[0] : cmp.Left);
            case BoolOp bo:
                return FirstEvaluated(bo.Values[0]);
            case UnaryOp u:
                return FirstEvaluated(u.Operand);
            case Attribute a:
                return FirstEvaluated(a.Value);
            // A display builds itself after its items: `[f(x), y]` calls f first.
            case List { Elts: [not Starred and var item, ..] }:
                return FirstEvaluated(item);
            case Syntax.Ast.Tuple { Elts: [not Starred and var item, ..] }:
                return FirstEvaluated(item);
            // The container, then the key (first when the container's read is inert): the lookup after both.
            case Subscript sub:
                return FirstEvaluated(IsInert(sub.Value) ? sub.Slice : sub.Value) ?? (_expr.CanSpillSubscript(sub, _statementTarget is not null) ? sub : null);
            default:
                return null;
        }
    }

    /// <summary>
    /// In a call: the callee (a method call's receiver: its attribute is no read of its own), then
    /// the arguments in order, then the call itself when it has a variant or numeric entry.
    /// </summary>
    private Expr? FirstInCall(Call c)
    {
        var head = c.Func is Attribute method ? method.Value : c.Func;
        if (!IsInert(head) && FirstEvaluated(head) is { } inHead) return inHead;
        if (!c.Args.Any(a => a is Starred) && c.Keywords.All(k => k.Arg is not null))
        {
            foreach (var arg in c.Args.Concat(c.Keywords.Select(k => k.Value)))
            {
                if (IsInert(arg)) continue;
                if (FirstEvaluated(arg) is not { } inArg) break;
                if (IsInert(head)) return inArg;
                // The callee's name is loaded ahead first; any other callee keeps the arguments in the call.
                return head is Name ? head : null;
            }
        }
        return CallSpillable(c) ? c : null;
    }

    /// <summary>A call to a def's variant or numeric entry, or a builtin's pending entry: a name's, or a method of a name.</summary>
    private bool CallSpillable(Call c) => c.Func switch
    {
        Name => _expr.NumericTarget(c) is not null || _expr.VariantCallHelper(c) is not null,
        Attribute { Value: Name } => _expr.VariantCallHelper(c) is not null || _expr.NumericTarget(c) is { IsMethod: true },
        _ => false,
    };

    private bool IsInert(Expr e) => e is Constant || e is Name n && IsSurelyBoundLocal(n) || _expr.IsSpilled(e);

    private bool IsSurelyBoundLocal(Name n) =>
        context.Resolve(n.Id).Storage is NameStorage.Local or NameStorage.Unboxed && context.SafeReads?.Contains(n) == true;
}
