using System.Globalization;
using System.Numerics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Emits C# for Python expressions. C# evaluates operands left to right like Python, so most
/// expressions nest directly; temporaries appear only where a value is used twice.
/// </summary>
public sealed partial class ExpressionEmitter(MethodContext context)
{
    private ModuleEmitter Module => context.Module;

    /// <summary>
    /// An annotation's value: the object it evaluates to, or under <c>from __future__ import
    /// annotations</c> its text, which is what CPython stores then (nothing is evaluated).
    /// </summary>
    public string Annotation(Expr e) => !Module.FutureAnnotations ? Obj(e)
        : AnnotationText.Of(e) is { } text ? $"new PyStr({CSharpNames.Literal(text)})"
        : throw new UnsupportedConstruct(e, "this annotation under 'from __future__ import annotations' (its text)");

    private EmittedExpr EmitNode(Expr e) => e switch
    {
        _ when _spilled.ContainsKey(e) => TakeSpilled(e),
        Constant { Value: Ellipsis } => EmittedExpr.Object("PyEllipsis.Instance"),
        Constant c => EmittedExpr.Object(ConstantOrThrow(c, c.Value)),
        Name n when context.IsBoundUnboxed(n) => EmittedExpr.Unboxed(context.Resolve(n.Id).CSharpName),
        Name n => context.IsUnboxed(n.Id) ? EmittedExpr.Unboxed($"{context.Resolve(n.Id).CSharpName}.{context.UnboxedLoad}({CSharpNames.Literal(context.Scope.Mangle(n.Id))})") : EmittedExpr.Object(LoadName(n)),
        BinOp b => EmitBinary(b),
        UnaryOp u => EmitUnary(u),
        BoolOp b => EmitBoolOp(b),
        Compare c => EmitCompare(c),
        Call c => EmitCallExpr(c),
        Attribute a => EmittedExpr.Object($"Attributes.GetAttr({Obj(a.Value)}, {Module.AttributeSite(context.Scope.Mangle(a.Attr))})"),
        Subscript s when ConstantIndex(s.Slice) is { } index => EmittedExpr.Object($"Unboxed.GetIndex({Obj(s.Value)}, {index}{AtFailure(s)})"),
        Subscript s when s.Slice is not Slice && IsNumeric(s.Slice) => EmittedExpr.Object($"Unboxed.GetItem({Obj(s.Value)}, {Unboxed(s.Slice)}{AtFailure(s)})"),
        Subscript { Slice: Slice sl } s when _temporarySlice is { } ts && ReferenceEquals(ts.Value, s) =>
            EmittedExpr.Object($"Subscript.GetSliceTemporary({Obj(s.Value)}, {SliceParts(sl)}, ref {ts.Scratch})"),
        Subscript { Slice: Slice sl } s => EmittedExpr.Object($"Subscript.GetSlice({Obj(s.Value)}, {SliceParts(sl)})"),
        Subscript s => EmittedExpr.Object($"Subscript.GetItem({Obj(s.Value)}, {Obj(s.Slice)})"),
        Slice sl => EmittedExpr.Object(EmitSlice(sl)),
        IfExp i when IsNumeric(i) => EmittedExpr.Unboxed($"({Condition(i.Test)} ? {Unboxed(i.Body)} : {Unboxed(i.Orelse)})"),
        IfExp i => EmittedExpr.Object($"({Condition(i.Test)} ? {Obj(i.Body)} : {Obj(i.Orelse)})"),
        List l => EmittedExpr.Object(EmitList(l.Elts)),
        Syntax.Ast.Tuple t => EmittedExpr.Object(EmitTuple(t)),
        Dict d => EmittedExpr.Object(EmitDict(d)),
        Set st => EmittedExpr.Object(EmitSet(st)),
        ListComp c => EmittedExpr.Object(EmitComprehension(c, c.Generators, "<listcomp>", "PyList", "new PyList()", acc => $"{acc}.Append({Obj(c.Elt)});")),
        SetComp c => EmittedExpr.Object(EmitComprehension(c, c.Generators, "<setcomp>", "PySet", "new PySet()", acc => SetAdd(acc, Emit(c.Elt)))),
        DictComp c => EmittedExpr.Object(EmitComprehension(c, c.Generators, "<dictcomp>", "PyDict", "new PyDict()", acc => $"{acc}.Set({Obj(c.Key)}, {Obj(c.Value)});")),
        NamedExpr n => EmittedExpr.Object(EmitNamedExpr(n)),
        JoinedStr j => EmittedExpr.Object(EmitJoinedStr(j)),
        // An f-string's field formatted ahead of an await in a later field (StatementEmitter.Await).
        FormattedValue f => EmittedExpr.Object($"new PyStr({EmitFormattedValue(f)})"),
        Lambda l => EmittedExpr.Object(EmitLambda(l)),
        GeneratorExp g => EmittedExpr.Object(EmitGeneratorExpression(g)),
        Lowering.SpilledValue s => EmittedExpr.Object(s.Code),
        _ => throw new UnsupportedConstruct(e, UnsupportedConstruct.Describe(e)),
    };

