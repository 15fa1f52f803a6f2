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

    private void SpillVariantCall(Stmt s)
    {
        if (context.IsGenerator || context.InComprehension || CurrentProtection is not null) return;
        if (_statementTarget is null && !_statementCanReturn) return;
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
        var c = FirstEvaluated(first);
        if (c is null) return;
        // A def's numeric entry (and a division) gives an Unboxed struct, pending when it is the default one.
        var numeric = c is BinOp || (c is Call numericCall && _expr.NumericTarget(numericCall) is not null);
        if (c is Call call && !numeric && _expr.VariantCallHelper(call) is null) return;

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
    /// The call an expression evaluates before anything else, if it starts with one, or the
    /// subscript (<c>seq[i]</c>, <c>d[k]</c>, see ExpressionEmitter.CanSpillSubscript) or unboxed
    /// division (see ExpressionEmitter.CanSpillDivision) whose error can be taken the same way: the
    /// first of them whose operands run first, nothing else of the statement before them.
    /// </summary>
    private Expr? FirstEvaluated(Expr? e)
    {
        switch (e)
        {
            case Call { Func: Name } c:
                return c;
            // A method of a name (l.index(x), o.check(x)): the receiver is read as part of the call.
            case Call { Func: Attribute { Value: Name } } c when _expr.VariantCallHelper(c) is not null || _expr.NumericTarget(c) is { IsMethod: true }:
                return c;
            // Only under a handler: a def's variant keeps the inline reads of its attributes.
            case Attribute a when _statementTarget is not null && _expr.CanSpillAttribute(a):
                return a;
            case Call c:
                // A method call's attribute is no read of its own.
                return FirstEvaluated(c.Func is Attribute method ? method.Value : c.Func);
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

    private bool IsInert(Expr e) => e is Constant || e is Name n && IsSurelyBoundLocal(n);

    private bool IsSurelyBoundLocal(Name n) =>
        context.Resolve(n.Id).Storage is NameStorage.Local or NameStorage.Unboxed && context.SafeReads?.Contains(n) == true;
}
