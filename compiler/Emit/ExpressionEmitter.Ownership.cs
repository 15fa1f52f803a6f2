using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Generators only a loop's hidden iterator holds: CPython drops (and so closes) them when the
/// loop is done, however it ends. What proves it without reference counts: the iterable is a
/// generator expression, or a call whose callee turns out at run time to be a generator function
/// (the callee, or a method call's object, is kept in a temporary for the check), or a class's
/// <c>__iter__</c> that is a generator function made the iterator.
/// <code>
/// for x in gen(a): ...   =>   it = Iteration.GetIter((v = (c = gen).Call1(a)));
///                             owned = PyGenerator.Owned(it, v, c);
///                             try { ... } finally { PyGenerator.CloseOwned(owned); }
/// </code>
/// </summary>
public sealed partial class ExpressionEmitter
{
    // The call whose callee (or method's object) EmitCall keeps in _captureTemp while OwnedIterOf emits it.
    private Call? _captureCall;
    private string? _captureTemp;
    private bool _captured;

    /// <summary>
    /// The iterator a loop takes over <paramref name="iterable"/> (as <see cref="IterOf"/>), and in
    /// <paramref name="owned"/> the code, to run right after it was stored in <paramref name="it"/>,
    /// that gives the generator only that iterator holds, or null. <paramref name="value"/> and
    /// <paramref name="callee"/> are PyObject temporaries of the caller's for the check.
    /// </summary>
    /// <param name="iterPlace">Where the iterator is taken when places are tracked (see <see cref="IterOf"/>).</param>
    public string OwnedIterOf(Expr iterable, string it, string value, string callee, out string owned, int? iterPlace = null)
    {
        string AtIter(string code) => iterPlace is { } p ? PlaceAfter(code, ValueKind.Object, p) : code;
        switch (iterable)
        {
            case GeneratorExp:
                owned = $"({it} as PyGenerator)";
                return IterOf(iterable, iterPlace);
            case Call { Func: Attribute method } call:
            {
                var code = Capturing(call, callee, () => IterOf(iterable, iterPlace), out var captured);
                owned = captured ? $"PyGenerator.OwnedByMethod({it}, {callee}, {Module.AttributeSite(context.Scope.Mangle(method.Attr))})" : "null";
                return code;
            }
            case Call call when IsHolderCall(call):
                return $"Iteration.GetIter({AtIter(EmitOwning(call, out owned))})";
            case Call call:
            {
                var code = Capturing(call, callee, () => Obj(iterable), out var captured);
                owned = $"PyGenerator.Owned({it}, {value}, {(captured ? callee : "null")})";
                return $"Iteration.GetIter({AtIter($"({value} = {code})")})";
            }
            default:
                owned = $"PyGenerator.Owned({it}, {value}, null)";
                return $"Iteration.GetIter({AtIter($"({value} = {Obj(iterable)})")})";
        }
    }

    /// <summary>
    /// <see cref="OwnedIterOf"/> for a loop that steps the LoopCursor <paramref name="cursor"/>:
    /// the statement that starts it, and in <paramref name="owned"/> the code (run after it) that
    /// gives the generator only the loop holds. With <paramref name="pairs"/> (the target unpacks
    /// two names), <c>enumerate(...)</c> or <c>zip(a, b)</c> is emitted so that the cursor takes the
    /// call over when the callee is the builtin (see LoopCursor.Call1).
    /// </summary>
    public string OwnedLoopStart(Expr iterable, string cursor, bool pairs, string value, string callee, out string owned)
    {
        var outer = _loopCall;
        _loopCall = pairs && iterable is Call call && IsTakenOverCall(call) ? (call, cursor) : null;
        try
        {
            switch (iterable)
            {
                case GeneratorExp:
                    owned = $"({cursor}.Iterator as PyGenerator)";
                    return LoopStart(iterable, cursor);
                case Call { Func: Attribute method } c:
                {
                    var code = Capturing(c, callee, () => LoopStart(iterable, cursor), out var captured);
                    owned = captured ? $"PyGenerator.OwnedByMethod({cursor}.Iterator, {callee}, {Module.AttributeSite(context.Scope.Mangle(method.Attr))})" : "null";
                    return code;
                }
                case Call c when IsHolderCall(c):
                    return $"{cursor}.Start({EmitOwning(c, out owned)})";
                case Call c:
                {
                    var code = Capturing(c, callee, () => Obj(iterable), out var captured);
                    owned = $"PyGenerator.Owned({cursor}.Iterator, {value}, {(captured ? callee : "null")})";
                    return $"{cursor}.Start(({value} = {code}))";
                }
                default:
                    owned = $"PyGenerator.Owned({cursor}.Iterator, {value}, null)";
                    return $"{cursor}.Start(({value} = {Obj(iterable)}))";
            }
        }
        finally
        {
            _loopCall = outer;
        }
    }

