namespace PyPack.Runtime.Objects;

/// <summary>The <c>str</c> type object: constructor and methods.</summary>
internal static class StrMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("str", null);
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("str() keyword arguments are not supported yet");
            if (args.Length > 1) throw Errors.TypeError($"str expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? PyStr.Empty : Operations.Text.ToStr(args[0]);
        };
        type.Method("upper", self => new PyStr(((PyStr)self).Value.ToUpperInvariant()));
        type.Method("lower", self => new PyStr(((PyStr)self).Value.ToLowerInvariant()));
        return type;
    }
}
