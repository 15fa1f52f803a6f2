using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>super(type, obj)</c>: looks attributes up along obj's MRO after <c>type</c> and binds them to
/// obj. Zero-argument <c>super()</c> is compiled to this with the method's class and first argument.
/// </summary>
public sealed class PySuper : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PySuper(PyType type, PyObject obj)
    {
        ThisType = type;
        Object = obj;
        if (obj is PyType t && t.IsSubtypeOf(type)) StartType = t;
        else if (obj.Type.IsSubtypeOf(type)) StartType = obj.Type;
        else throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    public PyType ThisType { get; }
    public PyObject Object { get; }

    /// <summary>The MRO searched: obj's type, or obj itself when it is a class.</summary>
    public PyType StartType { get; }

    public override PyType Type => TypeObject;

    public override string Repr() => $"<super: <class '{ThisType.TpName}'>, <{StartType.TpName} object>>";

    /// <summary>The zero-argument form, from inside a method: <c>__class__</c> and the first argument.</summary>
    public static PySuper ZeroArgument(PyCell? classCell, PyObject? firstArgument)
    {
        if (firstArgument is null) throw Errors.RuntimeError("super(): no arguments");
        if (classCell?.Value is not PyType type) throw Errors.RuntimeError("super(): __class__ cell not found");
        return new PySuper(type, firstArgument);
    }

    /// <summary>
    /// <see cref="ZeroArgument"/>'s class, checked as <see cref="ZeroArgument"/> and the constructor
    /// check it (the same errors, at the same point), without making the super object: for a call
    /// <c>super().name(...)</c> (Attributes.CallSuperMethod0..2), which makes one only if it must.
    /// </summary>
    public static PyType ZeroArgumentClass(PyCell? classCell, PyObject? firstArgument)
    {
        if (firstArgument is null) throw Errors.RuntimeError("super(): no arguments");
        if (classCell?.Value is not PyType type) throw Errors.RuntimeError("super(): __class__ cell not found");
        if (!(firstArgument is PyType t && t.IsSubtypeOf(type)) && !firstArgument.Type.IsSubtypeOf(type))
        {
            throw Errors.TypeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return type;
    }

    public override PyObject? GetOwnAttribute(string name)
    {
        switch (name)
        {
            case "__class__": return null;
            case "__thisclass__": return ThisType;
            case "__self__": return Object;
            case "__self_class__": return StartType;
        }
        if (FindInMro(name) is not { } found) return null;
        {
            var instance = ReferenceEquals(Object, StartType) ? null : Object;
            return found switch
            {
                PyClassMethod cm => new PyBoundMethod(cm.Function, StartType),
                PyStaticMethod sm => sm.Function,
                _ when instance is null => found is PyInstance d && d.Type.Lookup("__get__") is { } get
                    ? SpecialMethods.Call2(d, get, PyNone.Instance, StartType)
                    : found,
                _ => Attributes.BindDescriptor(found, instance, StartType),
            };
        }
    }

    /// <summary>The first value of <paramref name="name"/> in a class after <see cref="ThisType"/> in StartType's MRO, unbound; null when none has it.</summary>
    internal PyObject? FindInMro(string name) => FindInMro(StartType, ThisType, name);

    /// <summary>The first value of <paramref name="name"/> in a class after <paramref name="thisType"/> in <paramref name="start"/>'s MRO, unbound; null when none has it.</summary>
    internal static PyObject? FindInMro(PyType start, PyType thisType, string name)
    {
        var mro = start.Mro;
        for (var i = Array.IndexOf(mro, thisType) + 1; i < mro.Length; i++)
        {
            if (mro[i].GetOwn(name) is { } found) return found;
        }
        return null;
    }

    /// <summary>Names super objects answer themselves, before the MRO.</summary>
    internal static bool IsOwnName(string name) => name is "__class__" or "__thisclass__" or "__self__" or "__self_class__";

    private static PyType MakeType()
    {
        var t = new PyType("super", null);
        t.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("super() takes no keyword arguments");
            if (args.Length == 0) throw Errors.RuntimeError("super(): no arguments");
            if (args[0] is not PyType type) throw Errors.TypeError($"super() argument 1 must be a type, not {args[0].Type.TpName}");
            if (args.Length == 1) throw Errors.NotImplemented("unbound super objects");
            return new PySuper(type, args[1]);
        };
        return t;
    }
}
