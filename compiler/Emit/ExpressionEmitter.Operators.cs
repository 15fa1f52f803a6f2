using System.Numerics;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Arithmetic, unary, boolean and comparison operators.</summary>
public sealed partial class ExpressionEmitter
{
    private EmittedExpr EmitBinary(BinOp b)
    {
        // A constant made from literals ((1 << 60), 2 ** 100 - 1, 'ab' * 2) is folded, as CPython's
        // compiler folds it: one shared object, not computed again and boxed at each evaluation.
        if (ConstantFolding.TryFold(b, out var folded) && Module.Constants.Get(folded) is { } constant) return EmittedExpr.Object(constant);
        if (UnboxedOperator(b.Op) is not null && TypeInference.IsNumericBinary(b, context.IsUnboxed, IsNumericCall)) return EmitUnboxedBinary(b);
        if (AddChain(b) is { } chain) return EmittedExpr.Object(chain);
        // 'literal' % (a, b): str.__mod__ of that tuple (an exact tuple has no __rmod__ to try
        // first), formatting the items where they are instead of building the tuple.
        if (b is { Op: BinaryOperator.Mod, Left: Constant { Value: string }, Right: Syntax.Ast.Tuple { Elts.Count: > 0 and <= 8 } items } && !HasStarred(items.Elts))
        {
            return EmittedExpr.Object(PercentItems(Obj(b.Left), items.Elts));
        }
        // 'literal' % n of a number kept unboxed: formatted without boxing it (an object there,
        // such as a tuple or a str subclass with __rmod__, takes the ordinary operator).
        if (b is { Op: BinaryOperator.Mod, Left: Constant { Value: string } } && b.Right is not Syntax.Ast.Tuple && IsNumeric(b.Right))
        {
            return EmittedExpr.Object($"PyPack.Runtime.Formatting.PercentFormat.OfUnboxedValue({Obj(b.Left)}, {Unboxed(b.Right)})");
        }
        var left = Obj(b.Left);
        var right = Obj(b.Right);
        return EmittedExpr.Object(b.Op switch
        {
            BinaryOperator.Add => $"Arithmetic.Add({left}, {right})",
            BinaryOperator.Sub => $"Arithmetic.Subtract({left}, {right})",
            BinaryOperator.Mult => $"Arithmetic.Multiply({left}, {right})",
            _ => $"Arithmetic.Binary(PyPack.Runtime.Objects.BinaryOperator.{b.Op}, {left}, {right})",
        });
    }

