namespace PyPack.Runtime.Objects;

/// <summary><c>staticmethod(f)</c>: the function itself, from the class or an instance.</summary>
public sealed class PyStaticMethod(PyObject function) : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Function { get; } = function;
    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("staticmethod", null);
        t.Constructor = static (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 }) throw Errors.TypeError($"staticmethod expected 1 argument, got {args.Length}");
            return new PyStaticMethod(args[0]);
        };
        t.Method("__get__", static (self, args, kw) =>
        {
            Args.Count("__get__", args.Length, 1, 2);
            return ((PyStaticMethod)self).Function;
        });
        return t;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => Function.Call(args, kwnames);

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        "__isabstractmethod__" => AbstractFlag.Of(Function),
        _ => null,
    };
}
