using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Builtins;

/// <summary>The builtins of the class machinery: type, object, super, property, classmethod, staticmethod (issubclass is with the other object builtins).</summary>
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
    }
}
