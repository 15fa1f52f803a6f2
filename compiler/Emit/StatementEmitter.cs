using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Emits C# for Python statements, each preceded by the Python line it came from.</summary>
public sealed partial class StatementEmitter(MethodContext context, CodeWriter w)
{
    private readonly ExpressionEmitter _expr = new(context);

    /// <summary>A function's whole body: in a body variant, a raise nothing here handles returns null.</summary>
    public void EmitFunctionBody(IReadOnlyList<Stmt> body)
    {
        _canReturnPending = context.ReturnsPending;
        EmitBody(body);
        _canReturnPending = false;
    }

    public void EmitBody(IReadOnlyList<Stmt> body)
    {
        if (CurrentProtection is not null)
        {
            EmitBodyProtected(body);
            return;
        }
        foreach (var s in body) Emit(s);
    }

    public void Emit(Stmt s)
    {
        var enclosing = context.CurrentStatement;
        var target = _raiseTarget;
        var canReturn = _canReturnPending;
        var statementTarget = _statementTarget;
        var statementCanReturn = _statementCanReturn;
        context.CurrentStatement = s;
        // The statement's own calls are in reach of the enclosing handler (or of the return with
        // the exception pending) whatever the statement is.
        _statementTarget = target;
        _statementCanReturn = canReturn;
        // Only these statements leave a raise inside them in reach of the enclosing handler
        // without a C# catch in between (with, try/finally, except* all catch on their own).
        if (s is not (If or While or For or Match or Try or Raise))
        {
            _raiseTarget = null;
            _canReturnPending = false;
        }
        try
        {
            EmitStatement(s);
            if (_expr.SpilledCallPending) throw new InvalidOperationException($"line {s.Line}: a call made ahead of its statement was not used");
        }
        finally
        {
            context.CurrentStatement = enclosing;
            // What ran inside leaves the frame's place unknown to the code emitted after it.
            _expr.StopPlaces();
            _raiseTarget = target;
            _canReturnPending = canReturn;
            _statementTarget = statementTarget;
            _statementCanReturn = statementCanReturn;
        }
    }

    private void EmitStatement(Stmt s)
    {
        _spillsStatement = SpillsSuspensions(s);
        var place = StatementPlace(s);
        var stored = FirstPlace(s, place);
        w.Line($"{context.LineVar} = {stored};");
        _expr.StartPlaces(place, stored, RunsAfterValues(s));
        if (SpillsSuspensions(s) && SpillAwaits(s) is { } spilled)
        {
            // What is left has no await at this level; inside a protected region it needs its guard.
            if (Lowering.GeneratorLowering.ContainsYield(spilled)) Emit(spilled);
            else Guard(() => Emit(spilled));
            return;
        }
        if (SpillVariantCall(s)) return;
        switch (s)
        {
            case ExprStmt { Value: Yield or YieldFrom or Await } e:
                EmitYield(e.Value, used: false);
                break;
            case ExprStmt e:
                w.Line($"_ = {_expr.Emit(e.Value).Code};");
                break;
            case Assign { Value: Yield or YieldFrom or Await } a:
                {
                    var sent = EmitYield(a.Value);
                    foreach (var target in a.Targets) Guard(() => StoreTo(target, sent));
                    break;
                }
            case Assign a:
                EmitAssign(a);
                break;
            case AugAssign a when (context.IsCoroutine || context.IsGenerator) && HasAwait(a.Value):
                EmitAugAssignAwaiting(a);
                break;
            case AugAssign a:
                EmitAugAssign(a);
                break;
            case AnnAssign a:
                EmitAnnAssign(a);
                break;
            case If i:
                EmitIf(i);
                break;
            case While wh:
                EmitWhile(wh);
                break;
            case For f:
                EmitFor(f);
                break;
            case Break:
                EmitBreak();
                break;
            case Continue:
                EmitContinue();
                break;
            case Pass:
                break;
            case Return { Value: Await } r:
                EmitReturn(EmitYield(r.Value!));
                break;
            case Return r:
                if (context.IsModuleLevel) throw new UnsupportedConstruct(r, "'return' outside function");
                // A numeric entry returns the number as it is computed, unboxed.
                if (context.ReturnsUnboxed && r.Value is not null && context.InnermostFinally is null) w.Line($"return {_expr.Unboxed(r.Value)};");
                else EmitReturn(r.Value is null ? "PyNone.Instance" : _expr.Obj(r.Value));
                break;
            case FunctionDef f:
                new FunctionEmitter(context.Module) { Place = _expr.CurrentPlace }.EmitDefinition(f, context, w);
                break;
            case AsyncFunctionDef f:
                new FunctionEmitter(context.Module) { Place = _expr.CurrentPlace }.EmitDefinition(f, context, w);
                break;
            case AsyncWith aw:
                EmitAsyncWith(aw, 0);
                break;
            case AsyncFor af:
                EmitAsyncFor(af);
                break;
            case ClassDef c:
                new ClassEmitter(context.Module) { Place = _expr.CurrentPlace }.EmitDefinition(c, context, w);
                break;
            case Import i:
                EmitImport(i);
                break;
            case ImportFrom i:
                EmitImportFrom(i);
                break;
            case Global or Nonlocal:
                break;
            case Raise r:
                EmitRaise(r);
                break;
            case Try t:
                EmitTry(t);
                break;
            case TryStar t:
                EmitTryStar(t);
                break;
            case With wi:
                EmitWith(wi);
                break;
            case Assert a:
                EmitAssert(a);
                break;
            case Delete d:
                foreach (var target in d.Targets) EmitDelete(target);
                break;
            case Match m:
                EmitMatch(m);
                break;
            default:
                throw new UnsupportedConstruct(s, UnsupportedConstruct.Describe(s));
        }
    }

