using PyPack.Compiler.Semantics;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Asynchronous comprehensions (with <c>async for</c>, or awaiting in their own scope): the body
/// is a C# local iterator function (StatementEmitter.Comprehensions) with its own variables and
/// temporaries, since it suspends; a list, set or dict comprehension becomes a coroutine that the
/// enclosing body awaits at once, a generator expression an async generator.
/// <code>
/// [x async for x in xs]   =>   it = Awaiting.GetAsyncIterator(xs);  await PyCoroutine.Start(Code, "f.&lt;locals&gt;.&lt;listcomp&gt;", it, Asynccomp_4)
/// </code>
/// </summary>
public sealed partial class ExpressionEmitter
{
    /// <summary>
    /// Emits the body function and returns the expression that makes its coroutine or async
    /// generator, over <paramref name="firstIterator"/> (the first iterable, already made an iterator).
    /// </summary>
    public string EmitAsyncComprehension(Expr node, string firstIterator)
    {
        var scope = Module.Scopes[node];
        var frameName = node switch
        {
            ListComp => "<listcomp>",
            SetComp => "<setcomp>",
            DictComp => "<dictcomp>",
            _ => "<genexpr>",
        };
        var name = Module.UniqueMemberName("Asynccomp");
        var code = Module.CodeInfo(frameName, name, node.Line);
        var prefix = context.PushComprehension(scope, asIterator: true);
        var (wasGenerator, wasCoroutine, wasAsyncGenerator) = (context.IsGenerator, context.IsCoroutine, context.IsAsyncGenerator);
        // Functions nested in this body are declared inside it, where its variables are in scope.
        var enclosingLocals = context.TakeLocalFunctions();
        context.BeginLocalTemps();
        context.IsGenerator = true;
        context.IsCoroutine = true;
        context.IsAsyncGenerator = node is GeneratorExp;
        var savedCells = new List<(string Name, string? Cell)>();
        try
        {
            var declarations = new CodeWriter();
            foreach (var bound in scope.Bound)
            {
                if (bound == ".0") continue;
                if (scope.Lookup(bound) == SymbolKind.Cell && !MethodContext.OnlyComprehensionsShare(scope, bound))
                {
                    var cell = MethodContext.ComprehensionCell(prefix, bound);
                    declarations.Line($"PyCell {cell} = new PyCell();");
                    savedCells.Add((bound, context.Cells.TryGetValue(bound, out var c) ? c : null));
                    context.Cells[bound] = cell;
                }
                else
                {
                    declarations.Line($"PyObject? {prefix}{MethodContext.LocalName(bound)} = null;");
                }
            }
            var acc = $"{prefix}acc";
            var accNew = node switch
            {
                ListComp => "new PyList()",
                SetComp => "new PySet()",
                DictComp => "new PyDict()",
                _ => "PyNone.Instance",
            };
            declarations.Line($"PyObject {acc} = {accNew};");
            var body = new CodeWriter();
            body.Line($"frame.Line = {node.Line};");
            new StatementEmitter(context, body).EmitComprehensionBody(node, $"{prefix}src", acc);

            var w = new CodeWriter();
            w.Open($"System.Collections.Generic.IEnumerator<PyObject> {name}(GeneratorFrame frame, PyObject {prefix}src)");
            foreach (var decl in context.EndLocalTemps()) w.Line(decl);
            w.Append(declarations);
            w.Append(body);
            if (node is not GeneratorExp) w.Line($"frame.ReturnValue = {acc};");
            w.Line("yield break;");
            foreach (var local in context.LocalFunctions) w.Append(local);
            w.Close();
            context.RestoreLocalFunctions(enclosingLocals);
            context.LocalFunctions.Add(w);
            var kind = node is GeneratorExp ? "PyAsyncGenerator" : "PyCoroutine";
            return $"{kind}.Start({code}, {CSharpNames.Literal(scope.QualifiedName)}, {firstIterator}, {name})";
        }
        finally
        {
            foreach (var (n, c) in savedCells)
            {
                if (c is null) context.Cells.Remove(n);
                else context.Cells[n] = c;
            }
            (context.IsGenerator, context.IsCoroutine, context.IsAsyncGenerator) = (wasGenerator, wasCoroutine, wasAsyncGenerator);
            context.PopComprehension();
        }
    }
}
