using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Emit;

/// <summary>
/// Generator expressions: the first iterable is evaluated here; the rest runs lazily in a C#
/// local iterator function declared at the end of the enclosing method, which shares the
/// method's variables as CPython's genexpr shares its enclosing scope's.
/// <code>
/// (x * k for x in xs if x)   =>   PyGenerator.Start(Code, "f.&lt;locals&gt;.&lt;genexpr&gt;", Iteration.GetIter(xs), Genexpr_3)
///                                 IEnumerator&lt;PyObject&gt; Genexpr_3(GeneratorFrame frame, PyIterator src)
///                                 { ... while ((item = src.Next()) is not null) { ...; yield return x * k; _ = frame.Resume(); } }
/// </code>
/// </summary>
public sealed partial class ExpressionEmitter
{
    /// <summary>The generator object; <paramref name="firstIterable"/> replaces the first iterable when the caller evaluated it (an await in it).</summary>
    public string EmitGeneratorExpression(GeneratorExp node, Expr? firstIterable = null)
    {
        if (Lowering.GeneratorLowering.IsAsyncComprehension(node))
        {
            var source = Obj(firstIterable ?? (node.Generators[0].IsAsync != 0 ? StatementEmitter.FoldedIterable(node.Generators[0].Iter) : node.Generators[0].Iter));
            var iterator = node.Generators[0].IsAsync != 0 ? $"Awaiting.GetAsyncIterator({source})" : $"Iteration.GetIter({source})";
            return EmitAsyncComprehension(node, iterator);
        }
        var first = Obj(firstIterable ?? node.Generators[0].Iter);

        var scope = Module.Scopes[node];
        var name = Module.UniqueMemberName("Genexpr");
        var code = Module.CodeInfo("<genexpr>", name, node.Line);
        var prefix = context.PushComprehension(scope, asIterator: true);
        // Generator expressions nested in this one are declared inside its body, where its variables are in scope.
        var enclosingLocals = context.TakeLocalFunctions();
        try
        {
            var w = new CodeWriter();
            w.Open($"System.Collections.Generic.IEnumerator<PyObject> {name}(GeneratorFrame frame, PyIterator {prefix}src)");
            foreach (var bound in scope.Bound)
            {
                if (bound != ".0") w.Line($"PyObject? {prefix}{MethodContext.LocalName(bound)} = null;");
            }
            w.Line($"frame.Line = {node.Line};");
            for (var i = 0; i < node.Generators.Count; i++)
            {
                var g = node.Generators[i];
                var it = $"{prefix}it{i}";
                var item = $"{prefix}item{i}";
                w.Line($"PyIterator {it} = {(i == 0 ? $"{prefix}src" : $"Iteration.GetIter({Obj(g.Iter)})")};");
                w.Line($"PyObject? {item};");
                w.Open($"while (({item} = {it}.Next()) is not null)");
                var stores = new CodeWriter();
                new StatementEmitter(context, stores).StoreTo(g.Target, item);
                w.Append(stores);
                foreach (var cond in g.Ifs) w.Line($"if (!{Condition(cond)}) continue;");
            }
            w.Line($"yield return {Obj(node.Elt)};");
            w.Line("_ = frame.Resume();");
            for (var i = 0; i < node.Generators.Count; i++) w.Close();
            foreach (var local in context.LocalFunctions) w.Append(local);
            w.Close();
            context.RestoreLocalFunctions(enclosingLocals);
            context.LocalFunctions.Add(w);
            return $"PyGenerator.Start({code}, {CSharpNames.Literal(scope.QualifiedName)}, Iteration.GetIter({first}), {name})";
        }
        catch
        {
            context.RestoreLocalFunctions(enclosingLocals);
            throw;
        }
        finally
        {
            context.PopComprehension();
        }
    }
}
