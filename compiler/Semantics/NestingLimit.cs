using PyPack.Compiler.Syntax;
using PyPack.Compiler.Syntax.Ast;

namespace PyPack.Compiler.Semantics;

/// <summary>
/// CPython's compiler refuses statements and expressions nested more than 3000 deep (three times
/// the default recursion limit), with "RecursionError: maximum recursion depth exceeded during
/// compilation". Every statement, expression and pattern on the path from the module counts.
/// Checked with an explicit stack, so arbitrarily deep trees cannot overflow this check itself.
/// </summary>
public static class NestingLimit
{
    public const int Limit = 3000;

    public static void Check(Module module)
    {
        var pending = new Stack<(object? Value, int Depth)>();
        foreach (var s in module.Body) pending.Push((s, 0));
        while (pending.Count > 0)
        {
            var (value, depth) = pending.Pop();
            switch (value)
            {
                case Node node:
                    if (node is Stmt or Expr or Pattern && ++depth > Limit) throw PythonSyntaxError.CompileRecursionError();
                    for (var i = 0; i < node.FieldNames.Count; i++) pending.Push((node.GetField(i), depth));
                    break;
                case System.Collections.IEnumerable items and not string:
                    foreach (var item in items) pending.Push((item, depth));
                    break;
            }
        }
    }
}
