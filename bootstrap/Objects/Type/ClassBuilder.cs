using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The class statement and <c>type(name, bases, dict)</c>: choosing the metaclass, preparing the
/// namespace, and <c>type.__new__</c> (MRO, slots, implicit classmethods, <c>__set_name__</c>,
/// <c>__init_subclass__</c>), as CPython's __build_class__ and type_new do.
/// </summary>
public static class ClassBuilder
{
    /// <summary>The metaclass: the explicit one or the bases', reduced to the most derived.</summary>
    public static PyObject ChooseMetaclass(PyObject? explicitMeta, PyObject[] bases)
    {
        if (explicitMeta is not null && explicitMeta is not PyType) return explicitMeta;
        var winner = (PyType?)explicitMeta ?? (bases.Length == 0 ? PyType.TypeType : bases[0].Type);
        foreach (var b in bases) winner = MoreDerived(winner, b.Type);
        return winner;
    }

    private static PyType MoreDerived(PyType winner, PyType candidate)
    {
        if (winner.IsSubtypeOf(candidate)) return winner;
        if (candidate.IsSubtypeOf(winner)) return candidate;
        throw Errors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }

    /// <summary><c>meta.__prepare__(name, bases, **kw)</c>, or a fresh namespace.</summary>
    public static PyObject Prepare(PyObject meta, string name, PyObject[] bases, ReadOnlySpan<PyObject> kwValues, string[]? kwnames)
    {
        if (meta is PyType t && t.Lookup("__prepare__") is { } prepare)
        {
            PyObject[] args = [new PyStr(name), PyTuple.FromArray(bases), .. kwValues];
            var callable = prepare switch
            {
                PyClassMethod cm => (PyObject)new PyBoundMethod(cm.Function, meta),
                PyStaticMethod sm => sm.Function,
                _ => prepare,
            };
            return callable.Call(args, kwnames);
        }
        return new PyDict();
    }

    /// <summary>The end of a class statement: <c>meta(name, bases, namespace, **kw)</c>.</summary>
    public static PyObject Create(PyObject meta, string name, PyObject[] bases, PyObject ns, ReadOnlySpan<PyObject> kwValues, string[]? kwnames)
    {
        PyObject[] args = [new PyStr(name), PyTuple.FromArray(bases), ns, .. kwValues];
        return meta.Call(args, kwnames);
    }

