using System.Globalization;
using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits C# for Python expressions. C# evaluates operands left to right like Python, so most
/// expressions nest directly; temporaries appear only where a value is used twice.
/// </summary>
public sealed class ExpressionEmitter(MethodContext context)
{
    private ModuleEmitter Module => context.Module;

    public EmittedExpr Emit(Expr e) => e switch
    {
        Constant c => EmittedExpr.Object(ConstantOrThrow(c, c.Value)),
        Name n => EmittedExpr.Object(LoadName(n)),
        BinOp b => EmitBinary(b),
        UnaryOp u => EmitUnary(u),
        BoolOp b => EmitBoolOp(b),
        Compare c => EmitCompare(c),
        Call c => EmittedExpr.Object(EmitCall(c)),
        Attribute a => EmittedExpr.Object($"Attributes.GetAttr({Obj(a.Value)}, {CSharpNames.Literal(a.Attr)})"),
        Subscript s => EmittedExpr.Object($"Subscript.GetItem({Obj(s.Value)}, {Obj(Index(s))})"),
        IfExp i => EmittedExpr.Object($"({Emit(i.Test).AsBool} ? {Obj(i.Body)} : {Obj(i.Orelse)})"),
        List l => EmittedExpr.Object(l.Elts.Count == 0 ? "new PyList()" : $"new PyList({Array(l.Elts)})"),
        Syntax.Ast.Tuple t => EmittedExpr.Object(t.Elts.Count == 0 ? "PyTuple.Empty" : $"new PyTuple({Array(t.Elts)})"),
        JoinedStr j => EmittedExpr.Object(EmitJoinedStr(j)),
        _ => throw new UnsupportedConstruct(e, UnsupportedConstruct.Describe(e)),
    };

    public string Obj(Expr e) => Emit(e).AsObject;

    public string Bool(Expr e) => Emit(e).AsBool;

    private string ConstantOrThrow(Node node, object? value) =>
        Module.Constants.Get(value) ?? throw new UnsupportedConstruct(node, value switch
        {
            byte[] => "bytes literal",
            Complex => "complex literal",
            Ellipsis => "Ellipsis (...)",
            _ => "constant of type " + value?.GetType().Name,
        });

    private string LoadName(Name n)
    {
        var access = context.Resolve(n.Id);
        return access.Storage switch
        {
            NameStorage.Global => $"{access.CSharpName}.Get()",
            NameStorage.Local => $"({access.CSharpName} ?? throw Errors.UnboundLocal({CSharpNames.Literal(n.Id)}))",
            _ => throw new UnsupportedConstruct(n, $"closure variable '{n.Id}' (a name from an enclosing function)"),
        };
    }

    private string Array(IReadOnlyList<Expr> items)
    {
        foreach (var item in items)
        {
            if (item is Starred) throw new UnsupportedConstruct(item, "starred expression");
        }
        return "new PyObject[] { " + string.Join(", ", items.Select(Obj)) + " }";
    }

    private Expr Index(Subscript s) =>
        s.Slice is Slice slice ? throw new UnsupportedConstruct(slice, "slice") : s.Slice;

    private EmittedExpr EmitBinary(BinOp b)
    {
        var left = Obj(b.Left);
        var right = Obj(b.Right);
        return EmittedExpr.Object(b.Op switch
        {
            BinaryOperator.Add => $"Arithmetic.Add({left}, {right})",
            BinaryOperator.Sub => $"Arithmetic.Subtract({left}, {right})",
            _ => $"Arithmetic.Binary(PyPack.Runtime.Objects.BinaryOperator.{b.Op}, {left}, {right})",
        });
    }

    private EmittedExpr EmitUnary(UnaryOp u)
    {
        // -5 and -2.5 are constants, as CPython's folding makes them.
        if (u.Op == Syntax.Ast.UnaryOperator.USub && u.Operand is Constant { Value: BigInteger or double } c)
        {
            return EmittedExpr.Object(ConstantOrThrow(u, c.Value is BigInteger i ? -i : -(double)c.Value!));
        }
        return u.Op switch
        {
            Syntax.Ast.UnaryOperator.Not => EmittedExpr.Bool($"!{Bool(u.Operand)}"),
            Syntax.Ast.UnaryOperator.USub => EmittedExpr.Object($"Arithmetic.Negate({Obj(u.Operand)})"),
            _ => EmittedExpr.Object($"Arithmetic.Unary(PyPack.Runtime.Objects.UnaryOperator.{u.Op}, {Obj(u.Operand)})"),
        };
    }

    /// <summary><c>a or b</c> is a if a is true, else b: the value is kept in a temporary to test and return it.</summary>
    private EmittedExpr EmitBoolOp(BoolOp b)
    {
        var result = Obj(b.Values[^1]);
        for (var i = b.Values.Count - 2; i >= 0; i--)
        {
            var t = context.NewTemp();
            var value = Obj(b.Values[i]);
            result = b.Op == BoolOperator.And
                ? $"(Truth.IsTrue({t} = {value}) ? {result} : {t})"
                : $"(Truth.IsTrue({t} = {value}) ? {t} : {result})";
        }
        return EmittedExpr.Object(result);
    }

