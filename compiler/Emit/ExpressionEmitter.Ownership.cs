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
    public string OwnedIterOf(Expr iterable, string it, string value, string callee, out string owned)
    {
        switch (iterable)
        {
            case GeneratorExp:
                owned = $"({it} as PyGenerator)";
                return IterOf(iterable);
            case Call { Func: Attribute method } call:
            {
                var code = Capturing(call, callee, () => IterOf(iterable), out var captured);
                owned = captured ? $"PyGenerator.OwnedByMethod({it}, {callee}, {Module.AttributeSite(context.Scope.Mangle(method.Attr))})" : "null";
                return code;
            }
            case Call call:
            {
                var code = Capturing(call, callee, () => Obj(iterable), out var captured);
                owned = $"PyGenerator.Owned({it}, {value}, {(captured ? callee : "null")})";
                return $"Iteration.GetIter(({value} = {code}))";
            }
            default:
                owned = $"PyGenerator.Owned({it}, {value}, null)";
                return $"Iteration.GetIter(({value} = {Obj(iterable)}))";
        }
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
