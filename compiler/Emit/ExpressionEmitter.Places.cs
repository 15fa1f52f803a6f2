using System.Globalization;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Positions for tracebacks. CPython 3.11 reports, for each frame, the span of the operation it
/// was running (a call, an operator, an attribute, a name...), and marks it under the source line.
/// The frame's current place holds a position id (ModuleEmitter.PositionId). Each operation that
/// can raise stores its own place right before it runs, after its operands, and nothing restores
/// it after: whatever raises finds its own span there. The emitter follows what the place holds
/// along the statement (<see cref="_known"/>) and stores only where that is another:
/// <code>
/// return x.a + g(x)     line = P(x.a);
///                       return Arithmetic.Add(GetAttr(l_x!, a), Place.After(Place.Then(line = P(g(x)), Call_Fn_g(...)), line = P(+)));
/// </code>
/// An operation whose operands all run before it (a binary operator, a subscript, an attribute,
/// a simple call) stores after its last operand that can store; one that runs parts of its own
/// between operands (a short-circuit, a conditional, a chained comparison) stores its place
/// first and has each operand that moved it store it back. Constants and reads of surely bound
/// locals cannot raise and store nothing; a name's load stores only when it raises.
/// </summary>
public sealed partial class ExpressionEmitter
{
    // The place of the innermost operation (or statement) being emitted, where its own implicit
    // parts run (a truth test, a statement's store), and which frame variable that is (a
    // comprehension has its own).
    private int? _place;
    private string? _placeVar;

    // What the frame's place holds at this point of the code being emitted (null: not known).
    private int? _known;

    // What the operand(s) emitted next must leave in the place after them: one operand (the last
    // that can store, of an operation that runs after its operands) or each of them (Only null).
    private (Expr? Only, int Place)? _after;

    // Emit's nesting: 0 where the statement emitter asks for a value (whose implicit parts run at _place).
    private int _depth;

    // Stores emitted so far (to check that an operation's operands left its place where it needs it).
    private int _stores;

    // Whether what the statement runs after a value it asked for runs at _place (its own parts
    // that can raise), so that the value stores _place back after it if it moved it.
    private bool _restoreAtTop = true;

    // Whether a C# bool is asked for (a condition), which nothing runs after at the statement's place.
    private bool _wantsBool;

    // A comparison Condition emits natively (an Unboxed.Compare told its place).
    private Compare? _conditionCompare;

    /// <summary>Whether places are tracked where expressions are emitted now.</summary>
    public bool TracksPlaces => _place is not null && _placeVar == PlaceVar;

    private string PlaceVar => context.LineVar + "#" + context.InComprehension;

    /// <summary>
    /// The statement (or comprehension body) about to be emitted runs at <paramref name="place"/>,
    /// and the frame holds <paramref name="stored"/> (by default the same) when it starts.
    /// </summary>
    /// <param name="restoreAtTop">Whether the statement runs parts of its own that can raise after the values it asks for.</param>
    public void StartPlaces(int place, int? stored = null, bool restoreAtTop = true)
    {
        _place = place;
        _placeVar = PlaceVar;
        _known = stored ?? place;
        _after = null;
        _depth = 0;
        _restoreAtTop = restoreAtTop;
    }

    /// <summary>The place the statement (or the operation being emitted) runs at, when tracked.</summary>
    public int? CurrentPlace => TracksPlaces ? _place : null;

    /// <summary>No tracking from here (code whose place is a plain line, or is not known).</summary>
    public void StopPlaces() => _place = null;

    /// <summary>
    /// Runs <paramref name="emit"/> (statement-level code, a comprehension's body in its own frame)
    /// as a statement at <paramref name="place"/>, from what the frame holds now.
    /// </summary>
    public T WithPlaces<T>(int place, Func<T> emit, bool restoreAtTop = true)
    {
        var (saved, savedVar, savedAfter, savedDepth, savedRestore) = (_place, _placeVar, _after, _depth, _restoreAtTop);
        var known = TracksPlaces ? _known : null;
        StartPlaces(place, known ?? int.MinValue, restoreAtTop);
        if (known is null) _known = null;
        try
        {
            return emit();
        }
        finally
        {
            var inner = _known;
            (_place, _placeVar, _after, _depth, _restoreAtTop) = (saved, savedVar, savedAfter, savedDepth, savedRestore);
            _known = inner;
        }
    }

    /// <summary>
    /// The arguments that tell an Unboxed operation its place (<c>, ref line, P</c>), which it
    /// stores only on the way that calls out; empty where places are not tracked.
    /// </summary>
    public string AtFailure(Expr e) => TracksPlaces ? AtFailure(PositionId(e)) : "";

    /// <summary>The same for <paramref name="place"/>.</summary>
    public string AtFailure(int place) => TracksPlaces ? $", ref {context.LineVar}, {Int(place)}" : "";

    /// <summary>What the frame holds here is not known (an operation told its place may have stored it).</summary>
    public void Forget() => _known = null;

