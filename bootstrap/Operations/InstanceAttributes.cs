using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Attributes of instances of classes: <c>object.__getattribute__</c>/<c>__setattr__</c>/<c>__delattr__</c>
/// and the user overrides of them, with <c>__getattr__</c> as the fallback.
/// </summary>
public static class InstanceAttributes
{
    private static PyObject? s_objectGetAttribute;
    private static PyObject? s_objectSetAttr;
    private static PyObject? s_objectDelAttr;

    internal static PyObject? ObjectSetAttr => s_objectSetAttr;

    internal static void Register(PyObject getAttribute, PyObject setAttr, PyObject delAttr)
    {
        s_objectGetAttribute = getAttribute;
        s_objectSetAttr = setAttr;
        s_objectDelAttr = delAttr;
    }

    public static bool HasPlainGetAttribute(PyType type) =>
        ReferenceEquals(type.LookupSpecial(SpecialName.GetAttribute), s_objectGetAttribute) && type.LookupSpecial(SpecialName.GetAttr) is null;

    public static PyObject Get(PyObject o, string name)
    {
        var type = o.Type;
        var getAttribute = type.LookupSpecial(SpecialName.GetAttribute);
        var getAttr = type.LookupSpecial(SpecialName.GetAttr);
        if (getAttr is null)
        {
            return ReferenceEquals(getAttribute, s_objectGetAttribute) || getAttribute is null
                ? Generic(o, name) ?? throw Attributes.NoAttribute(o, name)
                : SpecialMethods.Call1(o, getAttribute, new PyStr(name));
        }
        try
        {
            return ReferenceEquals(getAttribute, s_objectGetAttribute) || getAttribute is null
                ? Generic(o, name) ?? throw Attributes.NoAttribute(o, name)
                : SpecialMethods.Call1(o, getAttribute, new PyStr(name));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return SpecialMethods.Call1(o, getAttr, new PyStr(name));
        }
    }

    /// <summary><c>object.__getattribute__</c>: null when absent.</summary>
    public static PyObject? Generic(PyObject o, string name)
    {
        var type = o.Type;
        var found = type.Lookup(name);
        // A data descriptor without __get__ (only __set__ or __delete__) lets the instance's own value through, as in CPython.
        if (found is not null && IsDataDescriptor(found) && !(found is PyInstance d && d.Type.Lookup("__get__") is null)) return Attributes.BindDescriptor(found, o, type);
        var own = o.GetOwnAttribute(name);
        if (own is not null) return own;
        if (found is not null) return Attributes.BindDescriptor(found, o, type);
        return name switch
        {
            "__class__" => type,
            "__dict__" when o is IHeapInstance { Dict: { } dict } => dict,
            _ => null,
        };
    }

    public static bool IsDataDescriptor(PyObject d) => d switch
    {
        PyProperty or PySlotDescriptor or PyTupleGetter => true,
        PyInstance i => i.Type.Lookup("__set__") is not null || i.Type.Lookup("__delete__") is not null,
        _ => false,
    };

    public static void Set(PyObject o, string name, PyObject value)
    {
        var setAttr = o.Type.LookupSpecial(SpecialName.SetAttr);
        if (setAttr is not null && !ReferenceEquals(setAttr, s_objectSetAttr))
        {
            SpecialMethods.Call2(o, setAttr, new PyStr(name), value);
            return;
        }
        GenericSet(o, name, value);
    }

    /// <summary><c>object.__setattr__</c>.</summary>
    public static void GenericSet(PyObject o, string name, PyObject? value)
    {
        var type = o.Type;
        switch (type.Lookup(name))
        {
            case PyProperty p:
                if (value is null) p.DeleteValue(o);
                else p.SetValue(o, value);
                return;
            case PySlotDescriptor s:
                s.SetValue(o, value);
                return;
            case PyTupleGetter:
                throw PyTupleGetter.Refused(deleting: value is null);
            case PyInstance d when IsDataDescriptor(d):
                if (value is null)
                {
                    var del = d.Type.Lookup("__delete__") ?? throw Errors.AttributeError("__delete__");
                    SpecialMethods.Call1(d, del, o);
                }
                else
                {
                    var set = d.Type.Lookup("__set__") ?? throw Errors.AttributeError("__set__");
                    SpecialMethods.Call2(d, set, o, value);
                }
                return;
        }
        if (name == "__class__" && o is IHeapInstance instance)
        {
            if (value is null) throw Errors.TypeError("can't delete __class__ attribute");
            if (value is not PyType newType) throw Errors.TypeError($"__class__ must be set to a class, not '{value.Type.TpName}' object");
            if (!newType.IsHeapType) throw Errors.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (!ReferenceEquals(newType.SolidBase, type.SolidBase) || newType.HasInstanceDict != type.HasInstanceDict || newType.SlotCount != type.SlotCount)
            {
                throw Errors.TypeError($"__class__ assignment: '{newType.TpName}' object layout differs from '{type.TpName}'");
            }
            instance.AssignClass(newType);
            return;
        }
        if (name == "__dict__" && o is IHeapInstance { Dict: not null } withDict)
        {
            if (value is null) throw Errors.TypeError("cannot delete __dict__");
            withDict.Dict = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
            return;
        }
        if (value is null ? o.DelOwnAttribute(name) : o.SetOwnAttribute(name, value)) return;
        // Without an instance dict, a name the class defines (a method, a class constant) cannot be
        // shadowed: CPython calls it read-only. With a dict, the name is simply not there to delete.
        throw !type.HasInstanceDict && type.Lookup(name) is not null
            ? Errors.AttributeError($"'{type.TpName}' object attribute '{name}' is read-only")
            : Errors.AttributeError($"'{type.TpName}' object has no attribute '{name}'");
    }

    public static void Delete(PyObject o, string name)
    {
        var delAttr = o.Type.LookupSpecial(SpecialName.DelAttr);
        if (delAttr is not null && !ReferenceEquals(delAttr, s_objectDelAttr))
        {
            SpecialMethods.Call1(o, delAttr, new PyStr(name));
            return;
        }
        GenericSet(o, name, null);
    }
}
