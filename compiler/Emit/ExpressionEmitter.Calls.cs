using System.Globalization;
using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Calls: fixed-arity fast paths, keyword names, and method calls without bound-method objects.</summary>
public sealed partial class ExpressionEmitter
{
    // The operations (calls, subscripts, attribute reads, divisions, a callee's load) made ahead of
    // their statement, one after another, and where each value is.
    private readonly Dictionary<Expr, (string Code, bool Unboxed)> _spilled = new(ReferenceEqualityComparer.Instance);
    private Call? _variantCall;

    // str(n) / hex(n) items of a % tuple, emitted as Unboxed items (see PercentItems).
    private readonly HashSet<Call> _percentTextItems = new(ReferenceEqualityComparer.Instance);
    private Call? _plainMethodCall;

    /// <summary>For a direct call the statement emitter can take a pending exception from: the variant helper, or null.</summary>
    public string? VariantCallHelper(Call c)
    {
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null)) return null;
        if (c.Func is Attribute method) return DirectMethodVariantHelper(c, method) ?? PendingMethodHelper(c, method);
        if (c.Func is not Name n || context.Resolve(n.Id).Storage != NameStorage.Global) return null;
        if (Module.DirectFunctionNamed(context.Scope.Mangle(n.Id)) is not { Variant: not null } fn) return PendingBuiltinHelper(c, n);
        if (c.Keywords.Any(k => k.Arg!.StartsWith("__", StringComparison.Ordinal))) return null;
        return Module.DirectCallHelper(fn, c.Args.Count, c.Keywords.Select(k => k.Arg!).ToList(), variant: true);
    }

    /// <summary>
    /// <c>o.name(args)</c> on a name, of a direct method (see DirectMethodCallHelper) that has a body
    /// variant and no numeric entry (whose own helper takes it): the helper that calls the variant
    /// while o's class gives that def, so a raise in it reaches this statement without a throw.
    /// </summary>
    private string? DirectMethodVariantHelper(Call c, Attribute method)
    {
        if (method is not { Ctx: ExprContext.Load, Value: Name } || IsOpenCall(method.Value) || PassesOpened(c) || ReferenceEquals(c, _plainMethodCall)) return null;
        var name = context.Scope.Mangle(method.Attr);
        if (name != method.Attr || c.Keywords.Any(k => k.Arg!.StartsWith("__", StringComparison.Ordinal)) || NumericTarget(c) is not null) return null;
        var keywords = c.Keywords.Select(k => k.Arg!).ToList();
        var builtin = c.Keywords.Count == 0 ? BuiltinMethodEntry(name, c.Args.Count) : null;
        if (Module.DirectMethodNamed(name, ModuleEmitter.SelfClass(method, context.Scope)) is { } fn)
        {
            return fn.Variant is null ? null : Module.DirectMethodCallHelper(fn, c.Args.Count, keywords, variant: true, builtin);
        }
        return Module.DirectMethodsNamed(name) is { } fns ? Module.PolymorphicMethodCallHelper(fns, c.Args.Count, keywords, variant: true, builtin) : null;
    }

    /// <summary>
    /// <c>int(s)</c>, <c>float(s)</c>, <c>next(it)</c>, <c>getattr(o, name)</c> of a global name that is
    /// no def of this module: the Runtime.Operations.PendingCalls entry that takes the builtin's
    /// error pending while the name still holds the builtin (and calls whatever it holds otherwise).
    /// </summary>
    private string? PendingBuiltinHelper(Call c, Name n)
    {
        if (c.Keywords.Count > 0 || Module.DirectFunctionNamed(context.Scope.Mangle(n.Id)) is not null) return null;
        return (n.Id, c.Args.Count) switch
        {
            ("int" or "float" or "next", 1) => "PendingCalls.Call1",
            ("getattr", 2) => "PendingCalls.Call2",
            _ => null,
        };
    }

    /// <summary>
    /// <c>o.index(x)</c>, <c>o.remove(x)</c>, <c>o.pop(k)</c>, <c>o.send(v)</c> on a name, where no class
    /// of this module defines the method directly: the PendingCalls entry that takes an exact list's,
    /// str's or dict's error, or a generator's or coroutine's end, pending (and calls the method otherwise).
    /// </summary>
    private string? PendingMethodHelper(Call c, Attribute method)
    {
        if (method is not { Ctx: ExprContext.Load, Value: Name } || c.Keywords.Count > 0 || c.Args.Count != 1) return null;
        if (IsOpenCall(method.Value) || PassesOpened(c) || ReferenceEquals(c, _plainMethodCall)) return null;
        if (DirectMethodCallHelper(c, method) is not null || NumericTarget(c) is not null) return null;
        return method.Attr switch
        {
            "index" => "PendingCalls.Index",
            "remove" => "PendingCalls.Remove",
            "pop" => "PendingCalls.Pop",
            "send" => "PendingCalls.Send",
            _ => null,
        };
    }

    /// <summary>
    /// The call <paramref name="c"/> through its variant helper: a PyObject? that is null when an
    /// exception is pending, or for a def's numeric entry an Unboxed that IsPending then.
    /// </summary>
    public string EmitVariantCall(Call c)
    {
        _variantCall = c;
        try
        {
            if (!TracksPlaces) return EmitCallExpr(c).Code;
            // Its own operation (its place stored after its operands), read by a statement after it.
            _depth++;
            try
            {
                return EmitOperation(c, () => EmitCallExpr(c)).Code;
            }
            finally
            {
                _depth--;
            }
        }
        finally
        {
            _variantCall = null;
        }
    }

    /// <summary>The statement emitted next reads the value of <paramref name="c"/>, already called, from <paramref name="code"/>.</summary>
    public void UseSpilledCall(Expr c, string code, bool unboxed = false) => _spilled.Add(c, (code, unboxed));

    /// <summary>Whether <paramref name="e"/> was made ahead of its statement and waits to be read.</summary>
    public bool IsSpilled(Expr e) => _spilled.ContainsKey(e);

    /// <summary>
    /// Whether <c>o[key]</c> can go ahead of its statement through <c>Subscript.GetItemOrPending</c>
    /// (or <c>Unboxed.GetItemOrPending</c> for a numeric key), its operands evaluated in the spill
    /// as they would be in the statement. Under a handler any item read but a slice's; elsewhere (a
    /// body variant, where the error may well go uncaught) only an object key on a name or a
    /// constant: the numeric reads keep their inlined forms (Unboxed.NumberAt).
    /// </summary>
    public bool CanSpillSubscript(Subscript s, bool underHandler) =>
        s.Ctx == ExprContext.Load && s.Slice is not Slice
        && (underHandler || (s.Value is Name && s.Slice is Name or Constant && !IsNumeric(s.Slice)));

    /// <summary>
    /// Whether <c>a / b</c>, <c>a // b</c> or <c>a % b</c> can go ahead of its statement through the
    /// Unboxed entry that leaves a zero divisor's ZeroDivisionError pending: one computed unboxed
    /// (the statement emitter asks only under a handler).
    /// </summary>
    public bool CanSpillDivision(BinOp b) =>
        b.Op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod && StoresOnFailure(b)
        // A nonzero constant divisor leaves nothing pending: `t[i % 6]` spills the subscript instead.
        && CanSpillInPlaceDivision(b.Op, b.Right);

    private static bool IsZero(object? value) => value is System.Numerics.BigInteger i ? i.IsZero : value is double d && d == 0.0;

    /// <summary>The division <paramref name="b"/> for the statement emitter: an Unboxed that IsPending when its ZeroDivisionError is.</summary>
    public string EmitPendingDivision(BinOp b) =>
        EmitPendingLookup(b, () => EmittedExpr.Unboxed($"Unboxed.{UnboxedOperator(b.Op)}OrPending({Unboxed(b.Left)}, {Unboxed(b.Right)}{AtFailure(b)})"));

    /// <summary>
    /// <c>x op= y</c> of an unboxed local and a division operator, for the statement emitter: an
    /// Unboxed that IsPending when its ZeroDivisionError is, the operation at <paramref name="place"/>.
    /// </summary>
    public string EmitPendingInPlaceDivision(Name target, BinaryOperator op, Expr value, int place)
    {
        var code = $"Unboxed.{UnboxedOperator(op)}InPlaceOrPending({Emit(target).Code}, {Unboxed(value)}{AtFailure(place)})";
        if (TracksPlaces) Forget();
        return code;
    }

    /// <summary>Whether <c>x op= value</c> can leave a zero divisor's error pending: a division operator whose divisor is no nonzero constant.</summary>
    public static bool CanSpillInPlaceDivision(BinaryOperator op, Expr value) =>
        op is BinaryOperator.Div or BinaryOperator.FloorDiv or BinaryOperator.Mod
        && !(value is Constant { Value: System.Numerics.BigInteger or double } k && TypeInference.IsNumberConstant(k) && !IsZero(k.Value));

    /// <summary>Whether <c>o.name</c> can go ahead of its statement through <c>Attributes.GetAttrOrPending</c>: a read of a name's attribute.</summary>
    public bool CanSpillAttribute(Attribute a) => a is { Ctx: ExprContext.Load, Value: Name };

    /// <summary>
    /// <c>o[key]</c> for the statement emitter (see <see cref="CanSpillSubscript"/>): a PyObject?
    /// that is null when the lookup's KeyError or IndexError is pending instead of thrown.
    /// </summary>
    public string EmitPendingSubscript(Subscript s) => EmitPendingLookup(s, () => IsNumeric(s.Slice)
        ? EmittedExpr.Object($"Unboxed.GetItemOrPending({Obj(s.Value)}, {Unboxed(s.Slice)}{AtFailure(s)})")
        : EmittedExpr.Object($"Subscript.GetItemOrPending({Obj(s.Value)}, {Obj(s.Slice)})"));

    /// <summary><c>o.name</c> for the statement emitter: a PyObject? that is null when its AttributeError is pending.</summary>
    public string EmitPendingAttribute(Attribute a) =>
        EmitPendingLookup(a, () => EmittedExpr.Object($"Attributes.GetAttrOrPending({Obj(a.Value)}, {Module.AttributeSite(context.Scope.Mangle(a.Attr))})"));

    private string EmitPendingLookup(Expr s, Func<EmittedExpr> emit)
    {
        if (!TracksPlaces) return emit().Code;
        _depth++;
        try
        {
            return EmitOperation(s, emit).Code;
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The direct def whose numeric entry the call <paramref name="c"/> goes to, or null.</summary>
    public DirectFunction? NumericTarget(Call c) => c.Func switch
    {
        Name n when context.Resolve(n.Id).Storage == NameStorage.Global => Module.NumericCallTarget(c, context.Scope),
        // A method call kept plain for IterOf/UnpackOf to rewrite stays an object.
        Attribute { Ctx: ExprContext.Load } when !ReferenceEquals(c, _plainMethodCall) => Module.NumericCallTarget(c, context.Scope),
        _ => null,
    };

    private bool IsNumericCall(Call c) => NumericTarget(c) is not null || Module.MathImports.FunctionCalled(c, context.Scope) is not null || NumberBuiltin(c) is not null;

    /// <summary>
    /// "len" or "int" for <c>len(x)</c> or <c>int(x)</c> of the builtin's global name (see
    /// Semantics.NumberBuiltins) where no def of this module takes the call; else null.
    /// </summary>
    private string? NumberBuiltin(Call c) =>
        NumberBuiltins.FunctionCalled(c, context.Scope) is { } name && Module.DirectFunctionNamed(context.Scope.Mangle(name)) is null ? name : null;

    /// <summary>Whether the call <paramref name="c"/>, made ahead of its statement, gives an Unboxed struct (pending when it is the default one).</summary>
    public bool SpillsUnboxed(Call c) => NumericTarget(c) is not null || NumberBuiltin(c) == "int";

    /// <summary>A call: through a def's numeric entry (an Unboxed result), else as an object.</summary>
    private EmittedExpr EmitCallExpr(Call c)
    {
        if (_spilled.ContainsKey(c)) return TakeSpilled(c);
        if (_percentTextItems.Remove(c) && NumberTextCall(c, asItem: true) is { } item) return EmittedExpr.Unboxed(item);
        if (Module.MathImports.FunctionCalled(c, context.Scope) is { } math) return EmitMathCall(c, math);
        if (NumericTarget(c) is not { } fn) return NumberBuiltin(c) is { } builtin ? EmitNumberBuiltinCall(c, builtin) : EmittedExpr.Object(EmitCall(c));
        if (fn.IsMethod) return EmitNumericMethodCall(c, (Attribute)c.Func, fn);
        var callee = Obj(c.Func);
        var args = c.Args.Select((a, i) => fn.UnboxedParameter(i) ? Unboxed(a) : Obj(a)).ToList();
        if (CallLine(c) is { } line)
        {
            if (args.Count == 0) callee = AtLine(callee, line);
            else args[^1] = AtLine(args[^1], line);
        }
        var helper = Module.NumericCallHelper(fn, c.Args.Count, ReferenceEquals(c, _variantCall));
        return EmittedExpr.Unboxed($"{helper}({string.Join(", ", [callee, .. args])})");
    }

    /// <summary>
    /// <c>o.name(args)</c> of a direct method with a numeric entry: the receiver, then the arguments
    /// (unboxed where the entry takes numbers), to a helper that checks o's class still gives
    /// that def for the name.
    /// </summary>
    private EmittedExpr EmitNumericMethodCall(Call c, Attribute method, DirectFunction fn)
    {
        var self = Obj(method.Value);
        var args = c.Args.Select((a, i) => fn.UnboxedParameter(i + 1) ? Unboxed(a) : Obj(a)).ToList();
        if (CallLine(c) is { } line)
        {
            if (args.Count == 0) self = AtLine(self, line);
            else args[^1] = AtLine(args[^1], line);
        }
        var site = Module.AttributeSite(method.Attr);
        return EmittedExpr.Unboxed($"{Module.NumericMethodCallHelper(fn, c.Args.Count, ReferenceEquals(c, _variantCall))}({string.Join(", ", [self, site, .. args])})");
    }

    /// <summary>
    /// <c>sqrt(x)</c> or <c>math.sqrt(x)</c> (see Semantics.MathImports): the callee as loaded,
    /// then the argument unboxed, to an entry that runs the C function while the callee is still
    /// math's and calls it otherwise.
    /// </summary>
    private EmittedExpr EmitMathCall(Call c, string function)
    {
        var callee = Obj(c.Func);
        var arg = Unboxed(c.Args[0]);
        if (CallLine(c) is { } line) arg = AtLine(arg, line);
        return EmittedExpr.Unboxed($"PyPack.Runtime.Modules.Mathematics.MathCalls.{char.ToUpperInvariant(function[0])}{function[1..]}({callee}, {arg})");
    }

    /// <summary>
    /// <c>len(x)</c> or <c>int(x)</c> (see <see cref="NumberBuiltin"/>): the callee as loaded, then the
    /// argument, to the Unboxed entry that computes the number while the callee is the builtin and
    /// calls it otherwise; made ahead of its statement, int's entry that leaves its ValueError pending.
    /// </summary>
    private EmittedExpr EmitNumberBuiltinCall(Call c, string builtin)
    {
        var callee = Obj(c.Func);
        // int() of a number computed unboxed takes it as it is (its entry truncates a float without boxing it).
        var value = Emit(c.Args[0]);
        var arg = builtin == "int" && value.Kind == ValueKind.Unboxed ? value.Code : value.AsObject;
        if (CallLine(c) is { } line) arg = AtLine(arg, line);
        var entry = builtin == "len" ? "CallLen" : ReferenceEquals(c, _variantCall) ? "CallIntOrPending" : "CallInt";
        return EmittedExpr.Unboxed($"Unboxed.{entry}({callee}, {arg})");
    }

    /// <summary>Whether a call handed to <see cref="UseSpilledCall"/> was not read back (it must be, exactly once).</summary>
    public bool SpilledCallPending => _spilled.Count > 0;

    /// <summary><c>open(...)</c> with the module's (or builtins') <c>open</c>: a fresh file nothing else holds.</summary>
    private bool IsOpenCall(Expr e) =>
        e is Call { Func: Name { Id: "open" } } && context.Resolve("open").Storage == NameStorage.Global;

    /// <summary><c>json.dump(data, open(p, "w"))</c>: a fresh file among the arguments (see TemporaryFiles).</summary>
    private bool PassesOpened(Call c) => c.Args.Any(IsOpenCall) || c.Keywords.Any(k => IsOpenCall(k.Value));

    /// <summary>A zero-argument <c>super()</c> with the builtin <c>super</c>.</summary>
    private bool IsZeroArgumentSuper(Expr e) =>
        e is Call { Func: Name { Id: "super" }, Args.Count: 0, Keywords.Count: 0 } && context.Resolve("super").Storage == NameStorage.Global;

    /// <summary>
    /// <c>super().name(a, b)</c> (up to two positionals, no keywords) in a method with a first argument,
    /// called straight: the class super() takes (its checks made where super() runs, in the receiver's
    /// place) and the first argument go to Attributes.CallSuperMethodN, which runs the method found
    /// after that class in the instance's MRO without making the super object. Not for a receiver kept
    /// in a temporary (Capturing: what the call's result may own) or computed ahead, nor for the calls
    /// that take other routes (a variant, one passed a fresh file): they keep the super object.
    /// </summary>
    private bool IsSuperMethodCall(Call c, Attribute method) =>
        c.Keywords.Count == 0 && c.Args.Count <= 2 && IsZeroArgumentSuper(method.Value) && context.FirstArgument is not null
        && !ReferenceEquals(c, _captureCall) && !ReferenceEquals(c, _variantCall) && !_spilled.ContainsKey(method.Value) && !PassesOpened(c);

    // The super() being emitted as the receiver of a super method call: it gives its class, not a super object.
    private Expr? _superClassCall;

    /// <summary>A zero-argument super() as CPython's compiler passes it: the method's class cell and first argument, to <paramref name="entry"/>.</summary>
    private string ZeroArgumentSuper(string entry)
    {
        var cell = context.Cells.TryGetValue("__class__", out var cc) ? cc : "null";
        return $"PySuper.{entry}({cell}, {context.FirstArgument ?? "null"})";
    }

    private string EmitCall(Call c)
    {
        if (_spilled.ContainsKey(c)) return TakeSpilled(c).AsObject;
        if (_holding is { } holding && ReferenceEquals(holding.Call, c)) return EmitHoldingCall(c, holding.Callee, holding.Owns);
        // Zero-argument super(): the method's class cell and first argument, as CPython's compiler passes them.
        if (IsZeroArgumentSuper(c)) return ZeroArgumentSuper(ReferenceEquals(c, _superClassCall) ? "ZeroArgumentClass" : "ZeroArgument");
        if (IsNamespaceCall(c, out var builtin)) return EmitNamespaceCall(c, builtin);
        if (NumberTextCall(c) is { } numberText) return numberText;
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null)) return EmitUnpackedCall(c);
        if (!ReferenceEquals(c, _variantCall) && DirectCallHelper(c) is null && EmitFusedGenexprCall(c, CallLine(c)) is { } fused) return fused;
        if (!ReferenceEquals(c, _variantCall) && EmitOwningCall(c) is { } owning) return owning;
        if (IsInstanceCall(c)) return EmitIsInstanceCall(c);
        if (IsTypeCall(c)) return EmitTypeCall(c);
        // The callee (or the method's object) is emitted first, then the arguments: the order they
        // run in, which the places stored along the way follow.
        var method = c.Func is Attribute { Ctx: ExprContext.Load } m ? m : null;
        var superMethod = method is not null && IsSuperMethodCall(c, method);
        _superClassCall = superMethod ? method!.Value : null;
        var first = Captured(c, Obj(method is not null ? method.Value : c.Func));
        _superClassCall = null;
        var emittedArgs = c.Args.Select(Emit).ToList();
        var args = emittedArgs.Select(e => e.AsObject).ToList();
        args.AddRange(c.Keywords.Select(k => Obj(k.Value)));
        var kwnames = c.Keywords.Count == 0 ? "null" : Module.KeywordNames(c.Keywords.Select(k => k.Arg!).ToList());
        var callLine = CallLine(c);

        // obj.method(...) calls the method without making a bound method object.
        if (method is not null)
        {
            var self = first;
            if (callLine is { } ml)
            {
                if (args.Count == 0) self = AtLine(self, ml);
                else args[^1] = AtLine(args[^1], ml);
            }
            var site = Module.AttributeSite(context.Scope.Mangle(method.Attr));
            if (IsOpenCall(method.Value))
            {
                // open(p, "w").write(s): the file is closed when the call ends, as CPython frees it.
                var open = QuietLookup(((Call)method.Value).Func);
                return (args.Count, c.Keywords.Count) switch
                {
                    (0, 0) => $"TemporaryFiles.CallOnOpened0({self}, {site}, {open})",
                    (1, 0) => $"TemporaryFiles.CallOnOpened1({self}, {site}, {args[0]}, {open})",
                    _ => $"TemporaryFiles.CallOnOpened({self}, {site}, {Span(args)}, {kwnames}, {open})",
                };
            }
            if (PassesOpened(c)) return $"TemporaryFiles.CallMethodPassingOpened({self}, {site}, {Span(args)}, {kwnames})";
            if (ReferenceEquals(c, _variantCall)) return $"{VariantCallHelper(c)}({string.Join(", ", [self, site, .. args])})";
            if (superMethod) return $"Attributes.CallSuperMethod{args.Count}({string.Join(", ", [self, context.FirstArgument + "!", site, .. args])})";
            if (!ReferenceEquals(c, _plainMethodCall) && DirectMethodCallHelper(c, method) is { } direct) return $"{direct}({string.Join(", ", [self, site, .. args])})";
            if (!ReferenceEquals(c, _plainMethodCall) && c.Keywords.Count == 0 && BuiltinMethodEntry(method.Attr, args.Count) is { } builtinMethod)
            {
                // A list's or set's argument stays unboxed: an int goes into an exact set without becoming an object.
                if (builtinMethod is not ("Get" or "Pop") && emittedArgs[0].Kind == ValueKind.Unboxed)
                {
                    args[0] = callLine is { } al ? AtLine(emittedArgs[0].Code, al) : emittedArgs[0].Code;
                }
                return $"BuiltinMethodCalls.{builtinMethod}({string.Join(", ", [self, site, .. args])})";
            }
            return (args.Count, c.Keywords.Count) switch
            {
                (0, 0) => $"Attributes.CallMethod0({self}, {site})",
                (1, 0) => $"Attributes.CallMethod1({self}, {site}, {args[0]})",
                (2, 0) => $"Attributes.CallMethod2({self}, {site}, {args[0]}, {args[1]})",
                _ => $"Attributes.CallMethod({self}, {site}, {Span(args)}, {kwnames})",
            };
        }
        var callee = first;
        if (callLine is { } line)
        {
            if (args.Count == 0) callee = AtLine(callee, line);
            else args[^1] = AtLine(args[^1], line);
        }
        if (ReferenceEquals(c, _variantCall)) return $"{VariantCallHelper(c)}({string.Join(", ", [callee, .. args])})";
        if (DirectCallHelper(c) is { } helper) return $"{helper}({string.Join(", ", [callee, .. args])})";
        if (ConstructorCallHelper(c) is { } construct) return $"{construct}({string.Join(", ", [callee, .. args])})";
        if (PassesOpened(c)) return $"TemporaryFiles.CallPassingOpened({callee}, {Span(args)}, {kwnames})";
        if (c.Keywords.Count == 0 && LoopCallCode(c, callee, args) is { } taken) return taken;
        return (args.Count, c.Keywords.Count) switch
        {
            (0, 0) => $"{callee}.Call0()",
            (1, 0) => $"{callee}.Call1({args[0]})",
            (2, 0) => $"{callee}.Call2({args[0]}, {args[1]})",
            (3, 0) => $"{callee}.Call3({args[0]}, {args[1]}, {args[2]})",
            _ => $"{callee}.Call({Span(args)}, {kwnames})",
        };
    }

    /// <summary>
    /// The Runtime.Operations.BuiltinMethodCalls entry of <c>o.name(x)</c>: list's and set's one-argument
    /// mutators, list.pop() and dict.get, run in place on an exact list, set or dict and called as methods on
    /// anything else. Where a class of this module defines the name, DirectMethodCallHelper's helper
    /// tries that def first and ends with this entry.
    /// </summary>
    private static string? BuiltinMethodEntry(string name, int arity) => (name, arity) switch
    {
        ("append", 1) => "Append",
        ("pop", 0) => "Pop",
        ("add", 1) => "Add",
        ("discard", 1) => "Discard",
        ("remove", 1) => "Remove",
        ("get", 1 or 2) => "Get",
        _ => null,
    };

    /// <summary><c>isinstance(x, cls)</c> by the global name (whatever it holds at run time), positional arguments only.</summary>
    private bool IsInstanceCall(Call c) =>
        c is { Func: Name { Id: "isinstance" } n, Args.Count: 2, Keywords.Count: 0 } && !c.Args.Any(a => a is Starred)
        && IsBuiltinName(n) && !ReferenceEquals(c, _variantCall) && !PassesOpened(c);

    /// <summary>
    /// <c>isinstance(x, cls)</c>: the callee as loaded, then the arguments, to Runtime.Operations.TypeTests,
    /// which tests the instance itself while the callee is the builtin and calls it otherwise.
    /// </summary>
    private string EmitIsInstanceCall(Call c)
    {
        var callee = Captured(c, Obj(c.Func));
        var x = Obj(c.Args[0]);
        var cls = Obj(c.Args[1]);
        if (CallLine(c) is { } line) cls = AtLine(cls, line);
        return $"TypeTests.CallIsInstance({callee}, {x}, {cls})";
    }

    /// <summary><c>type(x)</c> by the global name, one positional argument.</summary>
    private bool IsTypeCall(Call c) =>
        c is { Func: Name { Id: "type" } n, Args: [not Starred], Keywords.Count: 0 } && IsBuiltinName(n) && !ReferenceEquals(c, _variantCall) && !PassesOpened(c);

    /// <summary><c>type(x)</c>: the callee as loaded, then the argument, to TypeTests.CallType (x's class while the callee is type).</summary>
    private string EmitTypeCall(Call c)
    {
        var callee = Captured(c, Obj(c.Func));
        var x = Obj(c.Args[0]);
        if (CallLine(c) is { } line) x = AtLine(x, line);
        return $"TypeTests.CallType({callee}, {x})";
    }

    /// <summary>Whether <paramref name="c"/> is <c>str(n)</c> or <c>hex(n)</c> of a number kept unboxed, with the global name.</summary>
    private bool IsNumberTextCall(Call c) =>
        c is { Func: Name { Id: "str" or "hex" } n, Args.Count: 1, Keywords.Count: 0 } && c.Args[0] is not Starred
        && context.Resolve(n.Id).Storage == NameStorage.Global && IsNumeric(c.Args[0]) && CallLine(c) is null;

    /// <summary>
    /// <c>str(n)</c> or <c>hex(n)</c> of a number kept unboxed: a helper that formats an int
    /// without boxing it while the global still holds the builtin, and calls it otherwise.
    /// As a % item (<paramref name="asItem"/>), an Unboxed that holds the number itself while the
    /// builtin is in place (Unboxed.ItemStr, ItemHex).
    /// </summary>
    private string? NumberTextCall(Call c, bool asItem = false)
    {
        if (!IsNumberTextCall(c)) return null;
        var n = (Name)c.Func;
        var callee = Obj(c.Func);
        var helper = n.Id == "str" ? (asItem ? "ItemStr" : "CallStr") : (asItem ? "ItemHex" : "CallHex");
        return $"Unboxed.{helper}({callee}, {Unboxed(c.Args[0])})";
    }

    /// <summary>
    /// For <c>f(...)</c> where global <c>f</c> is bound by a module-level def of this module: the
    /// helper that calls its C# method directly while the global still holds that function.
    /// </summary>
    private string? DirectCallHelper(Call c)
    {
        if (c.Func is not Name n || context.Resolve(n.Id).Storage != NameStorage.Global) return null;
        if (Module.DirectFunctionNamed(context.Scope.Mangle(n.Id)) is not { } fn) return null;
        // Keyword names are compared as written; leave private-looking ones to the dynamic call.
        if (c.Keywords.Any(k => k.Arg!.StartsWith("__", StringComparison.Ordinal))) return null;
        return Module.DirectCallHelper(fn, c.Args.Count, c.Keywords.Select(k => k.Arg!).ToList());
    }

    /// <summary>
    /// For <c>C(...)</c> where global <c>C</c> names a module-level class of this module with a
    /// direct <c>__init__</c>: the helper that makes the instance and calls that __init__'s C#
    /// method while calling C still comes down to exactly that (see ModuleEmitter.ConstructorCallHelper).
    /// </summary>
    private string? ConstructorCallHelper(Call c)
    {
        if (c.Func is not Name n || context.Resolve(n.Id).Storage != NameStorage.Global || PassesOpened(c)) return null;
        if (c.Keywords.Any(k => k.Arg!.StartsWith("__", StringComparison.Ordinal))) return null;
        if (Module.DirectInitOfClass(context.Scope.Mangle(n.Id)) is not { } init) return null;
        return Module.ConstructorCallHelper(init, c.Args.Count, c.Keywords.Select(k => k.Arg!).ToList());
    }

    /// <summary>
    /// For <c>o.name(...)</c> where a module-level class of this module defines <c>name</c> as a
    /// plain method (the only one of that name, or the enclosing class's for a call on the
    /// method's first parameter): the helper that calls its C# method directly while o's class
    /// gives that very function. With several defs of the name and no such guess, a helper that
    /// calls whichever of them o's class gives.
    /// </summary>
    private string? DirectMethodCallHelper(Call c, Attribute method)
    {
        var name = context.Scope.Mangle(method.Attr);
        if (name != method.Attr || c.Keywords.Any(k => k.Arg!.StartsWith("__", StringComparison.Ordinal))) return null;
        var keywords = c.Keywords.Select(k => k.Arg!).ToList();
        // A name list, set or dict has too (append, add...): an exact one runs the builtin's method in place.
        var builtin = c.Keywords.Count == 0 ? BuiltinMethodEntry(name, c.Args.Count) : null;
        if (Module.DirectMethodNamed(name, ModuleEmitter.SelfClass(method, context.Scope)) is { } fn) return Module.DirectMethodCallHelper(fn, c.Args.Count, keywords, builtinEntry: builtin);
        // Several defs of the name and no single guess: each is compared with what o's class gives.
        return Module.DirectMethodsNamed(name) is { } fns ? Module.PolymorphicMethodCallHelper(fns, c.Args.Count, keywords, builtinEntry: builtin) : null;
    }

    /// <summary>
    /// The line a call reports when it raises, if the enclosing statement's line is not it: CPython
    /// gives each call its own line (a method call the line its name is on), so in a statement
    /// spread over lines (or a compound one, whose body moved the line on) the call sets it,
    /// after its arguments (which may set their own) and before calling.
    /// </summary>
    private int? CallLine(Call c)
    {
        // Positions carry their own lines where places are tracked.
        if (context.CurrentStatement is not { } stmt || TracksPlaces) return null;
        var line = c.Func is Attribute a ? a.EndLine : c.Line;
        return stmt.Line == stmt.EndLine && line == stmt.Line ? null : line;
    }

    /// <summary><paramref name="value"/>, then the frame's line set to <paramref name="line"/> (C# evaluates arguments in order).</summary>
    private string AtLine(string value, int line) =>
        $"CallerLine.After({value}, {context.LineVar} = {line.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// <c>f(a, *b, x=1, **m)</c>: the callee first, then positional items into a list and keywords
    /// into a dict, in source order (CPython evaluates all positionals before keywords).
    /// </summary>
    private string EmitUnpackedCall(Call c)
    {
        // A method is read as an attribute, its own operation (CPython's LOAD_ATTR before a call with a star).
        var callee = c.Func is Attribute { Ctx: ExprContext.Load } method ? Obj(method) : Captured(c, Obj(c.Func));
        if (EmitStarCall(c, callee) is { } direct) return direct;
        var calleeTemp = context.NewTemp();
        // CPython names the function in a star's error only when the star is the only positional.
        var loneStar = c.Args is [Starred];
        var args = new System.Text.StringBuilder($"new PyList({IntLiteral(c.Args.Count)})");
        foreach (var a in c.Args)
        {
            if (loneStar) args = new System.Text.StringBuilder(Obj(((Starred)a).Value)); // converted at the call, after the keywords
            else if (a is Starred st) args.Insert(0, "UnpackedCall.Star(").Append($", null, {Obj(st.Value)})");
            else args.Append($".With({Obj(a)})");
        }
        var kwargs = "null";
        if (c.Keywords.Count > 0)
        {
            var sb = new System.Text.StringBuilder("new PyDict()");
            foreach (var k in c.Keywords)
            {
                sb.Insert(0, k.Arg is null ? "UnpackedCall.DoubleStar(" : "UnpackedCall.Keyword(");
                sb.Append(k.Arg is null ? $", {calleeTemp}, {Obj(k.Value)})" : $", {calleeTemp}, {CSharpNames.Literal(k.Arg)}, {Obj(k.Value)})");
            }
            kwargs = sb.ToString();
        }
        return loneStar
            ? $"UnpackedCall.CallLoneStar(({calleeTemp} = {callee}), {args}, {kwargs})"
            : $"UnpackedCall.Call(({calleeTemp} = {callee}), {args}, {kwargs})";
    }

    /// <summary>
    /// The common shapes <c>f(a, *args)</c>, <c>f(*args, **kwargs)</c>, <c>f(a, **kwargs)</c>: at most
    /// one starred value, last among the positionals, and at most one <c>**</c> mapping as the only
    /// keyword. They are passed on without the list and dict of the general form (a tuple's items
    /// are not even copied); null for other shapes.
    /// </summary>
    private string? EmitStarCall(Call c, string callee)
    {
        var starCount = c.Args.Count(a => a is Starred);
        if (starCount > 1 || (starCount == 1 && c.Args[^1] is not Starred)) return null;
        if (c.Keywords.Count > 1 || (c.Keywords.Count == 1 && c.Keywords[0].Arg is not null)) return null;
        var leading = c.Args.Where(a => a is not Starred).Select(Obj).ToList();
        var star = starCount == 1 ? Obj(((Starred)c.Args[^1]).Value) : "null";
        var mapping = c.Keywords.Count == 1 ? Obj(c.Keywords[0].Value) : "null";
        return $"UnpackedCall.CallStar({callee}, {Span(leading)}, {star}, {mapping})";
    }

    /// <summary>Arguments as a span: C# builds it on the stack, so general calls need no array.</summary>
    private static string Span(List<string> args) =>
        args.Count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]";
}