    /// <summary>Whether <paramref name="e"/> is an Unboxed operation told its place (see <see cref="AtFailure"/>).</summary>
    private bool StoresOnFailure(Expr e) => e switch
    {
        BinOp b => UnboxedOperator(b.Op) is not null && TypeInference.IsNumericBinary(b, context.IsUnboxed, IsNumericCall)
            && FoldedInt(b) is null,
        UnaryOp { Op: UnaryOperator.USub } u => u.Operand is not Constant && IsNumeric(u.Operand),
        UnaryOp { Op: UnaryOperator.Invert } u => IsNumeric(u.Operand),
        Subscript s => s.Slice is not Slice && IsNumeric(s.Slice),
        Compare c => ReferenceEquals(c, _conditionCompare),
        _ => false,
    };

    /// <summary><paramref name="code"/> (of <paramref name="kind"/>) with the frame at <paramref name="place"/> once it has run.</summary>
    public string PlaceAfter(string code, ValueKind kind, int place)
    {
        if (!TracksPlaces || _known == place) return code;
        _known = place;
        _stores++;
        return $"Place.After<{TypeOf(kind)}>({code}, {context.LineVar} = {Int(place)})";
    }

    /// <summary><paramref name="code"/> (of <paramref name="kind"/>), run with the frame at <paramref name="place"/>: code that stores no place of its own.</summary>
    public string PlaceBefore(string code, ValueKind kind, int place)
    {
        if (!TracksPlaces || _known == place) return code;
        _known = place;
        _stores++;
        return $"Place.Then<{TypeOf(kind)}>({context.LineVar} = {Int(place)}, {code})";
    }

    /// <summary>Whether the frame is known to hold <paramref name="place"/> here.</summary>
    public bool Holds(int place) => TracksPlaces && _known == place;

    /// <summary>The statement emitter stored <paramref name="place"/> itself (a statement of its own).</summary>
    public void Stored(int place) => _known = place;

    // The type is given: a conditional's branches may have no common type of their own.
    private static string TypeOf(ValueKind kind) => kind switch { ValueKind.Bool => "bool", ValueKind.Unboxed => "Unboxed", _ => "PyObject" };

    public EmittedExpr Emit(Expr e) => Emit(e, () => EmitNode(e));

    /// <summary>
    /// <paramref name="e"/> as <paramref name="emit"/> writes it, with the stores its operation
    /// needs, and the one its parent (or the statement) asked for after it.
    /// </summary>
    private EmittedExpr Emit(Expr e, Func<EmittedExpr> emit)
    {
        if (!TracksPlaces) return emit();
        var request = _after;
        _after = null;
        var top = _depth == 0;
        _depth++;
        EmittedExpr r;
        try
        {
            r = EmitOperation(e, emit);
        }
        finally
        {
            _depth--;
            _after = request;
        }
        // What the statement runs after a value is at its own place: back there after an operation
        // (a bare load leaves the place as it found it).
        int? need = request is { } q && (q.Only is null || ReferenceEquals(q.Only, e)) ? q.Place : top && _restoreAtTop && MayStore(e) && !(_wantsBool && r.Kind == ValueKind.Bool) ? _place : null;
        return need is { } p ? r with { Code = PlaceAfter(r.Code, r.Kind, p) } : r;
    }

    private EmittedExpr EmitOperation(Expr e, Func<EmittedExpr> emit)
    {
        if (!CanRaise(e) || IsSpilled(e)) return emit();
        if (e is Name n && NameLoadAt(n) is { } load) return load;
        var outer = _place;
        var place = PositionId(e);
        _place = place;
        try
        {
            if (StoresOnFailure(e))
            {
                // It stores its place itself where it calls out, which may or may not be taken.
                var told = emit();
                _known = null;
                return told;
            }
            if (OperandsFirst(e) is { } operands)
            {
                // The operation runs after its operands: the last that can store stores its place back.
                var stores = _stores;
                var slot = operands.LastOrDefault(MayStore);
                // A method call the runtime takes in a lazy form keeps its shape: with no operand
                // that stores, the object's operand stores the place (nothing after it moves it).
                if (slot is null && ReferenceEquals(e, _plainMethodCall) && operands.Count > 0) slot = operands[0];
                if (slot is not null) _after = (slot, place);
                var r = emit();
                _after = null;
                if (_known == place) return r;
                if (_stores != stores) throw new InvalidOperationException($"line {e.Line}: the place of {e.GetType().Name} is not stored after its operands");
                return r with { Code = PlaceBefore(r.Code, r.Kind, place) };
            }
            // Parts of its own run between the operands: the place first, and back after each operand that moved it.
            var first = _known != place;
            _known = place;
            _after = (null, place);
            var value = emit();
            _after = null;
            _known = place;
            if (!first) return value;
            _stores++;
            return value with { Code = $"Place.Then<{TypeOf(value.Kind)}>({context.LineVar} = {Int(place)}, {value.Code})" };
        }
        finally
        {
            _place = outer;
        }
    }