    /// <summary>
    /// The call that formats <c>template % (items)</c>. Where an item is a number kept unboxed, or
    /// <c>str(n)</c> / <c>hex(n)</c> of one, the items go as Unboxed structs with a letter each
    /// (n: the value, s: str() of it, x: hex() of it) so that no int is boxed and no str made
    /// for them while the builtins are in place (see PercentFormat.OfUnboxed); else as objects.
    /// </summary>
    private string PercentItems(string template, IReadOnlyList<Expr> items)
    {
        var calls = items.Select(e => e is Call c && !_spilled.ContainsKey(c) && IsNumberTextCall(c) ? (c.Func is Name { Id: "str" } ? 's' : 'x') : 'n').ToArray();
        if (!calls.Any(k => k != 'n') && !items.Any(IsNumeric))
        {
            return $"PyPack.Runtime.Formatting.PercentFormat.OfItems({template}, {string.Join(", ", items.Select(Obj))})";
        }
        var codes = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (calls[i] != 'n') _percentTextItems.Add((Call)items[i]);
            var r = Emit(items[i]);
            codes.Add(r.Kind == ValueKind.Unboxed ? r.Code : $"Unboxed.Hold({r.AsObject})");
        }
        return $"PyPack.Runtime.Formatting.PercentFormat.OfUnboxed({template}, \"{new string(calls)}\", {string.Join(", ", codes)})";
    }

    /// <summary>The int <paramref name="e"/> folds to at build time (see <see cref="ConstantFolding"/>), or null.</summary>
    internal static BigInteger? FoldedInt(Expr e) => ConstantFolding.FoldedInt(e);

    /// <summary>
    /// <c>a + b + c...</c> (three operands or more, none a number): <c>StrChain.Of(a, b).Add(c).Result</c>,
    /// which joins exact strs at once and adds anything else step by step in CPython's order.
    /// </summary>
    private string? AddChain(BinOp b)
    {
        if (b.Op != BinaryOperator.Add || b.Left is not BinOp { Op: BinaryOperator.Add }) return null;
        var operands = new List<Expr>();
        var steps = new List<BinOp>();
        Expr node = b;
        while (node is BinOp { Op: BinaryOperator.Add } add && !TypeInference.IsNumericBinary(add, context.IsUnboxed, IsNumericCall))
        {
            operands.Add(add.Right);
            steps.Add(add);
            node = add.Left;
        }
        operands.Add(node);
        if (operands.Count < 3 || operands.Any(o => IsNumeric(o) || o is Constant { Value: not string })) return null;
        operands.Reverse();
        steps.Reverse();
        // Each step is the operator of its own BinOp: it runs at its place, after its right operand.
        string Operand(int i) => i > 0 ? PlaceAfter(Obj(operands[i]), ValueKind.Object, PositionId(steps[i - 1])) : Obj(operands[i]);
        var code = $"StrChain.Of({Operand(0)}, {Operand(1)})";
        for (var i = 2; i < operands.Count; i++) code += $".Add({Operand(i)})";
        return code + ".Result";
    }

    private EmittedExpr EmitUnary(UnaryOp u)
    {
        // -5 and -2.5 are constants, as CPython's folding makes them.
        if (u.Op == Syntax.Ast.UnaryOperator.USub && u.Operand is Constant { Value: BigInteger or double } c)
        {
            return EmittedExpr.Object(ConstantOrThrow(u, c.Value is BigInteger i ? -i : -(double)c.Value!));
        }
        if (u.Op == Syntax.Ast.UnaryOperator.USub && IsNumeric(u.Operand)) return EmittedExpr.Unboxed($"Unboxed.Negate({Unboxed(u.Operand)}{AtFailure(u)})");
        if (u.Op == Syntax.Ast.UnaryOperator.Invert && IsNumeric(u.Operand)) return EmittedExpr.Unboxed($"Unboxed.Invert({Unboxed(u.Operand)}{AtFailure(u)})");
        return u.Op switch
        {
            Syntax.Ast.UnaryOperator.Not => EmittedExpr.Bool($"!{Bool(u.Operand)}"),
            Syntax.Ast.UnaryOperator.USub => EmittedExpr.Object($"Arithmetic.Negate({Obj(u.Operand)})"),
            _ => EmittedExpr.Object($"Arithmetic.Unary(PyPack.Runtime.Objects.UnaryOperator.{u.Op}, {Obj(u.Operand)})"),
        };
    }

    /// <summary>
    /// <c>a or b</c> is a if a is true, else b: the value is kept in a temporary to test and return it.
    /// An operand that is already a C# bool (a comparison, <c>not x</c>) is tested directly, and when
    /// every operand is one the whole is a C# bool.
    /// </summary>
    private EmittedExpr EmitBoolOp(BoolOp b)
    {
        var and = b.Op == BoolOperator.And;
        var values = b.Values.Select(Emit).ToList();
        if (values.All(v => v.Kind == ValueKind.Bool)) return EmittedExpr.Bool("(" + string.Join(and ? " && " : " || ", values.Select(v => v.Code)) + ")");
        var result = values[^1].AsObject;
        for (var i = values.Count - 2; i >= 0; i--)
        {
            if (values[i].Kind == ValueKind.Bool)
            {
                result = and ? $"({values[i].Code} ? {result} : PyBool.False)" : $"({values[i].Code} ? PyBool.True : {result})";
                continue;
            }
            var t = context.NewTemp();
            var value = values[i].AsObject;
            result = and
                ? $"(Truth.IsTrue({t} = {value}) ? {result} : {t})"
                : $"(Truth.IsTrue({t} = {value}) ? {t} : {result})";
        }
        return EmittedExpr.Object(result);
    }

    /// <summary>
    /// <c>a and b</c> as a condition (<c>if</c>, <c>while</c>, <c>not</c>): each operand's truth is
    /// asked once, as CPython's jumps do, and no value is kept.
    /// </summary>
    private string BoolOpCondition(BoolOp b) =>
        "(" + string.Join(b.Op == BoolOperator.And ? " && " : " || ", b.Values.Select(Condition)) + ")";

    /// <summary>
    /// <c>a &lt; b &lt; c</c> evaluates b once and stops at the first false link, whose result is the value.
    /// A single comparison used as a condition becomes a C# bool directly.
    /// </summary>
    private EmittedExpr EmitCompare(Compare c)
    {
        if (c.Ops is [CompareOperator.In or CompareOperator.NotIn] && IsNumeric(c.Left))
        {
            var test = $"Unboxed.In({Unboxed(c.Left)}, {Obj(c.Comparators[0])})";
            return EmittedExpr.Bool(c.Ops[0] == CompareOperator.In ? test : "!" + test);
        }
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

    /// <summary>
    /// A test as a C# bool without boxing: comparisons natively, <c>and</c>/<c>or</c>/<c>not</c> as
    /// C#'s operators (each operand's truth taken once, as CPython's jumps do), True/False as literals.
    /// </summary>
    public string Condition(Expr test)
    {
        // A C# bool is tested as it is: nothing of the statement's runs after it.
        var outer = _wantsBool;
        _wantsBool = true;
        try
        {
            return ConditionCode(test);
        }
        finally
        {
            _wantsBool = outer;
        }
    }

    private string ConditionCode(Expr test)
    {
        switch (test)
        {
            case Constant { Value: bool b }:
                return b ? "true" : "false";
            case BoolOp bo:
                return BoolOpCondition(bo);
            case UnaryOp { Op: Syntax.Ast.UnaryOperator.Not } u:
                return $"!{Condition(u.Operand)}";
        }
        if (test is Compare { Ops.Count: 1 } c && c.Ops[0] is not (CompareOperator.Is or CompareOperator.IsNot or CompareOperator.In or CompareOperator.NotIn))
        {
            // The comparison is an operation of its own, at its span, as where it is a value.
            var numeric = IsNumeric(c.Left) || IsNumeric(c.Comparators[0]);
            var outer = _conditionCompare;
            if (numeric) _conditionCompare = c;
            try
            {
                return Emit(c, () => EmittedExpr.Bool(numeric
                    ? $"Unboxed.Compare({Unboxed(c.Left)}, {Unboxed(c.Comparators[0])}, CompareOp.{RuntimeCompareOp(c.Ops[0])}{AtFailure(c)})"
                    : $"Comparison.CompareBool({Obj(c.Left)}, {Obj(c.Comparators[0])}, CompareOp.{RuntimeCompareOp(c.Ops[0])})")).Code;
            }
            finally
            {
                _conditionCompare = outer;
            }
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
}
