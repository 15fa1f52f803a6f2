using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Statement parts CPython reports at a span of their own (see ExpressionEmitter.Places): a store
/// to a subscript or an attribute at the target, an unpacking at the target list, a failed
/// assert at its test.
/// </summary>
public sealed partial class StatementEmitter
{
    /// <summary>Whether the statement being emitted suspends inside an expression (it is spilled).</summary>
    private bool _spillsStatement;

    /// <summary>
    /// A coroutine's statements, and a statement spilled around a nested yield, report the
    /// statement's span: their operations run over temporaries, out of the expression's places.
    /// </summary>
    private bool CoarsePlaces => context.IsCoroutine || _spillsStatement;

    /// <summary>
    /// The place a simple statement starts at: the span of the one operation that is all it can
    /// raise at (an expression's, a returned value's, a store's to an attribute or a subscript,
    /// an unpacking's), whose operands come back to it; else the statement's own span.
    /// </summary>
    private int StatementPlace(Stmt s)
    {
        Expr? root = s switch
        {
            ExprStmt e => e.Value,
            Return { Value: { } v } => v,
            Assign { Targets: [Name or Subscript or Attribute] } a when a.Targets[0] is Name => a.Value,
            Assign { Targets: [Subscript or Attribute] } a => a.Targets[0],
            Assign { Targets: [Syntax.Ast.Tuple or List] } a => a.Targets[0],
            Assign a when a.Targets.All(t => t is Name) => a.Value,
            // x[i] += v: the subscript is read and written at the target, the operator (at the
            // statement's span) stores its place around itself.
            AugAssign { Target: Subscript or Attribute } a => a.Target,
            _ => null,
        };
        if (root is null || CoarsePlaces) return context.Module.PositionId(s.Line, s.EndLine, s.Col, s.EndCol);
        return root is Syntax.Ast.Tuple or List ? TargetPlace(root) : _expr.PositionId(root);
    }

    /// <summary>
    /// What a statement stores at its start: the place of its first operation that stores one,
    /// which then runs without a store of its own, for the statements whose operations all come
    /// after it (else the statement's place).
    /// </summary>
    private int FirstPlace(Stmt s, int place)
    {
        if (CoarsePlaces) return place;
        Expr? first = s switch
        {
            ExprStmt e => e.Value,
            Return { Value: { } v } => v,
            Assign a => a.Value,
            AugAssign { Target: Name } a => a.Value,
            If i => i.Test,
            _ => null,
        };
        return first is not null && _expr.FirstPlace(first) is { } p ? p : place;
    }

    /// <summary>
    /// Whether <paramref name="s"/> runs parts of its own that can raise (at its place) after the
    /// values it evaluates: not an expression, a return, a store to names, an Unboxed <c>op=</c>.
    /// </summary>
    private bool RunsAfterValues(Stmt s)
    {
        if (CoarsePlaces || Lowering.GeneratorLowering.ContainsYield(s)) return true;
        return s switch
        {
            ExprStmt or Return => false,
            // A store to an item at a number: an Unboxed operation told its place too.
            Assign a => !a.Targets.All(t => t is Name || (t is Subscript { Slice: not Slice } s && _expr.IsNumeric(s.Slice))),
            AugAssign a => !PlacesOnFailure(a),
            _ => true,
        };
    }

    internal int TargetPlace(Expr target) => context.Module.PositionId(target.Line, target.EndLine, target.Col, target.EndCol);

    /// <summary>
    /// Runs <paramref name="emit"/> (statements storing to <paramref name="target"/>) with the frame
    /// at the target's position: stored before unless it holds it, and by the target's parts that move it.
    /// </summary>
    /// <param name="storesOnFailure">Whether the store is an Unboxed operation told its place (see ExpressionEmitter.AtFailure).</param>
    private void AtTarget(Expr target, Action emit, bool storesOnFailure = false)
    {
        if (_expr.CurrentPlace is null)
        {
            emit();
            return;
        }
        var place = target is Syntax.Ast.Tuple or List ? TargetPlace(target) : _expr.PositionId(target);
        if (!storesOnFailure && !_expr.Holds(place))
        {
            w.Line($"{context.LineVar} = {place};");
            _expr.Stored(place);
        }
        _expr.WithPlaces(place, () =>
        {
            emit();
            return 0;
        }, restoreAtTop: !storesOnFailure);
        if (storesOnFailure) _expr.Forget();
    }

    /// <summary>
    /// <c>x[i] op= v</c> and <c>o.a op= v</c>: <paramref name="operation"/> (the in-place operator
    /// over <paramref name="current"/> and the value) runs at the statement's span, the read and
    /// the write around it at the target's, where the statement started.
    /// </summary>
    private string AtStatementSpan(AugAssign a, Func<string> value, Func<string, string, string> operation, string current, ValueKind kind = ValueKind.Object)
    {
        if (_expr.CurrentPlace is not { } target) return operation(current, value());
        var statement = context.Module.PositionId(a.Line, a.EndLine, a.Col, a.EndCol);
        current = _expr.PlaceBefore(current, kind, target);
        // The value runs between the read and the operator, which is at the statement's span: the
        // value stores that after itself if it moved the place, else the read does.
        var v = _expr.WithPlaces(statement, value);
        if (!_expr.Holds(statement)) current = _expr.PlaceAfter(current, kind, statement);
        return _expr.PlaceAfter(operation(current, v), kind, target);
    }

    /// <summary>The frame at <paramref name="e"/>'s span from here (an await, which the rest of the statement follows).</summary>
    private void AtSpan(Expr e)
    {
        var place = _expr.PositionId(e);
        w.Line($"{context.LineVar} = {place};");
        if (_expr.CurrentPlace is not null) _expr.StartPlaces(place);
    }

    /// <summary><c>assert test, msg</c>: a test that is not a constant is where the failure is reported.</summary>
    private void EmitAssert(Assert a)
    {
        w.Open($"if (!{_expr.Condition(a.Test)})");
        if (_expr.CurrentPlace is { } outer && a.Test is not Constant)
        {
            var place = _expr.PositionId(a.Test);
            if (place != outer)
            {
                w.Line($"{context.LineVar} = {place};");
                _expr.StartPlaces(place);
            }
        }
        w.Line($"throw Raising.AssertionFailed({(a.Msg is null ? "null" : _expr.Obj(a.Msg))});");
        w.Close();
    }
}