    /// <summary><c>type.__new__(meta, name, bases, namespace, **kw)</c>.</summary>
    public static PyObject TypeNew(PyType meta, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional != 3) throw Errors.TypeError("type.__new__() takes exactly 3 arguments (" + positional + " given)");
        if (args[0] is not PyStr name) throw Errors.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.TpName}");
        if (args[1] is not PyTuple basesTuple) throw Errors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.TpName}");
        if (args[2] is not PyDict ns) throw Errors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.TpName}");

        // The metaclass is worked out from the bases' types before the bases themselves are checked (type_new's order).
        var winner = meta;
        foreach (var b in basesTuple.Items) winner = MoreDerived(winner, b.Type);
        var bases = new PyType[basesTuple.Count];
        for (var i = 0; i < bases.Length; i++)
        {
            if (basesTuple[i] is not PyType b) throw Errors.TypeError("bases must be types");
            if (!IsAcceptableBase(b)) throw Errors.TypeError($"type '{b.TpName}' is not an acceptable base type");
            bases[i] = b;
        }
        // A more derived metaclass with its own __new__ makes the class instead (type(name, bases, ns) of a Meta class).
        if (!ReferenceEquals(winner, meta) && winner.Lookup("__new__") is { } winnerNew && !ReferenceEquals(winnerNew, PyType.TypeType.GetOwn("__new__")))
        {
            PyObject[] newArgs = [winner, .. args];
            return (winnerNew is PyStaticMethod sm ? sm.Function : winnerNew).Call(newArgs, kwnames);
        }
        CheckLayout(bases);

        var items = new List<KeyValuePair<string, PyObject>>(ns.Count + 1);
        foreach (var (k, v) in ns.Pairs)
        {
            items.Add(new(k is PyStr ks ? ks.Value : throw Errors.NotImplemented("a class namespace with keys that are not str"), v));
        }
        // type(name, bases, dict) without __module__: the __name__ of the calling frame's globals (a
        // function of another module calling type() names that module), added last as type_new does.
        if (ns.TryGetStr("__module__") is null && CallerModuleName() is { } callerModule) items.Add(new("__module__", callerModule));
        var module = items.Find(kv => kv.Key == "__module__").Value is PyStr ms ? ms.Value : null;
        var type = new PyType(winner, name.Value, bases, module);
        foreach (var (key, value) in items)
        {
            switch (key)
            {
                case "__qualname__":
                    type.QualName = value is PyStr q ? q.Value : throw Errors.TypeError($"type __qualname__ must be a str, not {value.Type.TpName}");
                    continue;
                case "__init_subclass__" or "__class_getitem__" when value is PyFunction:
                    type.SetAttribute(key, new PyClassMethod(value));
                    continue;
                case "__new__" when value is PyFunction:
                    type.SetAttribute(key, new PyStaticMethod(value));
                    continue;
            }
            type.SetAttribute(key, value);
        }
        SlotsLayout.Apply(type, ns);
        AddDictAndWeakref(type, ns);
        if (type.GetOwn("__doc__") is null) type.SetAttribute("__doc__", PyNone.Instance);
        // A class defining __eq__ without __hash__ is unhashable.
        if (type.GetOwn("__eq__") is not null && type.GetOwn("__hash__") is null) type.SetAttribute("__hash__", PyNone.Instance);

        foreach (var (key, value) in new List<KeyValuePair<string, PyObject>>(type.OwnItems))
        {
            if (value.Type.Lookup("__set_name__") is not { } setName) continue;
            try
            {
                SpecialMethods.Call2(value, setName, type, new PyStr(key));
            }
            catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.Exception))
            {
                // CPython 3.11 wraps it (3.12 stopped doing so).
                var wrapped = Errors.RuntimeError($"Error calling __set_name__ on '{value.Type.TpName}' instance '{key}' in '{type.TpName}'");
                wrapped.Value.Cause = e.Value;
                wrapped.Value.Context = e.Value;
                throw wrapped;
            }
        }
        InitSubclass(type, args[positional..], kwnames);
        return type;
    }

    /// <summary>The <c>__dict__</c> and <c>__weakref__</c> descriptors of the class that introduces them, as type_new adds them.</summary>
    private static void AddDictAndWeakref(PyType type, PyDict ns)
    {
        var slots = ns.TryGetStr("__slots__") is { } declared ? (declared is PyStr one ? [one] : Operations.Iteration.ToArray(declared)) : null;
        type.HasWeakref = slots is null || Array.Exists(slots, static s => s is PyStr { Value: "__weakref__" }) || Array.Exists(type.Bases, static b => b.HasWeakref);
        if (type.HasInstanceDict && !Array.Exists(type.Bases, ProvidesDict))
        {
            type.SetAttribute("__dict__", new PyGetSetDescriptor(type, "__dict__", static o =>
                (PyObject?)(o as IHeapInstance)?.Dict ?? throw Errors.AttributeError($"'{o.Type.TpName}' object has no attribute '__dict__'")));
        }
        if (type.HasWeakref && !Array.Exists(type.Bases, static b => b.HasWeakref))
        {
            type.SetAttribute("__weakref__", new PyGetSetDescriptor(type, "__weakref__", static _ => PyNone.Instance));
        }
    }

    private static bool ProvidesDict(PyType b) => b.IsHeapType ? b.HasInstanceDict : b.IsSubtypeOf(ExceptionTypes.BaseException);

    private static void InitSubclass(PyType type, ReadOnlySpan<PyObject> kwValues, string[]? kwnames)
    {
        // super(type, type).__init_subclass__(**kw): the first definition after the new class.
        for (var i = 1; i < type.Mro.Length; i++)
        {
            if (type.Mro[i].GetOwn("__init_subclass__") is not { } hook) continue;
            var f = hook is PyClassMethod cm ? cm.Function : hook;
            if (f is PyBuiltinFunction)
            {
                if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{type.TpName}.__init_subclass__() takes no keyword arguments");
                return;
            }
            PyObject[] args = [type, .. kwValues];
            f.Call(args, kwnames);
            return;
        }
    }

    private static bool IsAcceptableBase(PyType b) =>
        b.IsHeapType || b.IsStatelessBase || (b.Constructor is not null && !b.IsFinal) || ReferenceEquals(b, PyType.ObjectType) || ReferenceEquals(b, PyType.TypeType)
        || b.IsSubtypeOf(ExceptionTypes.BaseException);

    private static void CheckLayout(PyType[] bases)
    {
        PyType? solid = null;
        foreach (var b in bases)
        {
            var s = b.SolidBase;
            if (ReferenceEquals(s, PyType.ObjectType)) continue;
            if (s.IsSubtypeOf(ExceptionTypes.BaseException)) s = ExceptionTypes.LayoutOf(s);
            if (solid is null || s.IsSubtypeOf(solid)) solid = s;
            else if (!solid.IsSubtypeOf(s)) throw Errors.TypeError("multiple bases have instance lay-out conflict");
        }
    }

    /// <summary><c>object.__init_subclass__</c>: accepts no keyword arguments.</summary>
    internal static readonly PyBuiltinFunction ObjectInitSubclass = new("__init_subclass__", static (args, kw) =>
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{(args.Length > 0 && args[0] is PyType t ? t.Name : "object")}.__init_subclass__() takes no keyword arguments");
        return PyNone.Instance;
    });

    // The globals' __name__ of the innermost Python frame (none if they have no __name__, as in
    // CPython); the module being imported when no compiled frame is recorded.
    private static PyObject? CallerModuleName()
    {
        if (Hosting.CallDepth.InnermostCode()?.Source.Module is { } module) return module.Globals.TryGet("__name__");
        return new PyStr(Hosting.Interpreter.Current.ExecutingModuleName);
    }
}