    // The enumerate or zip call a loop over pairs may take over, and that loop's cursor (see OwnedLoopStart).
    private (Call Call, string Cursor)? _loopCall;

    /// <summary><c>enumerate(xs)</c>, <c>enumerate(xs, start)</c> or <c>zip(xs, ys)</c> with the global name, positional arguments only.</summary>
    private bool IsTakenOverCall(Call c) =>
        c is { Func: Name { Id: "enumerate" or "zip" } n, Keywords.Count: 0 } && IsBuiltinName(n) && !c.Args.Any(a => a is Starred)
        && (n.Id == "zip" ? c.Args.Count == 2 : c.Args.Count is 1 or 2);

    /// <summary>The call of <paramref name="callee"/> with <paramref name="args"/> as the loop's cursor may take it over, or null when <paramref name="c"/> is not that call.</summary>
    private string? LoopCallCode(Call c, string callee, List<string> args)
    {
        if (_loopCall is not { } loop || !ReferenceEquals(loop.Call, c) || args.Count is not (1 or 2)) return null;
        return $"LoopCursor.Call{args.Count}(ref {loop.Cursor}, {string.Join(", ", [callee, .. args])})";
    }

    // Builtins that never make a generator: a call of one is not worth the check as an argument.
    private static readonly HashSet<string> s_plainBuiltins =
    [
        "len", "range", "str", "int", "float", "bool", "abs", "repr", "ord", "chr", "round", "hash", "id", "type",
        "isinstance", "format", "divmod", "pow", "open", "map", "filter", "reversed", "iter",
        "list", "tuple", "dict", "set", "frozenset", "sorted", "min", "max", "sum", "any", "all", "next",
    ];

    // Builtins whose call CPython ends by dropping their iterable argument (OwnedArguments.Consumes).
    private static readonly HashSet<string> s_consumers = ["next", "any", "all", "sum", "sorted", "min", "max", "list", "tuple", "set", "frozenset", "dict"];

    /// <summary>Whether <paramref name="e"/> may be a generator only its user holds (checked at run time).</summary>
    private bool MayBeOwned(Expr e) => e switch
    {
        GeneratorExp g => !Lowering.GeneratorLowering.IsAsyncComprehension(g),
        Call { Func: Attribute } c => c.Keywords.Count == 0 && !c.Args.Any(a => a is Starred),
        Call { Func: Name n } c when IsBuiltinName(n) && s_plainBuiltins.Contains(n.Id) => false,
        Call c when IsHolderCall(c) => true,
        Call { Func: Name } c => !c.Args.Any(a => a is Starred) && !c.Keywords.Any(k => k.Arg is null),
        _ => false,
    };

    private bool IsBuiltinName(Name n) => context.Resolve(n.Id).Storage == NameStorage.Global;

    /// <summary><c>zip(...)</c> or <c>enumerate(...)</c> over something that may be owned: its iterator would hold it.</summary>
    private bool IsHolderCall(Call c) =>
        c is { Func: Name { Id: "zip" or "enumerate" } n, Keywords.Count: 0 } && IsBuiltinName(n)
        && !c.Args.Any(a => a is Starred) && c.Args.Any(MayBeOwned);