    public string Obj(Expr e) => Emit(e).AsObject;

    // The slice being emitted as the value of `t[d:e] = s[a:b]`, and the temporary list it may fill.
    private (Subscript Value, string Scratch)? _temporarySlice;

    /// <summary>
    /// <paramref name="value"/>, the slice on the right of <c>t[d:e] = s[a:b]</c>, through
    /// Subscript.GetSliceTemporary: an exact list's items go into the list in <paramref name="scratch"/>
    /// (a temporary of the function, reused), which Subscript.SetSliceFromTemporary takes back.
    /// </summary>
    public string TemporarySlice(Subscript value, string scratch)
    {
        _temporarySlice = (value, scratch);
        try
        {
            return Obj(value);
        }
        finally
        {
            _temporarySlice = null;
        }
    }

    /// <summary>An unboxed value as is (for runtime entries taking an Unboxed, such as ints into a set), any other as an object.</summary>
    private static string UnboxedOrObject(EmittedExpr e) => e.Kind == ValueKind.Unboxed ? e.Code : e.AsObject;

    /// <summary>A set comprehension's step: an unboxed int is added without becoming an object.</summary>
    private static string SetAdd(string acc, EmittedExpr item) =>
        item.Kind == ValueKind.Unboxed ? $"Unboxed.AddTo({acc}, {item.Code});" : $"{acc}.Add({item.AsObject});";

    // The value of an operation the statement emitter computed ahead (see UseSpilledCall), read once.
    private EmittedExpr TakeSpilled(Expr e)
    {
        _spilled.Remove(e, out var spilled);
        return spilled.Unboxed ? EmittedExpr.Unboxed(spilled.Code) : EmittedExpr.Object(spilled.Code);
    }

    private string EmitLambda(Lambda l)
    {
        var code = new FunctionEmitter(Module) { Place = CurrentPlace }.EmitLambda(l, context);
        // Its defaults are emitted on their own, and may leave any place.
        _known = null;
        return code;
    }

    /// <summary>
    /// The iterator a for loop takes over <paramref name="iterable"/>. Over <c>o.name()</c> (no
    /// arguments) the runtime may give the items without making the result, which only the loop
    /// would see (<c>for w in line.split():</c>); see Attributes.IterMethod0.
    /// </summary>
    /// <param name="iterPlace">Where the iterator is taken when places are tracked (a generator
    /// expression's position); by default the place of the operation being emitted.</param>
    public string IterOf(Expr iterable, int? iterPlace = null) => LazyMethodForm(iterable, "Attributes.IterMethod", code => $"Iteration.GetIter({code})", iterPlace);

    /// <summary>
    /// The statement that starts the loop cursor <paramref name="cursor"/> (a LoopCursor local) over
    /// <paramref name="iterable"/>: <see cref="IterOf"/>'s shapes, with an exact list, tuple or dict
    /// walked without an iterator (and <c>d.items()</c> without its view).
    /// </summary>
    public string LoopStart(Expr iterable, string cursor) => LazyMethodForm(iterable, $"{cursor}.StartMethod", code => $"{cursor}.Start({code})");

    // o.name() or o.name(a) handed to the runtime's lazy form (lazy + "0(" or "1("), else general(value).
    // Where places are tracked the call runs at its own position and the iterator is taken back at
    // the place of the loop (or comprehension) that takes it, as CPython reports each.
    private string LazyMethodForm(Expr iterable, string lazy, Func<string, string> general, int? givenPlace = null)
    {
        const string call0 = "Attributes.CallMethod0(", call1 = "Attributes.CallMethod1(";
        var iterPlace = TracksPlaces ? givenPlace ?? _place : null;
        var code = ObjAsPlainMethodCall(iterable, iterPlace is not null);
        if (iterable is Call { Func: Attribute, Keywords.Count: 0 } call && call.Args is [] or [not Starred]
            && (code.StartsWith(call0, StringComparison.Ordinal) || code.StartsWith(call1, StringComparison.Ordinal)) && code.EndsWith(')'))
        {
            var arity = code.StartsWith(call0, StringComparison.Ordinal) ? "0(" : "1(";
            var arguments = code[call0.Length..^1];
            if (iterPlace is not { } place) return $"{lazy}{arity}{arguments})";
            Stored(place);
            return $"{lazy}{arity}{arguments}, ref {context.LineVar}, {Int(place)})";
        }
        return general(iterPlace is { } p && (iterable is Call { Func: Attribute } || givenPlace is not null) ? PlaceAfter(code, ValueKind.Object, p) : code);
    }

