namespace PyPack.Compiler.Syntax.Ast;

/// <summary>Walks of the syntax tree for analyses that look at every node of some kind.</summary>
public static class NodeWalk
{
    /// <summary>
    /// The roots and every node below them, each before its children and in source order. Without
    /// <paramref name="intoNestedScopes"/>, a def, lambda, class or comprehension is yielded but
    /// not entered: its body runs in a scope of its own.
    /// </summary>
    public static IEnumerable<Node> Descendants(IEnumerable<Node> roots, bool intoNestedScopes = true)
    {
        var stack = new Stack<Node>(roots.Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            if (!intoNestedScopes && node is Lambda or FunctionDef or AsyncFunctionDef or ClassDef or ListComp or SetComp or DictComp or GeneratorExp)
            {
                continue;
            }
            for (var i = node.FieldNames.Count - 1; i >= 0; i--)
            {
                switch (node.GetField(i))
                {
                    case Node child:
                        stack.Push(child);
                        break;
                    case System.Collections.IEnumerable items and not string:
                        foreach (var item in items.Cast<object?>().Reverse())
                        {
                            if (item is Node n) stack.Push(n);
                        }
                        break;
                }
            }
        }
    }
}