    /// <summary>
    /// <paramref name="e"/>'s value, and in <paramref name="owned"/> code (run after it) that gives
    /// what only that value holds: a generator, the generators a zip or enumerate holds, or null.
    /// </summary>
    private string EmitOwning(Expr e, out string owned)
    {
        owned = "null";
        if (!MayBeOwned(e)) return Obj(e);
        var value = context.NewTemp();
        switch (e)
        {
            case GeneratorExp:
                owned = $"({value} as PyGenerator)";
                return $"({value} = {Obj(e)})";
            case Call { Func: Attribute method } call:
            {
                var receiver = context.NewTemp();
                var code = Capturing(call, receiver, () => Obj(e), out var captured);
                if (captured) owned = $"PyGenerator.OwnedByMethod({value}, {receiver}, {Module.AttributeSite(context.Scope.Mangle(method.Attr))})";
                return $"({value} = {code})";
            }
            case Call call when IsHolderCall(call):
            {
                var callee = context.NewTemp();
                var owns = new List<string>();
                var outer = _holding;
                _holding = (call, callee, owns);
                try
                {
                    var code = Obj(e);
                    owned = $"OwnedArguments.Held({callee}, [{string.Join(", ", owns)}])";
                    return $"({value} = {code})";
                }
                finally
                {
                    _holding = outer;
                }
            }
            default:
            {
                var callee = context.NewTemp();
                var code = Capturing((Call)e, callee, () => Obj(e), out var captured);
                if (captured) owned = $"PyGenerator.Owned({value}, {value}, {callee})";
                return $"({value} = {code})";
            }
        }
    }

    /// <summary>
    /// <c>next(gen())</c>, <c>list(zip(xs, gen()))</c> and the other builtins that drop an argument
    /// only they held (see OwnedArguments): the call closes it when it returns or raises. Null for
    /// other calls.
    /// </summary>
    private string? EmitOwningCall(Call c)
    {
        if (c is not { Func: Name n, Keywords.Count: 0, Args.Count: 1 or 2 } || !IsBuiltinName(n) || !s_consumers.Contains(n.Id)) return null;
        if (!c.Args.Any(MayBeOwned)) return null;
        var callee = Obj(c.Func);
        var args = new List<string>();
        var owns = new List<string>();
        foreach (var a in c.Args)
        {
            args.Add(EmitOwning(a, out var own));
            owns.Add(own);
        }
        if (CallLine(c) is { } line) args[^1] = AtLine(args[^1], line);
        return $"OwnedArguments.Call{c.Args.Count}({string.Join(", ", [callee, .. args, .. owns])})";
    }

    // The zip or enumerate call EmitOwning has EmitCall emit with its callee in a temporary and its arguments' owned code collected.
    private (Call Call, string Callee, List<string> Owns)? _holding;

    /// <summary>The call EmitOwning asked for (see _holding): its callee kept, each argument with what only it holds.</summary>
    private string EmitHoldingCall(Call c, string callee, List<string> owns)
    {
        var calleeCode = $"({callee} = {Obj(c.Func)})";
        var args = new List<string>();
        foreach (var a in c.Args)
        {
            args.Add(EmitOwning(a, out var own));
            owns.Add(own);
        }
        if (CallLine(c) is { } line)
        {
            if (args.Count == 0) calleeCode = AtLine(calleeCode, line);
            else args[^1] = AtLine(args[^1], line);
        }
        return LoopCallCode(c, calleeCode, args) ?? $"{calleeCode}.Call({Span(args)}, null)";
    }

    private string Capturing(Call call, string temp, Func<string> emit, out bool captured)
    {
        var outer = (_captureCall, _captureTemp, _captured);
        (_captureCall, _captureTemp, _captured) = (call, temp, false);
        try
        {
            var code = emit();
            captured = _captured;
            return code;
        }
        finally
        {
            (_captureCall, _captureTemp, _captured) = outer;
        }
    }

    /// <summary>The callee (or method's object) <paramref name="first"/> of <paramref name="c"/>, kept in the temporary when OwnedIterOf asked for it.</summary>
    private string Captured(Call c, string first)
    {
        if (!ReferenceEquals(c, _captureCall)) return first;
        _captured = true;
        return $"({_captureTemp} = {first})";
    }
}
