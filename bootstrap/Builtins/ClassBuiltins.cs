using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Builtins;

/// <summary>The builtins of the class machinery: type, object, super, property, classmethod, staticmethod, issubclass.</summary>
public static class ClassBuiltins
{
    public static void Register(ModuleGlobals g)
    {
        ObjectMethods.Install();
        g.Set("type", PyType.TypeType);
        g.Set("object", PyType.ObjectType);
        g.Set("super", PySuper.TypeObject);
        g.Set("property", PyProperty.TypeObject);
        g.Set("classmethod", PyClassMethod.TypeObject);
        g.Set("staticmethod", PyStaticMethod.TypeObject);
        g.Set("NotImplemented", PyNotImplemented.Instance);
        g.Set("issubclass", new PyBuiltinFunction("issubclass", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("issubclass() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"issubclass expected 2 arguments, got {args.Length}");
            if (args[0] is not PyType t) throw Errors.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(IsSubclass(t, args[1]));
        }));
    }

    private static bool IsSubclass(PyType t, PyObject classInfo)
    {
        switch (classInfo)
        {
            case PyType c:
                return t.IsSubtypeOf(c);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (IsSubclass(t, item)) return true;
                }
                return false;
            default:
                throw Errors.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }
}
