using System.Globalization;
using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// The text CPython stores for an annotation under <c>from __future__ import annotations</c>
/// (ast.unparse of it), for the forms annotations are written in: names, attributes,
/// subscripts, tuples and lists inside them, <c>X | Y</c>, None, ..., ints and plain strings.
/// Null for anything else, which the emitter reports as unsupported.
/// </summary>
public static class AnnotationText
{
    public static string? Of(Expr e) => e switch
    {
        Name n => n.Id,
        Attribute a => Of(a.Value) is { } v ? v + "." + a.Attr : null,
        Subscript s => Of(s.Value) is { } v && Slice(s.Slice) is { } i ? $"{v}[{i}]" : null,
        BinOp { Op: BinaryOperator.BitOr } b => Of(b.Left) is { } l && Of(b.Right) is { } r ? $"{l} | {r}" : null,
        List l => Join(l.Elts) is { } items ? $"[{items}]" : null,
        Syntax.Ast.Tuple t => t.Elts.Count == 0 ? "()" : Join(t.Elts) is { } items ? $"({items}{(t.Elts.Count == 1 ? "," : "")})" : null,
        Constant c => ConstantText(c.Value),
        _ => null,
    };

    // Inside [] a tuple is written without parentheses.
    private static string? Slice(Expr e) => e is Syntax.Ast.Tuple { Elts.Count: > 0 } t
        ? Join(t.Elts) is { } items ? items + (t.Elts.Count == 1 ? "," : "") : null
        : Of(e);

    private static string? Join(IReadOnlyList<Expr> items)
    {
        var parts = new List<string>();
        foreach (var item in items)
        {
            if (Of(item) is not { } text) return null;
            parts.Add(text);
        }
        return string.Join(", ", parts);
    }

    private static string? ConstantText(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger big => big.ToString(CultureInfo.InvariantCulture),
        string s when s.All(ch => ch >= ' ' && ch < 0x7f && ch != '\'' && ch != '\\') => "'" + s + "'",
        Syntax.Ast.Ellipsis => "...",
        _ => null,
    };
}