    /// <summary>
    /// <c>Unpacking.Unpack(value, scratch)</c> for a value only the unpacking sees, the items written
    /// into <paramref name="scratch"/> (an array of <paramref name="count"/> made once per run of the
    /// function); over <c>o.name(x)</c> the runtime may write them there without making the result
    /// (see Attributes.UnpackMethod1).
    /// </summary>
    /// <param name="unpackPlace">Where the unpacking is reported (the target list), the frame's place when tracked.</param>
    public string UnpackOf(Expr value, int count, Func<string> scratch, int? unpackPlace = null)
    {
        const string call1 = "Attributes.CallMethod1(";
        var tracked = TracksPlaces && unpackPlace is not null;
        var method = value is Call { Func: Attribute, Args: [not Starred], Keywords.Count: 0 } call ? call : null;
        // The call runs at its own position, stored after its operands; the runtime moves to the unpacking's for a count error.
        var code = ObjAsPlainMethodCall(value, tracked && method is not null);
        var array = $"{scratch()} ??= new PyObject[{IntLiteral(count)}]";
        if (method is not null && code.StartsWith(call1, StringComparison.Ordinal) && code.EndsWith(')'))
        {
            var place = tracked ? $", ref {context.LineVar}, {Int(unpackPlace!.Value)}" : "";
            return $"Attributes.UnpackMethod1({code[call1.Length..^1]}, {array}{place})";
        }
        if (tracked && method is not null) code = PlaceAfter(code, ValueKind.Object, unpackPlace!.Value);
        return $"Unpacking.Unpack({code}, {array})";
    }

    /// <summary>
    /// <paramref name="e"/>, where a method call <c>o.name(...)</c> takes the general
    /// Attributes.CallMethodN rather than a direct method helper, so that IterOf and UnpackOf can
    /// hand it to the runtime's lazy variants (a builtin's result never made).
    /// </summary>
    /// <param name="tracked">Whether the call stores its own place (after its operands, keeping its shape).</param>
    private string ObjAsPlainMethodCall(Expr e, bool tracked = false)
    {
        var outer = _plainMethodCall;
        _plainMethodCall = e as Call;
        try
        {
            // A method call keeps its plain shape (no place stores around it) for the caller to rewrite.
            if (e is not Call { Func: Attribute }) return Obj(e);
            if (!tracked) return EmitNode(e).AsObject;
            _depth++;
            try
            {
                return EmitOperation(e, () => EmitNode(e)).AsObject;
            }
            finally
            {
                _depth--;
            }
        }
        finally
        {
            _plainMethodCall = outer;
        }
    }

    public string Bool(Expr e) => e is BoolOp b ? BoolOpCondition(b) : Emit(e).AsBool;

    private string ConstantOrThrow(Node node, object? value) =>
        Module.Constants.Get(value) ?? throw new UnsupportedConstruct(node, value switch
        {
            byte[] => "bytes literal",
            Complex => "complex literal",
            Ellipsis => "Ellipsis (...)",
            _ => "constant of type " + value?.GetType().Name,
        });

    private string LoadName(Name n) => context.LoadCode(n.Id, n);

    private string Array(IReadOnlyList<Expr> items)
    {
        foreach (var item in items)
        {
            if (item is Starred) throw new UnsupportedConstruct(item, "starred expression");
        }
        // Up to four items: the runtime's helper stores them without the covariant array check.
        return items.Count is >= 1 and <= 4
            ? "ObjectArrays.Of(" + string.Join(", ", items.Select(Obj)) + ")"
            : "new PyObject[] { " + string.Join(", ", items.Select(Obj)) + " }";
    }

    public static string IntLiteral(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether <paramref name="e"/> (an except clause's class) can be evaluated inside an exception
    /// filter: names, attributes of them and tuples of those, which run no user code to look up.
    /// </summary>
    public bool CanLookUpQuietly(Expr e) => e switch
    {
        Name n => context.Resolve(n.Id).Storage is NameStorage.Global or NameStorage.Local or NameStorage.Unboxed or NameStorage.Cell,
        Attribute { Value: var v } => CanLookUpQuietly(v),
        Syntax.Ast.Tuple t => t.Elts.All(x => x is not Starred && CanLookUpQuietly(x)),
        _ => false,
    };

    /// <summary>C# for <paramref name="e"/> that never throws: null where evaluating it would raise.</summary>
    public string QuietLookup(Expr e)
    {
        switch (e)
        {
            case Name n:
                var access = context.Resolve(n.Id);
                return access.Storage switch
                {
                    NameStorage.Global => $"{access.CSharpName}.GetOrNull()",
                    NameStorage.Cell => $"{access.CSharpName}.Value",
                    NameStorage.Unboxed => $"{access.CSharpName}.BoxOrNull()",
                    _ => access.CSharpName,
                };
            case Attribute a:
                return $"ExceptionHandling.QuietAttribute({QuietLookup(a.Value)}, {CSharpNames.Literal(context.Scope.Mangle(a.Attr))})";
            case Syntax.Ast.Tuple t:
                return "ExceptionHandling.QuietTuple(new PyObject?[] { " + string.Join(", ", t.Elts.Select(QuietLookup)) + " })";
            default:
                throw new UnsupportedConstruct(e, "except clause class " + UnsupportedConstruct.Describe(e));
        }
    }
}
