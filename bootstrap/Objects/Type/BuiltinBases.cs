namespace PyPack.Runtime.Objects;

/// <summary>
/// The builtin types a class statement may subclass (<c>class L(list)</c>): each gets CPython's
/// <c>__new__</c> (and <c>__init__</c> for the mutable ones) and the dunders CPython's type
/// has, so <c>super().__getitem__(k)</c> and <c>str.__new__(cls, v)</c> work; instances of a
/// subclass are the builtin's derived C# class (<c>PyListSubclass</c>...).
/// </summary>
internal static class BuiltinBases
{
    private static readonly string[] s_compare = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    private static readonly string[] s_numeric =
    [
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__pow__", "__rpow__",
        "__neg__", "__pos__", "__bool__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__divmod__", "__rdivmod__",
    ];

    private static readonly string[] s_bitwise =
    [
        "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
    ];

    private static readonly string[] s_setOps = ["__sub__", "__rsub__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__"];

    private static bool s_registered;

    /// <summary>
    /// Once per process (the types are shared by every interpreter); the dict entries are
    /// deferred to each type's first use (<see cref="PyType.Defer"/>), so start-up does not build
    /// the tables of types a program never looks into.
    /// </summary>
    public static void Register()
    {
        if (s_registered) return;
        s_registered = true;
        PySet.SetType.HasWeakref = true;
        PySet.FrozenSetType.HasWeakref = true;
        PyType.TypeType.HasWeakref = true;
        PyBool.TypeObject.IsFinal = true;
        PyRange.TypeObject.IsFinal = true;
        PySlice.TypeObject.IsFinal = true;
        Immutable(PyStr.TypeObject, static (t, v) => new PyStrSubclass(t, ((PyStr)v).Value));
        Immutable(PyInt.TypeObject, static (t, v) => new PyIntSubclass(t, (PyInt)v));
        Immutable(PyFloat.TypeObject, static (t, v) => new PyFloatSubclass(t, ((PyFloat)v).Value));
        Immutable(PyComplex.TypeObject, static (t, v) => new PyComplexSubclass(t, ((PyComplex)v).Real, ((PyComplex)v).Imag));
        Immutable(PyTuple.TypeObject, static (t, v) => PyTupleSubclass.Create(t, ((PyTuple)v).Items));
        Immutable(PyBytes.BytesType, static (t, v) => new PyBytesSubclass(t, ((PyBytes)v).Data.ToArray(), false));
        Immutable(PySet.FrozenSetType, static (t, v) =>
        {
            var s = new PySetSubclass(t, true);
            s.UpdateWith(v);
            return s;
        });
        Mutable(PyList.TypeObject, static t => new PyListSubclass(t), static (self, value) =>
        {
            var l = (PyList)self;
            l.Clear();
            l.Extend(value);
        });
        Mutable(PyDict.TypeObject, static t => new PyDictSubclass(t), static (self, value) =>
        {
            // The built dict's stored hashes: no key's __hash__ is called a second time.
            ((PyDict)self).Update((PyDict)value);
        });
        Mutable(PySet.SetType, static t => new PySetSubclass(t, false), static (self, value) =>
        {
            var s = (PySet)self;
            s.Clear();
            s.UpdateWith(value);
        });
        Mutable(PyBytes.ByteArrayType, static t => new PyBytesSubclass(t, [], true), static (self, value) =>
            ((PyBytes)self).ReplaceContents(((PyBytes)value).Data));

        SlotWrappers.Add(PyList.TypeObject, ["__repr__", "__reversed__", .. s_compare, "__iter__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__add__", "__mul__", "__rmul__", "__contains__", "__iadd__", "__imul__"]);
        SlotWrappers.Add(PyDict.TypeObject, ["__repr__", "__reversed__", .. s_compare, "__iter__", "__or__", "__ror__", "__ior__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__"]);
        SlotWrappers.Add(PySet.SetType, ["__repr__", .. s_compare, "__iter__", .. s_setOps, "__isub__", "__iand__", "__ixor__", "__ior__", "__len__", "__contains__"]);
        SlotWrappers.Add(PySet.FrozenSetType, ["__repr__", "__hash__", .. s_compare, "__iter__", .. s_setOps, "__len__", "__contains__"]);
        SlotWrappers.Add(PyStr.TypeObject, ["__repr__", "__hash__", "__str__", "__format__", .. s_compare, "__iter__", "__mod__", "__rmod__", "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"]);
        SlotWrappers.Add(PyInt.TypeObject, ["__repr__", "__hash__", .. s_compare, .. s_numeric, .. s_bitwise]);
        SlotWrappers.Add(PyFloat.TypeObject, ["__repr__", "__hash__", "__format__", .. s_compare, .. s_numeric]);
        SlotWrappers.Add(PyComplex.TypeObject, ["__repr__", "__hash__", "__format__", .. s_compare, "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__pow__", "__rpow__", "__neg__", "__pos__", "__bool__", "__truediv__", "__rtruediv__"]);
        SlotWrappers.Add(PyTuple.TypeObject, ["__repr__", "__hash__", .. s_compare, "__iter__", "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"]);
        SlotWrappers.Add(PyBytes.BytesType, ["__repr__", "__hash__", "__str__", .. s_compare, "__iter__", "__mod__", "__rmod__", "__len__", "__getitem__", "__add__", "__mul__", "__rmul__", "__contains__"]);
        SlotWrappers.Add(PyBytes.ByteArrayType, ["__repr__", "__str__", .. s_compare, "__iter__", "__mod__", "__rmod__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__add__", "__mul__", "__rmul__", "__contains__", "__iadd__", "__imul__"]);
        SlotWrappers.Add(PyType.TypeType, "__or__", "__ror__");
        foreach (var t in new[] { PyList.TypeObject, PyDict.TypeObject, PySet.SetType, PySet.FrozenSetType, PyTuple.TypeObject, PyType.TypeType })
        {
            t.Defer(PyGenericAlias.AddTo);
        }
        // Unhashable builtins say so in their dict, as CPython's do: collections.abc.Hashable reads it.
        foreach (var t in new[] { PyList.TypeObject, PyDict.TypeObject, PySet.SetType, PyBytes.ByteArrayType, DictView.KeysType, DictView.ItemsType, PySlice.TypeObject })
        {
            t.Defer(static u => { if (u.GetOwn("__hash__") is null) u.SetAttribute("__hash__", PyNone.Instance); });
        }
        // Callables show __call__ in their type's dict (collections.abc.Callable's check looks there).
        foreach (var t in new[] { PyFunction.TypeObject, PyBoundMethod.TypeObject, PyBoundBuiltinMethod.TypeObject, PyBuiltinMethod.TypeObject, PyStaticMethod.TypeObject })
        {
            SlotWrappers.Add(t, "__call__");
        }
    }