    private void EmitIf(If i)
    {
        w.Open($"if ({GuardedValue(_expr.Condition(i.Test), "bool")})");
        EmitBody(i.Body);
        w.Close();
        if (i.Orelse.Count == 0) return;
        w.Open("else");
        EmitBody(i.Orelse);
        w.Close();
    }

    private void EmitRaise(Raise r)
    {
        string raised;
        if (r.Exc is null) raised = "ExceptionHandling.ReraiseCurrent()";
        else
        {
            var cause = r.Cause is null ? "" : $", {_expr.Obj(r.Cause)}";
            raised = $"Raising.Raise({_expr.Obj(r.Exc)}{cause})";
        }
        if (_raiseTarget is { } target && CurrentProtection is null)
        {
            // The handler is in this function: record the frame now (the exceptions being
            // handled are still those at the raise) and jump to its dispatch, no .NET throw.
            target.Used = true;
            w.Line($"{target.Caught} = ExceptionHandling.RaiseHere({raised}, {context.CodeField}, {context.LineVar});");
            w.Line($"goto {target.Label};");
            return;
        }
        if (_canReturnPending && CurrentProtection is null)
        {
            // No handler here: the caller's direct call takes the exception without a .NET throw.
            w.Line($"return {context.PendingResult($"PendingException.Set(ExceptionHandling.RaiseHere({raised}, {context.CodeField}, {context.LineVar}))")};");
            return;
        }
        w.Line($"throw {raised};");
    }

    private void EmitDelete(Expr target)
    {
        switch (target)
        {
            case Subscript s:
                {
                    var obj = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(s.Value)};");
                    w.Line($"Subscript.DelItem({obj}, {_expr.Obj(s.Slice)});");
                    return;
                }
            case Attribute a:
                w.Line($"Attributes.DelAttr({_expr.Obj(a.Value)}, {CSharpNames.Literal(context.Scope.Mangle(a.Attr))});");
                return;
            case Syntax.Ast.Tuple or List:
                foreach (var item in target is Syntax.Ast.Tuple tu ? tu.Elts : ((List)target).Elts) EmitDelete(item);
                return;
        }
        if (target is not Name n) throw new UnsupportedConstruct(target, "'del' of " + UnsupportedConstruct.Describe(target));
        foreach (var line in context.DeleteCode(n.Id, quiet: false, n)) w.Line(line);
    }
}
