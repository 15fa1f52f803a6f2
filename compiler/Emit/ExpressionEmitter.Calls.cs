using PyPack.Compiler.Syntax.Ast;
using Attribute = PyPack.Compiler.Syntax.Ast.Attribute;

namespace PyPack.Compiler.Emit;

/// <summary>Calls: fixed-arity fast paths, keyword names, and method calls without bound-method objects.</summary>
public sealed partial class ExpressionEmitter
{
    private string EmitCall(Call c)
    {
        // Zero-argument super(): the method's class cell and first argument, as CPython's compiler passes them.
        if (c is { Func: Name { Id: "super" }, Args.Count: 0, Keywords.Count: 0 } && context.Resolve("super").Storage == NameStorage.Global)
        {
            var cell = context.Cells.TryGetValue("__class__", out var cc) ? cc : "null";
            return $"PySuper.ZeroArgument({cell}, {context.FirstArgument ?? "null"})";
        }
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null)) return EmitUnpackingCall(c);
        var args = c.Args.Select(Obj).ToList();
        args.AddRange(c.Keywords.Select(k => Obj(k.Value)));
        var kwnames = c.Keywords.Count == 0 ? "null" : Module.KeywordNames(c.Keywords.Select(k => k.Arg!).ToList());

        // obj.method(...) calls the method without making a bound method object.
        if (c.Func is Attribute { Ctx: ExprContext.Load } method)
        {
            var self = Obj(method.Value);
            var name = CSharpNames.Literal(method.Attr);
            return (args.Count, c.Keywords.Count) switch
            {
                (0, 0) => $"Attributes.CallMethod0({self}, {name})",
                (1, 0) => $"Attributes.CallMethod1({self}, {name}, {args[0]})",
                _ => $"Attributes.CallMethod({self}, {name}, {Span(args)}, {kwnames})",
            };
        }
        var callee = Obj(c.Func);
        return (args.Count, c.Keywords.Count) switch
        {
            (0, 0) => $"{callee}.Call0()",
            (1, 0) => $"{callee}.Call1({args[0]})",
            (2, 0) => $"{callee}.Call2({args[0]}, {args[1]})",
            (3, 0) => $"{callee}.Call3({args[0]}, {args[1]}, {args[2]})",
            _ => $"{callee}.Call({Span(args)}, {kwnames})",
        };
    }

    /// <summary>A call with *iterable or **mapping arguments: built left to right, then invoked once.</summary>
    private string EmitUnpackingCall(Call c)
    {
        var code = new System.Text.StringBuilder($"CallArguments.For({Obj(c.Func)})");
        foreach (var a in c.Args)
        {
            code.Append(a is Starred s ? $".Star({Obj(s.Value)})" : $".Add({Obj(a)})");
        }
        foreach (var k in c.Keywords)
        {
            code.Append(k.Arg is null ? $".DoubleStar({Obj(k.Value)})" : $".Keyword({CSharpNames.Literal(k.Arg)}, {Obj(k.Value)})");
        }
        return code.Append(".Invoke()").ToString();
    }

    /// <summary>Arguments as a span: C# builds it on the stack, so general calls need no array.</summary>
    private static string Span(List<string> args) =>
        args.Count == 0 ? "System.ReadOnlySpan<PyObject>.Empty" : "[" + string.Join(", ", args) + "]";
}