    /// <summary>
    /// The operands of <paramref name="e"/> in the order they run, when its operation runs after all
    /// of them and nothing of it before, and they are emitted in that order; else null.
    /// </summary>
    private IReadOnlyList<Expr>? OperandsFirst(Expr e) => e switch
    {
        // 'literal' % (a, b) formats the tuple's items where they are.
        BinOp { Op: BinaryOperator.Mod, Left: Constant { Value: string }, Right: Syntax.Ast.Tuple } => null,
        BinOp b => [b.Left, b.Right],
        UnaryOp { Op: not UnaryOperator.Not } u => [u.Operand],
        Attribute a => [a.Value],
        Subscript { Slice: Slice sl } s => [s.Value, .. new[] { sl.Lower, sl.Upper, sl.Step }.OfType<Expr>()],
        Subscript s => [s.Value, s.Slice],
        Compare { Ops.Count: 1 } c => [c.Left, c.Comparators[0]],
        // A star or a ** mapping is unpacked between the arguments; a generator argument may be run by the call's own code.
        Call c when !c.Args.Any(a => a is Starred or GeneratorExp) && c.Keywords.All(k => k.Arg is not null) =>
            // A method call loads no bound method (math.sqrt(x) and the like load the function).
            [c.Func is Attribute { Ctx: ExprContext.Load } m && Module.MathImports.FunctionCalled(c, context.Scope) is null ? m.Value : c.Func, .. c.Args, .. c.Keywords.Select(k => k.Value)],
        _ => null,
    };

    /// <summary>Whether emitting <paramref name="e"/> may store a place that stays after it.</summary>
    private bool MayStore(Expr e) => e switch
    {
        _ when IsSpilled(e) => false,
        Constant or Lowering.SpilledValue or UnaryOp { Op: UnaryOperator.USub, Operand: Constant } => false,
        // A name's load stores only when it raises, except one kept elsewhere (a closure's cell).
        Name n => CanRaise(n) && NameLoadAt(n) is null,
        _ => true,
    };

    /// <summary>
    /// The place the first operation of <paramref name="e"/> that stores one runs at (its operands
    /// first), or null when it has none: what its statement can store at its start.
    /// </summary>
    public int? FirstPlace(Expr e)
    {
        if (!CanRaise(e)) return null;
        if (e is Name && !MayStore(e)) return null;
        if (StoresOnFailure(e)) return null;
        if (OperandsFirst(e) is { } operands)
        {
            foreach (var o in operands)
            {
                if (!MayStore(o) || StoresOnFailure(o)) continue;
                if (FirstPlace(o) is { } p) return p;
                // An operand whose parts store without an operation of its own (a tuple): not known.
                if (!CanRaise(o)) return null;
            }
        }
        return PositionId(e);
    }

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
        if (context.IsBoundUnboxed(n)) return EmittedExpr.Unboxed(access.CSharpName);
        if (context.IsUnboxed(n.Id)) return EmittedExpr.Unboxed($"{access.CSharpName}.{context.UnboxedLoad}({literal}, {at})");
        var code = context.LoadCode(n.Id, n);
        return access.Storage switch
        {
            NameStorage.Global when code == $"{access.CSharpName}.Get()" => EmittedExpr.Object($"{access.CSharpName}.Get({at})"),
            NameStorage.Local when code == $"({access.CSharpName} ?? throw Errors.UnboundLocal({literal}))" =>
                EmittedExpr.Object($"({access.CSharpName} ?? throw Place.UnboundLocal({at}, {literal}))"),
            _ => null,
        };
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether evaluating <paramref name="e"/> runs an operation of its own that can raise.</summary>
    private bool CanRaise(Expr e) => e switch
    {
        _ when IsSpilled(e) => false,
        Constant or Lambda or Slice or NamedExpr or Starred or Lowering.SpilledValue => false,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant } => false,
        // Folded at build time (FoldedInt is null for whatever could raise).
        BinOp b when FoldedInt(b) is not null => false,
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
            // A method call keeps its attribute's position, where the runtime reports an error of
            // the lookup (CPython's LOAD_METHOD), in the anchors' second int.
            case Call { Func: Attribute { Ctx: ExprContext.Load } m } c when c.Line != m.EndLine:
                return Module.PositionId(m.EndLine, Math.Max(m.EndLine, c.EndLine), Math.Max(0, m.EndCol - System.Text.Encoding.UTF8.GetByteCount(m.Attr)), c.EndCol, -1, PositionId(m));
            case Call { Func: Attribute { Ctx: ExprContext.Load } m } c:
                return Module.PositionId(c.Line, c.EndLine, c.Col, c.EndCol, -1, PositionId(m));
            default:
                return Module.PositionId(e.Line, e.EndLine, e.Col, e.EndCol);
        }
    }
}
