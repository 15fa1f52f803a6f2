using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Assignment in all its forms: plain, annotated, augmented, unpacking.</summary>
public sealed partial class StatementEmitter
{
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
        if (a.Value is not null) StoreTo(a.Target, _expr.Obj(a.Value));
        // In module and class bodies the annotation is evaluated, and a plain name's is recorded in
        // __annotations__; in functions it is not evaluated at all.
        if (!context.IsModuleLevel && context.ClassNamespaceVar is null) return;
        if (a.Simple == 1 && a.Target is Name n)
        {
            // A class body's __annotations__ lives in its namespace, whatever the scope analysis says of the name.
            var annotations = context.ClassNamespaceVar is { } ns
                ? $"{ns}.Load(\"__annotations__\", {context.Module.GlobalCell("__annotations__")})"
                : context.LoadCode("__annotations__", a);
            w.Line($"Subscript.SetItem({annotations}, new PyStr({CSharpNames.Literal(n.Id)}), {_expr.Obj(a.Annotation)});");
        }
        else
        {
            w.Line($"_ = {_expr.Obj(a.Annotation)};");
        }
    }

    /// <summary>SETUP_ANNOTATIONS: a module or class body with annotated assignments starts with an empty __annotations__.</summary>
    public void SetupAnnotations(IReadOnlyList<Stmt> body, Node at)
    {
        if (!AnnotationScan.Contains(body)) return;
        w.Line(context.ClassNamespaceVar is { } ns ? $"{ns}.Store(\"__annotations__\", new PyDict());" : context.StoreCode("__annotations__", "new PyDict()", at));
    }

    /// <summary>Assigns the C# expression <paramref name="value"/> (evaluated once) to a target.</summary>
    public void StoreTo(Expr target, string value)
    {
        switch (target)
        {
            case Name n:
                w.Line(context.StoreCode(n.Id, value, n));
                break;
            case Subscript s:
                {
                    var t = context.NewTemp();
                    w.Line($"{t} = {value};");
                    w.Line($"Subscript.SetItem({_expr.Obj(s.Value)}, {_expr.Obj(s.Slice)}, {t});");
                    break;
                }
            case Attribute a:
                {
                    var t = context.NewTemp();
                    w.Line($"{t} = {value};");
                    w.Line($"Attributes.SetAttr({_expr.Obj(a.Value)}, {CSharpNames.Literal(context.Scope.Mangle(a.Attr))}, {t});");
                    break;
                }
            case Syntax.Ast.Tuple or List:
                {
                    var items = target is Syntax.Ast.Tuple tu ? tu.Elts : ((List)target).Elts;
                    var star = -1;
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is not Starred) continue;
                        if (star >= 0) throw new UnsupportedConstruct(items[i], "multiple starred expressions in assignment");
                        star = i;
                    }
                    var parts = context.NewTemp("PyObject[]");
                    w.Line(star < 0
                        ? $"{parts} = Unpacking.Unpack({value}, {ExpressionEmitter.IntLiteral(items.Count)});"
                        : $"{parts} = Unpacking.UnpackStarred({value}, {ExpressionEmitter.IntLiteral(star)}, {ExpressionEmitter.IntLiteral(items.Count - star - 1)});");
                    for (var i = 0; i < items.Count; i++) StoreTo(items[i] is Starred st ? st.Value : items[i], $"{parts}[{i}]");
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
                    var name = CSharpNames.Literal(context.Scope.Mangle(at.Attr));
                    w.Line($"{obj} = {_expr.Obj(at.Value)};");
                    w.Line($"Attributes.SetAttr({obj}, {name}, Arithmetic.InPlace({op}, Attributes.GetAttr({obj}, {name}), {_expr.Obj(a.Value)}));");
                    break;
                }
            default:
                throw new UnsupportedConstruct(a.Target, "augmented assignment to " + UnsupportedConstruct.Describe(a.Target));
        }
    }
}
