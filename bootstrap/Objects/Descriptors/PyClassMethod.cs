namespace PyPack.Runtime.Objects;

/// <summary><c>classmethod(f)</c>: binds to the class, whether reached from the class or an instance.</summary>
public sealed class PyClassMethod(PyObject function) : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyObject Function { get; } = function;
    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("classmethod", null);
        t.Constructor = static (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 }) throw Errors.TypeError($"classmethod expected 1 argument, got {args.Length}");
            return new PyClassMethod(args[0]);
        };
        // Called directly by Python code that binds descriptors itself (functools.singledispatchmethod).
        t.Method("__get__", static (self, args, kw) =>
        {
            Args.Count("__get__", args.Length, 1, 2);
            var owner = args.Length == 2 && args[1] is not PyNone ? args[1] : args[0].Type;
            return new PyBoundMethod(((PyClassMethod)self).Function, owner);
        });
        return t;
    }

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__func__" or "__wrapped__" => Function,
        "__isabstractmethod__" => AbstractFlag.Of(Function),
        _ => null,
    };
}