    /// <summary>A type whose value is fixed by <c>__new__</c>: a subclass instance copies the builtin's result.</summary>
    private static void Immutable(PyType type, Func<PyType, PyObject, PyObject> make) => type.Defer(_ => ImmutableNow(type, make));

    private static void ImmutableNow(PyType type, Func<PyType, PyObject, PyObject> make)
    {
        var construct = type.Constructor!;
        type.SetAttribute("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = NewTarget(type, args);
            var value = construct(args[1..], kw);
            return ReferenceEquals(cls, type) ? value : make(cls, value);
        })));
    }

    /// <summary>A type whose <c>__new__</c> makes an empty object that <c>__init__</c> fills.</summary>
    internal static void Mutable(PyType type, Func<PyType, PyObject> make, Action<PyObject, PyObject> fill) => type.Defer(_ => MutableNow(type, make, fill));

    private static void MutableNow(PyType type, Func<PyType, PyObject> make, Action<PyObject, PyObject> fill)
    {
        var construct = type.Constructor!;
        type.SetAttribute("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) =>
        {
            var cls = NewTarget(type, args);
            return ReferenceEquals(cls, type) ? construct([], null) : make(cls);
        })));
        type.SetAttribute("__init__", new PyBuiltinMethod(type, "__init__", (self, args, kw) =>
        {
            fill(self, construct(args, kw));
            return PyNone.Instance;
        }));
    }

    private static PyType NewTarget(PyType type, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) throw Errors.TypeError($"{type.TpName}.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw Errors.TypeError($"{type.TpName}.__new__(X): X is not a type object ({args[0].Type.TpName})");
        if (!cls.IsSubtypeOf(type)) throw Errors.TypeError($"{type.TpName}.__new__({cls.TpName}): {cls.TpName} is not a subtype of {type.TpName}");
        return cls;
    }
}
