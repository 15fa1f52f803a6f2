using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Assignment in all its forms: plain, annotated, augmented, unpacking.</summary>
public sealed partial class StatementEmitter
{
    private void EmitAssign(Assign a)
    {
        if (a.Targets is [Name single] && context.IsUnboxed(single.Id))
        {
            w.Line($"{context.Resolve(single.Id).CSharpName} = {_expr.Unboxed(a.Value)};");
            return;
        }
        if (a.Targets is [Syntax.Ast.Tuple or List] && UnpackTargets(a.Targets[0]) is { } items && !items.Any(i => i is Starred))
        {
            if (a.Value is Syntax.Ast.Tuple or List && UnpackTargets(a.Value) is { } values && values.Count == items.Count && !values.Any(v => v is Starred))
            {
                EmitParallelAssign(items, values);
                return;
            }
            // a, b = value: the items straight from the value when the runtime can give them.
            var parts = context.NewTemp("PyObject[]");
            w.Line($"{parts} = {ToNames(items, _expr.UnpackOf(a.Value, items.Count, () => context.NewTemp("PyObject[]?"), _expr.CurrentPlace))};");
            for (var i = 0; i < items.Count; i++) StoreTo(items[i], $"{parts}[{i}]");
            return;
        }
        if (a.Targets is [Subscript { Slice: Slice targetSlice } sliceTarget] && a.Value is Subscript { Slice: Slice, Ctx: ExprContext.Load } source)
        {
            // t[d:e] = s[a:b]: the items pass through a list the function keeps instead of a new one each time.
            var scratch = context.NewTemp("PyList?");
            var slice = context.NewTemp();
            w.Line($"{slice} = {_expr.TemporarySlice(source, scratch)};");
            AtTarget(sliceTarget, () => w.Line($"Subscript.SetSliceFromTemporary({_expr.Obj(sliceTarget.Value)}, {_expr.SliceParts(targetSlice)}, {slice}, ref {scratch});"));
            return;
        }
        var emitted = _expr.Emit(a.Value);
        if (a.Targets is [Attribute attribute] && emitted.Kind == ValueKind.Unboxed)
        {
            // A number computed unboxed goes to the attribute unboxed (an instance reuses its float, see Attributes.SetAttrUnboxed).
            var number = context.NewTemp("Unboxed");
            w.Line($"{number} = {emitted.Code};");
            StoreUnboxedAttribute(attribute, number);
            return;
        }
        var value = emitted.AsObject;
        if (a.Targets.Count == 1 && a.Targets[0] is Name)
        {
            StoreTo(a.Targets[0], value);
            return;
        }
        var t = context.NewTemp();
        w.Line($"{t} = {value};");
        foreach (var target in a.Targets) StoreTo(target, t);
    }