    /// <summary>
    /// <c>a &lt; b &lt; c</c> evaluates b once and stops at the first false link, whose result is the value.
    /// A single comparison used as a condition becomes a C# bool directly.
    /// </summary>
    private EmittedExpr EmitCompare(Compare c)
    {
        if (c.Ops.Count == 1) return CompareOne(c.Ops[0], Obj(c.Left), Obj(c.Comparators[0]));
        var left = Obj(c.Left);
        var links = new List<EmittedExpr>();
        for (var i = 0; i < c.Ops.Count; i++)
        {
            var rightExpr = Obj(c.Comparators[i]);
            string right;
            if (i < c.Ops.Count - 1)
            {
                var t = context.NewTemp();
                right = $"({t} = {rightExpr})";
                links.Add(CompareOne(c.Ops[i], left, right));
                left = t;
            }
            else
            {
                links.Add(CompareOne(c.Ops[i], left, rightExpr));
            }
        }
        var result = links[^1].AsObject;
        for (var i = links.Count - 2; i >= 0; i--)
        {
            var t = context.NewTemp();
            result = $"(Truth.IsTrue({t} = {links[i].AsObject}) ? {result} : {t})";
        }
        return EmittedExpr.Object(result);
    }

    private static EmittedExpr CompareOne(CompareOperator op, string left, string right) => op switch
    {
        CompareOperator.Is => EmittedExpr.Bool($"ReferenceEquals({left}, {right})"),
        CompareOperator.IsNot => EmittedExpr.Bool($"!ReferenceEquals({left}, {right})"),
        CompareOperator.In => EmittedExpr.Bool($"Comparison.In({left}, {right})"),
        CompareOperator.NotIn => EmittedExpr.Bool($"!Comparison.In({left}, {right})"),
        _ => EmittedExpr.Object($"Comparison.Compare({left}, {right}, CompareOp.{RuntimeCompareOp(op)})"),
    };

    /// <summary>A comparison as a condition: a C# bool without boxing.</summary>
    public string Condition(Expr test)
    {
        if (test is Compare { Ops.Count: 1 } c && c.Ops[0] is not (CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn))
        {
            return $"Comparison.CompareBool({Obj(c.Left)}, {Obj(c.Comparators[0])}, CompareOp.{RuntimeCompareOp(c.Ops[0])})";
        }
        return Bool(test);
    }

    private static string RuntimeCompareOp(CompareOperator op) => op switch
    {
        CompareOperator.Eq => "Eq",
        CompareOperator.NotEq => "Ne",
        CompareOperator.Lt => "Lt",
        CompareOperator.LtE => "Le",
        CompareOperator.Gt => "Gt",
        CompareOperator.GtE => "Ge",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private string EmitCall(Call c)
    {
        foreach (var a in c.Args)
        {
            if (a is Starred) throw new UnsupportedConstruct(a, "*args in a call");
        }
        foreach (var k in c.Keywords)
        {
            if (k.Arg is null) throw new UnsupportedConstruct(k, "**kwargs in a call");
        }
        var args = c.Args.Select(Obj).ToList();
        args.AddRange(c.Keywords.Select(k => Obj(k.Value)));
        var kwnames = c.Keywords.Count == 0 ? "null" : Module.KeywordNames(c.Keywords.Select(k => k.Arg!).ToList());

        // obj.method(...) calls the method without making a bound method object.
        if (c.Func is Attribute { Ctx: ExprContext.Load } method)
        {
            var self = Obj(method.Value);
            var name = CSharpNames.Literal(method.Attr);
            return (args.Count, c.Keywords.Count) switch
            {
                (0, 0) => $"Attributes.CallMethod0({self}, {name})",
                (1, 0) => $"Attributes.CallMethod1({self}, {name}, {args[0]})",
                _ => $"Attributes.CallMethod({self}, {name}, {Span(args)}, {kwnames})",
            };
        }
        var callee = Obj(c.Func);
        return (args.Count, c.Keywords.Count) switch
        {
            (0, 0) => $"{callee}.Call0()",
            (1, 0) => $"{callee}.Call1({args[0]})",
            (2, 0) => $"{callee}.Call2({args[0]}, {args[1]})",
            (3, 0) => $"{callee}.Call3({args[0]}, {args[1]}, {args[2]})",
            _ => $"{callee}.Call({Span(args)}, {kwnames})",
        };
    }

    /// <summary>Arguments as a span: C# builds it on the stack, so general calls need no array.</summary>
    private static string Span(List<string> args) =>
        args.Count == 0 ? "ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]";

    private string EmitJoinedStr(JoinedStr j)
    {
        var parts = new List<string>();
        foreach (var v in j.Values)
        {
            switch (v)
            {
                case Constant { Value: string s }:
                    parts.Add(CSharpNames.Literal(s));
                    break;
                case FormattedValue f:
                    if (f.FormatSpec is not null) throw new UnsupportedConstruct(f, "format specification in an f-string");
                    var value = Obj(f.Value);
                    parts.Add(f.Conversion switch
                    {
                        -1 => $"Text.Format({value}, \"\")",
                        's' => $"Text.Str({value})",
                        'r' => $"Text.Repr({value})",
                        _ => throw new UnsupportedConstruct(f, "!a conversion in an f-string"),
                    });
                    break;
                default:
                    throw new UnsupportedConstruct(v, UnsupportedConstruct.Describe(v));
            }
        }
        return parts.Count switch
        {
            0 => "PyStr.Empty",
            1 => $"new PyStr({parts[0]})",
            _ => $"new PyStr(string.Concat(new string[] {{ {string.Join(", ", parts)} }}))",
        };
    }

    public static string IntLiteral(int value) => value.ToString(CultureInfo.InvariantCulture);
}
