using System.Globalization;
using System.Numerics;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Arithmetic kept unboxed: operators on values expected to be numbers (TypeInference.IsNumeric)
/// work on Runtime.Operations.Unboxed structs, native for exact ints and floats, the ordinary
/// operator otherwise; a result becomes an object only where it is stored or passed on.
/// </summary>
public sealed partial class ExpressionEmitter
{
    public bool IsNumeric(Expr e) => TypeInference.IsNumeric(e, context.IsUnboxed, IsNumericCall);

    /// <summary>The runtime's Unboxed entry for <paramref name="op"/>, or null where it has none.</summary>
    public static string? UnboxedOperator(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "Add",
        BinaryOperator.Sub => "Subtract",
        BinaryOperator.Mult => "Multiply",
        BinaryOperator.Div => "TrueDivide",
        BinaryOperator.FloorDiv => "FloorDivide",
        BinaryOperator.Mod => "Modulo",
        BinaryOperator.Pow => "Power",
        BinaryOperator.BitAnd => "BitAnd",
        BinaryOperator.BitOr => "BitOr",
        BinaryOperator.BitXor => "BitXor",
        BinaryOperator.LShift => "LeftShift",
        BinaryOperator.RShift => "RightShift",
        _ => null,
    };

    /// <summary>
    /// A subscript that is an int constant from 0 to int.MaxValue, as a C# literal (Unboxed.GetIndex and
    /// SetIndex take it as it is); null for any other key.
    /// </summary>
    public static string? ConstantIndex(Expr key) =>
        key is Constant { Value: BigInteger i } && TypeInference.IsNumberConstant(key) && i >= 0 && i <= int.MaxValue
            ? ((int)i).ToString(CultureInfo.InvariantCulture)
            : null;

    /// <summary><paramref name="e"/> as an Unboxed struct; number constants are built in place.</summary>
    public string Unboxed(Expr e)
    {
        switch (e)
        {
            case Constant { Value: double d } when double.IsFinite(d):
                return $"Unboxed.Float({DoubleLiteral(d)})";
            case Constant { Value: BigInteger i } when TypeInference.IsNumberConstant(e):
                return $"Unboxed.Int({((long)i).ToString(CultureInfo.InvariantCulture)}L)";
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: double d } } when double.IsFinite(d):
                return $"Unboxed.Float({DoubleLiteral(-d)})";
            case UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: BigInteger i } } when i <= long.MaxValue && -i >= long.MinValue:
                return $"Unboxed.Int({((long)-i).ToString(CultureInfo.InvariantCulture)}L)";
            case BinOp b when !IsSpilled(b) && FoldedInt(b) is { } folded && folded >= long.MinValue && folded <= long.MaxValue:
                return $"Unboxed.Int({((long)folded).ToString(CultureInfo.InvariantCulture)}L)";
            case Syntax.Ast.Attribute a when IsSpilled(a):
                return Emit(e).AsUnboxed;
            case Subscript s when ConstantIndex(s.Slice) is { } index && !IsSpilled(s):
                // b[0] used as a number: read and unboxed in one operation (one inlined call, one temporary less).
                return Emit(e, () => EmittedExpr.Unboxed($"Unboxed.NumberAt({Obj(s.Value)}, {index}{AtFailure(s)})")).AsUnboxed;
            case Syntax.Ast.Attribute a:
                // Only the number is kept: an instance's float attribute is read without being handed out (Attributes.GetAttrUnboxed).
                return Emit(e, () => EmittedExpr.Unboxed(AttributeUnboxed(a))).AsUnboxed;
        }
        return Emit(e).AsUnboxed;
    }

    /// <summary><c>o.name</c> read as an Unboxed struct (Attributes.GetAttrUnboxed).</summary>
    private string AttributeUnboxed(Syntax.Ast.Attribute a) =>
        $"Attributes.GetAttrUnboxed({Obj(a.Value)}, {Module.AttributeSite(context.Scope.Mangle(a.Attr))})";

    // "R" is the shortest text that reads back as the same double; -0.0 keeps its sign as "-0".
    private static string DoubleLiteral(double d) => $"{d.ToString("R", CultureInfo.InvariantCulture)}d";

    private EmittedExpr EmitUnboxedBinary(BinOp b) =>
        EmittedExpr.Unboxed($"Unboxed.{UnboxedOperator(b.Op)}({Unboxed(b.Left)}, {Unboxed(b.Right)}{AtFailure(b)})");
}