    /// <summary>
    /// <c>a, b = x, y</c> with as many values as targets: every value is evaluated first, left to
    /// right, then each target is assigned in order, as CPython does, but without the tuple it
    /// would build and unpack (nothing can observe it, and the counts cannot mismatch). Unboxed
    /// locals keep their values unboxed in between.
    /// </summary>
    private void EmitParallelAssign(IReadOnlyList<Expr> targets, IReadOnlyList<Expr> values)
    {
        var temps = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var unboxed = (targets[i] is Name n && context.IsUnboxed(n.Id)) || (targets[i] is Attribute && _expr.IsNumeric(values[i]));
            temps[i] = context.NewTemp(unboxed ? "Unboxed" : "PyObject");
            w.Line($"{temps[i]} = {(unboxed ? _expr.Unboxed(values[i]) : _expr.Obj(values[i]))};");
        }
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] is Name n && context.IsUnboxed(n.Id)) w.Line($"{context.Resolve(n.Id).CSharpName} = {temps[i]};");
            else if (targets[i] is Attribute attribute && _expr.IsNumeric(values[i])) StoreUnboxedAttribute(attribute, temps[i]);
            else StoreTo(targets[i], temps[i]);
        }
    }

    private void EmitAnnAssign(AnnAssign a)
    {
        if (a.Value is not null && a.Target is Name n0 && context.IsUnboxed(n0.Id)) w.Line($"{context.Resolve(n0.Id).CSharpName} = {_expr.Unboxed(a.Value)};");
        else if (a.Value is not null) StoreTo(a.Target, _expr.Obj(a.Value));
        // In functions annotations are not evaluated; in module and class bodies they are, after
        // the value, and a simple name's goes into __annotations__.
        if (!context.IsModuleLevel && context.ClassNamespaceVar is null) return;
        if (context.Module.FutureAnnotations && a.Simple != 1) return; // nothing to store, nothing evaluated
        var annotation = _expr.Annotation(a.Annotation);
        if (a.Simple == 1 && a.Target is Name n)
        {
            w.Line($"Subscript.SetItem({AnnotationsDict()}, new PyStr({CSharpNames.Literal(n.Id)}), {annotation});");
        }
        else w.Line($"_ = {annotation};");
    }

    /// <summary>SETUP_ANNOTATIONS: a module or class body with annotations gets an <c>__annotations__</c> dict.</summary>
    public void EmitAnnotationsSetup()
    {
        var cell = context.Module.GlobalCell("__annotations__");
        w.Line(context.ClassNamespaceVar is { } ns
            ? $"if (!Comparison.Contains({ns}.Mapping, new PyStr(\"__annotations__\"))) {ns}.Store(\"__annotations__\", new PyDict());"
            : $"if ({cell}.Value is null) {cell}.Value = new PyDict();");
    }

    // LOAD_NAME __annotations__: the class namespace, then the module's globals.
    private string AnnotationsDict()
    {
        var cell = context.Module.GlobalCell("__annotations__");
        return context.ClassNamespaceVar is { } ns ? $"{ns}.Load(\"__annotations__\", {cell})" : $"{cell}.Get()";
    }

    /// <summary>
    /// <c>Unpacking.Unpack</c> becomes <c>Unpacking.UnpackToNames</c> (a list's items read in place,
    /// not copied) when every target is a function's local or cell: storing those runs no Python
    /// code, so nothing can change the list while its items are read.
    /// </summary>
    private string ToNames(IReadOnlyList<Expr> targets, string unpack)
    {
        const string call = "Unpacking.Unpack(";
        if (!unpack.StartsWith(call, StringComparison.Ordinal)) return unpack;
        foreach (var target in targets)
        {
            if (target is not Name n || context.Resolve(n.Id).Storage is not (NameStorage.Local or NameStorage.Unboxed or NameStorage.Cell)) return unpack;
        }
        return "Unpacking.UnpackToNames(" + unpack[call.Length..];
    }

    private static IReadOnlyList<Expr> UnpackTargets(Expr target) => target is Syntax.Ast.Tuple tu ? tu.Elts : ((List)target).Elts;

    /// <summary><c>o.name = number</c> with the number in the Unboxed local <paramref name="number"/> (evaluated before the object, as Python does).</summary>
    private void StoreUnboxedAttribute(Attribute a, string number) =>
        AtTarget(a, () => w.Line($"Attributes.SetAttrUnboxed({_expr.Obj(a.Value)}, {context.Module.AttributeSite(context.Scope.Mangle(a.Attr))}, {number});"));

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
                    var numericKey = s.Slice is not Slice && _expr.IsNumeric(s.Slice);
                    AtTarget(s, () => w.Line(s.Slice switch
                    {
                        Slice sl => $"Subscript.SetSlice({_expr.Obj(s.Value)}, {_expr.SliceParts(sl)}, {t});",
                        _ when ExpressionEmitter.ConstantIndex(s.Slice) is { } index => $"Unboxed.SetIndex({_expr.Obj(s.Value)}, {index}, {t}{_expr.AtFailure(s)});",
                        _ when numericKey => $"Unboxed.SetItem({_expr.Obj(s.Value)}, {_expr.Unboxed(s.Slice)}, {t}{_expr.AtFailure(s)});",
                        _ => $"Subscript.SetItem({_expr.Obj(s.Value)}, {_expr.Obj(s.Slice)}, {t});",
                    }), storesOnFailure: numericKey);
                    break;
                }
            case Attribute a:
                {
                    var t = context.NewTemp();
                    w.Line($"{t} = {value};");
                    AtTarget(a, () => w.Line($"Attributes.SetAttr({_expr.Obj(a.Value)}, {context.Module.AttributeSite(context.Scope.Mangle(a.Attr))}, {t});"));
                    break;
                }
            case Syntax.Ast.Tuple or List:
                {
                    var items = UnpackTargets(target);
                    var star = -1;
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is not Starred) continue;
                        if (star >= 0) throw new UnsupportedConstruct(items[i], "multiple starred expressions in assignment");
                        star = i;
                    }
                    var parts = context.NewTemp("PyObject[]");
                    var scratch = star < 0 ? context.NewTemp("PyObject[]?") : null;
                    // The value is a local or a temporary here (StoreTo's callers evaluate it before).
                    AtTarget(target, () => w.Line(star < 0
                        ? $"{parts} = {ToNames(items, $"Unpacking.Unpack({value}, {scratch} ??= new PyObject[{ExpressionEmitter.IntLiteral(items.Count)}])")};"
                        : $"{parts} = Unpacking.UnpackStarred({value}, {ExpressionEmitter.IntLiteral(star)}, {ExpressionEmitter.IntLiteral(items.Count - star - 1)});"));
                    for (var i = 0; i < items.Count; i++) StoreTo(items[i] is Starred st ? st.Value : items[i], $"{parts}[{i}]");
                    break;
                }
            default:
                throw new UnsupportedConstruct(target, "assignment to " + UnsupportedConstruct.Describe(target));
        }
    }

    /// <summary>The runtime entry for <c>x op= y</c>: + - * have their own with number fast paths.</summary>
    private static string InPlaceCall(Syntax.Ast.BinaryOperator op, string runtimeOp, string left, string right) => op switch
    {
        Syntax.Ast.BinaryOperator.Add => $"Arithmetic.InPlaceAdd({left}, {right})",
        Syntax.Ast.BinaryOperator.Sub => $"Arithmetic.InPlaceSubtract({left}, {right})",
        Syntax.Ast.BinaryOperator.Mult => $"Arithmetic.InPlaceMultiply({left}, {right})",
        _ => $"Arithmetic.InPlace({runtimeOp}, {left}, {right})",
    };

    private string AugAssignAtFailure(AugAssign a)
    {
        var at = _expr.AtFailure(context.Module.PositionId(a.Line, a.EndLine, a.Col, a.EndCol));
        if (at != "") _expr.Forget();
        return at;
    }

    /// <summary>Whether <c>x op= y</c> runs on Unboxed structs (see EmitUnboxedAugAssign).</summary>
    private bool IsUnboxedAugAssign(AugAssign a, out string unboxedOp)
    {
        unboxedOp = ExpressionEmitter.UnboxedOperator(a.Op) ?? "";
        return unboxedOp != "" && (_expr.IsNumeric(a.Value) || (a.Target is Name tn && context.IsUnboxed(tn.Id)));
    }

    /// <summary>
    /// Whether <paramref name="a"/>'s operations are all Unboxed ones told their places, so that
    /// nothing of the statement needs the place stored back after its value.
    /// </summary>
    private bool PlacesOnFailure(AugAssign a) =>
        IsUnboxedAugAssign(a, out _) && a.Target is Name or Subscript { Slice: not Slice } && (a.Target is Name || _expr.IsNumeric(((Subscript)a.Target).Slice));

    private void EmitAugAssign(AugAssign a)
    {
        var op = $"PyPack.Runtime.Objects.BinaryOperator.{a.Op}";
        if (IsUnboxedAugAssign(a, out var unboxedOp))
        {
            EmitUnboxedAugAssign(a, unboxedOp + "InPlace");
            return;
        }
        switch (a.Target)
        {
            case Name n:
                {
                    var current = _expr.Obj(n);
                    StoreTo(n, InPlaceCall(a.Op, op, current, _expr.Obj(a.Value)));
                    break;
                }
            case Subscript s:
                {
                    var obj = context.NewTemp();
                    var key = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(s.Value)};");
                    w.Line($"{key} = {_expr.Obj(s.Slice)};");
                    var read = PendingTargetItem(obj, key) ?? $"Subscript.GetItem({obj}, {key})";
                    w.Line($"Subscript.SetItem({obj}, {key}, {AtStatementSpan(a, () => _expr.Obj(a.Value), (current, value) => InPlaceCall(a.Op, op, current, value), read)});");
                    break;
                }
            case Attribute at:
                {
                    var obj = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(at.Value)};");
                    var current = $"Attributes.GetAttr({obj}, {context.Module.AttributeSite(context.Scope.Mangle(at.Attr))})";
                    w.Line($"Attributes.SetAttr({obj}, {context.Module.AttributeSite(context.Scope.Mangle(at.Attr))}, {AtStatementSpan(a, () => _expr.Obj(a.Value), (c, value) => InPlaceCall(a.Op, op, c, value), current)});");
                    break;
                }
            default:
                throw new UnsupportedConstruct(a.Target, "augmented assignment to " + UnsupportedConstruct.Describe(a.Target));
        }
    }

    /// <summary>
    /// <c>x op= number</c> on Unboxed structs: native for exact ints and floats; any other left
    /// operand takes the in-place protocol (a list's <c>+=</c> still extends it).
    /// </summary>
    private void EmitUnboxedAugAssign(AugAssign a, string method)
    {
        switch (a.Target)
        {
            case Name n when context.IsUnboxed(n.Id):
                {
                    var local = context.Resolve(n.Id).CSharpName;
                    w.Line($"{local} = Unboxed.{method}({_expr.Emit(n).Code}, {_expr.Unboxed(a.Value)}{AugAssignAtFailure(a)});");
                    break;
                }
            case Name n:
                StoreTo(n, $"Unboxed.{method}(Unboxed.Of({_expr.Obj(n)}), {_expr.Unboxed(a.Value)}{AugAssignAtFailure(a)}).Box()");
                break;
            case Subscript s:
                {
                    var obj = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(s.Value)};");
                    var numericKey = s.Slice is not Slice && _expr.IsNumeric(s.Slice);
                    if (ExpressionEmitter.ConstantIndex(s.Slice) is { } index && _expr.CurrentPlace is { } indexTarget)
                    {
                        // seq[k] op= value with a constant k: no key temporary, as the plain read and store.
                        var at = _expr.AtFailure(indexTarget);
                        var statement = context.Module.PositionId(a.Line, a.EndLine, a.Col, a.EndCol);
                        var v = _expr.WithPlaces(statement, () => _expr.Unboxed(a.Value), restoreAtTop: false);
                        w.Line($"Unboxed.SetIndex({obj}, {index}, Unboxed.{method}(Unboxed.NumberAt({obj}, {index}{at}), {v}{_expr.AtFailure(statement)}).Box(){at});");
                        _expr.Forget();
                        break;
                    }
                    var key = context.NewTemp(numericKey ? "Unboxed" : "PyObject");
                    w.Line($"{key} = {(numericKey ? _expr.Unboxed(s.Slice) : _expr.Obj(s.Slice))};");
                    var access = numericKey ? "Unboxed" : "Subscript";
                    if (numericKey && _expr.CurrentPlace is { } target)
                    {
                        // The read and the write at the target, the operator at the statement's span: each told its place.
                        var at = _expr.AtFailure(target);
                        var statement = context.Module.PositionId(a.Line, a.EndLine, a.Col, a.EndCol);
                        var v = _expr.WithPlaces(statement, () => _expr.Unboxed(a.Value), restoreAtTop: false);
                        w.Line($"Unboxed.SetItem({obj}, {key}, Unboxed.{method}(Unboxed.Of(Unboxed.GetItem({obj}, {key}{at})), {v}{_expr.AtFailure(statement)}).Box(){at});");
                        _expr.Forget();
                        break;
                    }
                    var current = (numericKey ? null : PendingTargetItem(obj, key)) ?? $"{access}.GetItem({obj}, {key})";
                    w.Line($"{access}.SetItem({obj}, {key}, {AtStatementSpan(a, () => _expr.Unboxed(a.Value), (c, value) => $"Unboxed.{method}(Unboxed.Of({c}), {value}).Box()", current)});");
                    break;
                }
            case Attribute at:
                {
                    var obj = context.NewTemp();
                    w.Line($"{obj} = {_expr.Obj(at.Value)};");
                    var site = context.Module.AttributeSite(context.Scope.Mangle(at.Attr));
                    // Read and stored unboxed: an instance's private float is overwritten (Attributes.SetAttrUnboxed).
                    w.Line($"Attributes.SetAttrUnboxed({obj}, {site}, {AtStatementSpan(a, () => _expr.Unboxed(a.Value), (c, value) => $"Unboxed.{method}({c}, {value})", $"Attributes.GetAttrUnboxed({obj}, {site})", ValueKind.Unboxed)});");
                    break;
                }
            default:
                throw new UnsupportedConstruct(a.Target, "augmented assignment to " + UnsupportedConstruct.Describe(a.Target));
        }
    }
}
