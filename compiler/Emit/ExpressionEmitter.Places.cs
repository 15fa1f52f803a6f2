using System.Globalization;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Positions for tracebacks. CPython 3.11 reports, for each frame, the span of the operation it
/// was running (a call, an operator, an attribute, a name...), and marks it under the source line.
/// The frame's current place holds a position id (ModuleEmitter.PositionId): the statement stores
/// one, and each operation that can raise at another span stores its own before it runs and the
/// enclosing one's after it, so whatever raises finds its own span there:
/// <code>
/// return x + g(x)     line = P(x + g(x));
///                     return Arithmetic.Add(l_x!, Place.After(Place.Then(line = P(g(x)), Call_Fn_g(...)), line = P(x + g(x))));
/// </code>
/// Constants and reads of surely bound locals cannot raise and store nothing; tuples, lists,
/// slices and walruses raise nothing of their own and leave the place to their parts.
/// </summary>
public sealed partial class ExpressionEmitter
{
    // The place the frame holds while the expression being emitted runs (null: not tracked here),
    // and which frame variable that is (a comprehension has its own).
    private int? _place;
    private string? _placeVar;

    // Whether an operand emitted since the enclosing operation started stores that operation's place after itself.
    private bool _restored;

    /// <summary>Whether places are tracked where expressions are emitted now.</summary>
    public bool TracksPlaces => _place is not null && _placeVar == PlaceVar;

    private string PlaceVar => context.LineVar + "#" + context.InComprehension;

    /// <summary>The statement (or comprehension body) about to be emitted starts with the frame at <paramref name="place"/>.</summary>
    public void StartPlaces(int place)
    {
        _place = place;
        _placeVar = PlaceVar;
        _restored = false;
    }

    /// <summary>The place the frame holds here, when tracked.</summary>
    public int? CurrentPlace => TracksPlaces ? _place : null;

    /// <summary>No tracking from here (code whose place is a plain line, or is not known).</summary>
    public void StopPlaces() => _place = null;

    /// <summary>Runs <paramref name="emit"/> (a comprehension's body, in its own frame) with the places it starts at.</summary>
    public T WithPlaces<T>(int place, Func<T> emit)
    {
        var (saved, savedVar, savedRestored) = (_place, _placeVar, _restored);
        StartPlaces(place);
        try
        {
            return emit();
        }
        finally
        {
            (_place, _placeVar, _restored) = (saved, savedVar, savedRestored);
        }
    }

    public EmittedExpr Emit(Expr e)
    {
        if (!TracksPlaces || !CanRaise(e)) return EmitNode(e);
        if (e is Name n && NameLoadAt(n) is { } load) return load;
        var outer = _place!.Value;
        var place = PositionId(e);
        var savedRestored = _restored;
        _place = place;
        _restored = false;
        EmittedExpr r;
        try
        {
            r = EmitNode(e);
        }
        finally
        {
            _place = outer;
        }
        var childRestored = _restored;
        if (place == outer)
        {
            _restored = savedRestored || childRestored;
            return r;
        }
        var code = r.Code;
        // The type is given: a conditional's branches may have no common type of their own.
        var type = r.Kind switch { ValueKind.Bool => "bool", ValueKind.Unboxed => "Unboxed", _ => "PyObject" };
        // Where the operation runs after all its operands, one of them storing its place is enough.
        if (!(childRestored && OperandsFirst(e)))
        {
            code = $"Place.Then<{type}>({context.LineVar} = {Int(place)}, {code})";
        }
        code = $"Place.After<{type}>({code}, {context.LineVar} = {Int(outer)})";
        _restored = true;
        return r with { Code = code };
    }

    /// <summary>Whether <paramref name="e"/>'s operation runs after all its operands and nothing else of it before.</summary>
    private static bool OperandsFirst(Expr e) => e switch
    {
        BinOp or Subscript or Attribute or UnaryOp { Op: not UnaryOperator.Not } => true,
        // A star or a ** mapping is unpacked between the arguments; a generator argument may be run by the call's own code.
        Call c => !c.Args.Any(a => a is Starred or GeneratorExp) && c.Keywords.All(k => k.Arg is not null),
        _ => false,
    };

    /// <summary>
    /// A local's or a global's load, whose error (UnboundLocalError, NameError) moves the frame to
    /// the name's position only when it is raised: loads that succeed store nothing.
    /// </summary>
    private EmittedExpr? NameLoadAt(Name n)
    {
        var name = context.Scope.Mangle(n.Id);
        var access = context.Resolve(name);
        var literal = CSharpNames.Literal(name);
        var at = $"ref {context.LineVar}, {Int(PositionId(n))}";
        if (context.IsUnboxed(n.Id)) return EmittedExpr.Unboxed($"{access.CSharpName}.{context.UnboxedLoad}({literal}, {at})");
        var code = context.LoadCode(n.Id, n);
        return access.Storage switch
        {
            NameStorage.Global when code == $"{access.CSharpName}.Get()" => EmittedExpr.Object($"{access.CSharpName}.Get({at})"),
            NameStorage.Local when code == $"({access.CSharpName} ?? throw Errors.UnboundLocal({literal}))" =>
                EmittedExpr.Object($"({access.CSharpName} ?? throw Place.Then({context.LineVar} = {Int(PositionId(n))}, Errors.UnboundLocal({literal})))"),
            _ => null,
        };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether evaluating <paramref name="e"/> runs an operation of its own that can raise.</summary>
    private bool CanRaise(Expr e) => e switch
    {
        Constant or Lambda or Slice or NamedExpr or Starred or Lowering.SpilledValue => false,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant } => false,
        List l => l.Elts.Any(x => x is Starred),
        Syntax.Ast.Tuple t => t.Elts.Any(x => x is Starred),
        Name n => !(context.SafeReads?.Contains(n) == true && context.Resolve(context.Scope.Mangle(n.Id)).Storage is NameStorage.Local or NameStorage.Unboxed),
        _ => true,
    };

    /// <summary>The position CPython 3.11 gives the operation of <paramref name="e"/>.</summary>
    public int PositionId(Expr e)
    {
        switch (e)
        {
            case BinOp b when b.Line == b.EndLine && b.Left.EndLine == b.Line && b.Right.Line == b.Line:
                return Module.PositionId(b.Line, b.EndLine, b.Col, b.EndCol, b.Left.EndCol, b.Right.Col);
            case Subscript s when s.Line == s.EndLine:
                return Module.PositionId(s.Line, s.EndLine, s.Col, s.EndCol, -2 - s.Value.EndCol, s.Slice.EndCol);
            // An attribute (or a method call) whose name is on a later line than its start is
            // reported from the name on, as CPython's compiler moves it there.
            case Attribute a when a.Line != a.EndLine:
                return Module.PositionId(a.EndLine, a.EndLine, Math.Max(0, a.EndCol - System.Text.Encoding.UTF8.GetByteCount(a.Attr)), a.EndCol);
            case Call { Func: Attribute m } c when c.Line != m.EndLine:
                return Module.PositionId(m.EndLine, Math.Max(m.EndLine, c.EndLine), Math.Max(0, m.EndCol - System.Text.Encoding.UTF8.GetByteCount(m.Attr)), c.EndCol);
            default:
                return Module.PositionId(e.Line, e.EndLine, e.Col, e.EndCol);
        }
    }
}
