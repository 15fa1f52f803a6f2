namespace PyPack.Runtime.Objects;

/// <summary>The <c>list</c> type object: constructor and methods.</summary>
internal static class ListMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("list", null);
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("list() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? new PyList() : new PyList(Operations.Iteration.ToArray(args[0]));
        };
        type.Method("append", static (self, x) =>
        {
            ((PyList)self).Append(x);
            return PyNone.Instance;
        });
        return type;
    }
}
