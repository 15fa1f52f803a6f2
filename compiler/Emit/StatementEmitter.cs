using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Emits C# for Python statements, each preceded by the Python line it came from.</summary>
public sealed class StatementEmitter(MethodContext context, CodeWriter w)
{
    private readonly ExpressionEmitter _expr = new(context);

    public void EmitBody(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) Emit(s);
    }

    public void Emit(Stmt s)
    {
        w.Line($"line = {s.Line};");
        switch (s)
        {
            case ExprStmt e:
                w.Line($"_ = {_expr.Emit(e.Value).Code};");
                break;
            case Assign a:
                EmitAssign(a);
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
                w.Line(context.CurrentLoop?.BreakLabel is { } label ? $"goto {label};" : "break;");
                break;
            case Continue:
                w.Line("continue;");
                break;
            case Pass:
                break;
            case Return r:
                if (context.IsModuleLevel) throw new UnsupportedConstruct(r, "'return' outside function");
                w.Line($"return {(r.Value is null ? "PyNone.Instance" : _expr.Obj(r.Value))};");
                break;
            case FunctionDef f:
                new FunctionEmitter(context.Module).EmitDefinition(f, context, w);
                break;
            case Import i:
                EmitImport(i);
                break;
            case ImportFrom i:
                EmitImportFrom(i);
                break;
            case Global:
                break;
            case Raise r:
                EmitRaise(r);
                break;
            case Assert a:
                w.Line($"if (!{_expr.Condition(a.Test)}) throw Raising.AssertionFailed({(a.Msg is null ? "null" : _expr.Obj(a.Msg))});");
                break;
            case Delete d:
                foreach (var target in d.Targets) EmitDelete(target);
                break;
            default:
                throw new UnsupportedConstruct(s, UnsupportedConstruct.Describe(s));
        }
    }

    private void EmitAssign(Assign a)
    {
        var value = _expr.Obj(a.Value);
        if (a.Targets.Count == 1 && a.Targets[0] is Name)
        {
            StoreTo(a.Targets[0], value);
            return;
        }
        var t = context.NewTemp();
        w.Line($"{t} = {value};");
        foreach (var target in a.Targets) StoreTo(target, t);
    }

    private void EmitAnnAssign(AnnAssign a)
    {
        // The annotation is evaluated (it can fail) at module level, as CPython does; in functions it is not.
        if (context.IsModuleLevel && a.Simple == 1) w.Line($"_ = {_expr.Obj(a.Annotation)};");
        if (a.Value is not null) StoreTo(a.Target, _expr.Obj(a.Value));
    }

    /// <summary>Assigns the C# expression <paramref name="value"/> (evaluated once) to a target.</summary>
    public void StoreTo(Expr target, string value)
    {
        switch (target)
        {
            case Name n:
                var access = context.Resolve(n.Id);
                switch (access.Storage)
                {
                    case NameStorage.Global: w.Line($"{access.CSharpName}.Value = {value};"); break;
                    case NameStorage.Local: w.Line($"{access.CSharpName} = {value};"); break;
                    default: throw new UnsupportedConstruct(n, $"closure variable '{n.Id}' (a name from an enclosing function)");
                }
                break;
            case Subscript s:
                {
                    if (s.Slice is Slice) throw new UnsupportedConstruct(s.Slice, "slice");
                    var t = context.NewTemp();
                    w.Line($"{t} = {value};");
                    w.Line($"Subscript.SetItem({_expr.Obj(s.Value)}, {_expr.Obj(s.Slice)}, {t});");
                    break;
                }
            case Attribute a:
                {
                    var t = context.NewTemp();
                    w.Line($"{t} = {value};");
                    w.Line($"Attributes.SetAttr({_expr.Obj(a.Value)}, {CSharpNames.Literal(a.Attr)}, {t});");
                    break;
                }
            case Syntax.Ast.Tuple or List:
                {
                    var items = target is Syntax.Ast.Tuple tu ? tu.Elts : ((List)target).Elts;
                    foreach (var item in items)
                    {
                        if (item is Starred) throw new UnsupportedConstruct(item, "starred assignment target");
                    }
                    var parts = context.NewTemp("PyObject[]");
                    w.Line($"{parts} = Unpacking.Unpack({value}, {ExpressionEmitter.IntLiteral(items.Count)});");
                    for (var i = 0; i < items.Count; i++) StoreTo(items[i], $"{parts}[{i}]");
                    break;
                }
            default:
                throw new UnsupportedConstruct(target, "assignment to " + UnsupportedConstruct.Describe(target));
        }
    }

    private void EmitAugAssign(AugAssign a)
    {
        var op = $"PyPack.Runtime.Objects.BinaryOperator.{a.Op}";
        switch (a.Target)
        {
            case Name n:
                {
                    var current = _expr.Obj(n);
                    StoreTo(n, $"Arithmetic.InPlace({op}, {current}, {_expr.Obj(a.Value)})");
                    break;
                }
            case Subscript s:
                {
                    if (s.Slice is Slice) throw new UnsupportedConstruct(s.Slice, "slice");
                    var obj = context.NewTemp();
                    var key = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(s.Value)};");
                    w.Line($"{key} = {_expr.Obj(s.Slice)};");
                    w.Line($"Subscript.SetItem({obj}, {key}, Arithmetic.InPlace({op}, Subscript.GetItem({obj}, {key}), {_expr.Obj(a.Value)}));");
                    break;
                }
            case Attribute at:
                {
                    var obj = context.NewTemp();
                    var name = CSharpNames.Literal(at.Attr);
                    w.Line($"{obj} = {_expr.Obj(at.Value)};");
                    w.Line($"Attributes.SetAttr({obj}, {name}, Arithmetic.InPlace({op}, Attributes.GetAttr({obj}, {name}), {_expr.Obj(a.Value)}));");
                    break;
                }
            default:
                throw new UnsupportedConstruct(a.Target, "augmented assignment to " + UnsupportedConstruct.Describe(a.Target));
        }
    }

    private void EmitIf(If i)
    {
        w.Open($"if ({_expr.Condition(i.Test)})");
        EmitBody(i.Body);
        w.Close();
        if (i.Orelse.Count == 0) return;
        w.Open("else");
        EmitBody(i.Orelse);
        w.Close();
    }

    private void EmitWhile(While loop)
    {
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        w.Open($"while ({_expr.Condition(loop.Test)})");
        EmitBody(loop.Body);
        w.Close();
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
    }

    private void EmitFor(For loop)
    {
        var it = context.NewTemp("PyIterator");
        var item = context.NewTemp();
        w.Line($"{it} = Iteration.GetIter({_expr.Obj(loop.Iter)});");
        var labels = new LoopLabels(loop.Orelse.Count > 0 ? context.NewLabel("break_") : null);
        context.PushLoop(labels);
        w.Open($"while (({item} = {it}.Next()!) is not null)");
        StoreTo(loop.Target, item);
        EmitBody(loop.Body);
        w.Close();
        context.PopLoop();
        EmitLoopElse(loop.Orelse, labels);
    }

    /// <summary>A loop's else clause runs when the loop ends without break; break jumps past it.</summary>
    private void EmitLoopElse(IReadOnlyList<Stmt> orelse, LoopLabels labels)
    {
        if (labels.BreakLabel is null) return;
        EmitBody(orelse);
        w.Line($"{labels.BreakLabel}:;");
    }

    private void EmitImport(Import i)
    {
        foreach (var alias in i.Names)
        {
            if (alias.Name.Contains('.')) throw new UnsupportedConstruct(alias, "import of a dotted module name");
            context.Module.NoteImport(alias.Name);
            StoreTo(new Name(alias.Asname ?? alias.Name, ExprContext.Store) { Line = alias.Line, Col = alias.Col },
                $"Imports.Import({CSharpNames.Literal(alias.Name)})");
        }
    }

    private void EmitImportFrom(ImportFrom i)
    {
        if (i.Level is > 0) throw new UnsupportedConstruct(i, "relative import");
        var moduleName = i.Module!;
        if (moduleName.Contains('.')) throw new UnsupportedConstruct(i, "import from a dotted module name");
        context.Module.NoteImport(moduleName);
        var module = context.NewTemp();
        w.Line($"{module} = Imports.Import({CSharpNames.Literal(moduleName)});");
        foreach (var alias in i.Names)
        {
            if (alias.Name == "*") throw new UnsupportedConstruct(alias, "'from ... import *'");
            StoreTo(new Name(alias.Asname ?? alias.Name, ExprContext.Store) { Line = alias.Line, Col = alias.Col },
                $"Imports.ImportName({module}, {CSharpNames.Literal(alias.Name)})");
        }
    }

    private void EmitRaise(Raise r)
    {
        if (r.Exc is null) throw new UnsupportedConstruct(r, "bare 'raise' (re-raise)");
        var cause = r.Cause is null ? "" : $", {_expr.Obj(r.Cause)}";
        w.Line($"throw Raising.Raise({_expr.Obj(r.Exc)}{cause});");
    }

    private void EmitDelete(Expr target)
    {
        if (target is not Name n) throw new UnsupportedConstruct(target, "'del' of " + UnsupportedConstruct.Describe(target));
        var access = context.Resolve(n.Id);
        switch (access.Storage)
        {
            case NameStorage.Global:
                w.Line($"{access.CSharpName}.Delete();");
                break;
            case NameStorage.Local:
                w.Line($"if ({access.CSharpName} is null) throw Errors.UnboundLocal({CSharpNames.Literal(n.Id)});");
                w.Line($"{access.CSharpName} = null;");
                break;
            default:
                throw new UnsupportedConstruct(n, $"closure variable '{n.Id}' (a name from an enclosing function)");
        }
    }
}
