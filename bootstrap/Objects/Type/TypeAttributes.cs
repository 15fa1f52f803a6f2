using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Attributes of a class (<c>type.__getattribute__</c>): its own special names, then its MRO with
/// descriptors bound to the class (functions stay plain, classmethods bind the class), then its
/// metaclass's attributes bound to it.
/// </summary>
public static class TypeAttributes
{
    public static PyObject? Get(PyType t, string name)
    {
        switch (name)
        {
            case "__name__": return new PyStr(t.Name);
            case "__qualname__": return new PyStr(t.QualName);
            case "__module__":
                if (t.IsHeapType) return t.GetOwn("__module__") ?? PyNone.Instance;
                return new PyStr(t.Module ?? "builtins");
            case "__mro__": return t.MroTuple;
            case "__bases__": return PyTuple.FromArray(Sequences.Objects(t.Bases));
            case "__base__": return (PyObject?)t.Base ?? PyNone.Instance;
            case "__class__": return t.Type;
            case "__dict__":
                return new PyMappingProxy(t.OwnDict());
            case "__abstractmethods__":
                // Only the class's own: a subclass that never set it has none.
                return ReferenceEquals(t, PyType.TypeType) ? null : t.GetOwn(name);
            case "__annotations__" when t.IsHeapType:
                // Each class has its own (Python 3.10+): a class without annotations gets an empty
                // dict, not its base's.
                if (t.GetOwn("__annotations__") is { } own) return own;
                var annotations = new PyDict();
                t.SetAttribute("__annotations__", annotations);
                return annotations;
        }
        var found = t.Lookup(name);
        if (found is not null)
        {
            return found switch
            {
                PyClassMethod cm => new PyBoundMethod(cm.Function, t),
                PyStaticMethod sm => sm.Function,
                PyInstance d when d.Type.Lookup("__get__") is { } get => SpecialMethods.Call2(d, get, PyNone.Instance, t),
                _ => found,
            };
        }
        var meta = t.Type;
        if (!ReferenceEquals(meta, t) && meta.Lookup(name) is { } metaFound) return Attributes.BindDescriptor(metaFound, t, meta);
        return null;
    }

    public static void Set(PyType t, string name, PyObject value)
    {
        if (!t.IsHeapType) throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{t.TpName}'");
        switch (name)
        {
            case "__name__":
                t.Name = value is PyStr n ? n.Value : throw Errors.TypeError($"can only assign string to {t.TpName}.__name__, not '{value.Type.TpName}'");
                return;
            case "__qualname__":
                t.QualName = value is PyStr q ? q.Value : throw Errors.TypeError($"can only assign string to {t.TpName}.__qualname__, not '{value.Type.TpName}'");
                return;
            case "__abstractmethods__":
                t.IsAbstract = Truth.IsTrue(value);
                t.SetAttribute(name, value);
                return;
            case "__bases__":
                t.AssignBases(value);
                return;
        }
        if (t.Type.IsHeapType && t.Type.Lookup(name) is { } metaFound && InstanceAttributes.IsDataDescriptor(metaFound))
        {
            InstanceAttributes.GenericSet(t, name, value);
            return;
        }
        t.SetAttribute(name, value);
    }

    public static void Delete(PyType t, string name)
    {
        // CPython 3.11 says "set" for a deletion too.
        if (!t.IsHeapType) throw Errors.TypeError($"cannot set '{name}' attribute of immutable type '{t.TpName}'");
        if (name == "__bases__") t.AssignBases(null);
        if (name == "__abstractmethods__") t.IsAbstract = false;
        if (!t.RemoveAttribute(name)) throw Errors.AttributeError($"type object '{t.TpName}' has no attribute '{name}'");
    }
}
