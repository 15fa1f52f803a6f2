using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>object</c>'s own methods: the defaults every class inherits (<c>__repr__</c>, <c>__eq__</c>,
/// <c>__hash__</c>, <c>__init__</c>, <c>__setattr__</c>...). They never dispatch back to a subclass's
/// dunder, so <c>super().__repr__()</c> and <c>object.__setattr__(self, ...)</c> end here.
/// </summary>
public static class ObjectMethods
{
    private static bool s_installed;

    // object's own comparison methods, by CompareOp: an instance whose class inherits them is
    // compared without calling them (DefaultComparison).
    private static readonly PyObject?[] s_comparisons = new PyObject?[CompareOpExtensions.All.Length];

    public static void Install()
    {
        if (s_installed) return;
        s_installed = true;
        var o = PyType.ObjectType;
        TypeCalls.AddObjectConstruction();
        o.Method("__repr__", static self => new PyStr(Repr(self)));
        // object.__str__ is repr(self) with the class's own __repr__, also on a builtin's subclass
        // (an IntFlag's `__str__ = object.__str__` prints its member name, not its int).
        o.Method("__str__", static self => new PyStr(BuiltinSubclass.ReprDispatching(self)));
        o.Method("__hash__", static self => PyInt.From(IdentityHash(self)));
        o.Method("__eq__", static (self, other) => ReferenceEquals(self, other) ? PyBool.True : PyNotImplemented.Instance);
        o.Method("__ne__", static (self, other) =>
        {
            var eq = self.Type.Lookup("__eq__") is { } m ? SpecialMethods.Call1(self, m, other) : PyNotImplemented.Instance;
            return ReferenceEquals(eq, PyNotImplemented.Instance) ? eq : PyBool.From(!Truth.IsTrue(eq));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" }) o.Method(name, static (self, other) => PyNotImplemented.Instance);
        o.Method("__format__", static (self, spec) =>
        {
            if (spec is not PyStr s) throw Errors.TypeError($"__format__() argument must be str, not {spec.Type.TpName}");
            if (s.Value.Length > 0) throw Errors.TypeError($"unsupported format string passed to {self.Type.TpName}.__format__");
            return new PyStr(Text.Str(self));
        });
        o.Method("__getattribute__", static (self, name) =>
            InstanceAttributes.Generic(self, NameOf(name)) ?? throw Attributes.NoAttribute(self, NameOf(name)));
        o.Method("__setattr__", static (self, args, kw) =>
        {
            if (args.Length != 2) throw Errors.TypeError($"expected 2 arguments, got {args.Length}");
            if (self is PyType t) TypeAttributes.Set(t, NameOf(args[0]), args[1]);
            else InstanceAttributes.GenericSet(self, NameOf(args[0]), args[1]);
            return PyNone.Instance;
        });
        o.Method("__delattr__", static (self, name) =>
        {
            if (self is PyType t) TypeAttributes.Delete(t, NameOf(name));
            else InstanceAttributes.GenericSet(self, NameOf(name), null);
            return PyNone.Instance;
        });
        o.SetAttribute("__init_subclass__", new PyClassMethod(ClassBuilder.ObjectInitSubclass));
        o.Method("__dir__", static self => new PyList(Sequences.Strs(Builtins.BuiltinsModule.DefaultDir(self))));
        o.Method("__getstate__", static self => self is IHeapInstance { Dict: { Count: > 0 } d } ? d : PyNone.Instance);
        o.SetAttribute("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", static (args, kw) => PyNotImplemented.Instance)));
        // The pickling recipes: a class's own __reduce__ wins over __reduce_ex__'s default; the
        // default recipes are worked out by copyreg (Lib/copyreg.py), which pickle brings along.
        o.Method("__reduce__", static self => CommonReduce(self, PyInt.Zero));
        o.Method("__reduce_ex__", static (self, protocol) =>
        {
            if (!ReferenceEquals(self.Type.Lookup("__reduce__"), s_objectReduce) && Attributes.TryGetAttr(self, "__reduce__") is { } reduce)
            {
                return reduce.Call0();
            }
            return CommonReduce(self, protocol);
        });
        s_objectReduce = o.GetOwn("__reduce__");
        o.Method("__sizeof__", static self => throw Errors.NotImplemented("object.__sizeof__ (CPython's memory layout)"));
        o.SetAttribute("__class__", new PyGetSetDescriptor(o, "__class__", static self => self.Type));
        o.SetAttribute("__doc__", new PyStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
        foreach (var op in CompareOpExtensions.All) s_comparisons[(int)op] = o.GetOwn(SpecialMethods.CompareName(op));
        InstanceAttributes.Register(o.GetOwn("__getattribute__")!, o.GetOwn("__setattr__")!, o.GetOwn("__delattr__")!);

        var type = PyType.TypeType;
        type.Method("__call__", static (self, args, kw) => TypeCalls.DefaultCall((PyType)self, args, kw));
        type.SetAttribute("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", static (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType meta) throw Errors.TypeError("type.__new__(X): X is not a type object");
            if (args.Length - (kw?.Length ?? 0) == 2) return args[1].Type;
            return ClassBuilder.TypeNew(meta, args[1..], kw);
        })));
        type.Method("__init__", static (self, args, kw) => PyNone.Instance);
        // type's own repr, which a metaclass's __repr__ reaches through super().__repr__().
        type.Method("__repr__", static self => new PyStr(((PyType)self).ClassRepr));
        type.Method("mro", static self => new PyList(Sequences.Objects(((PyType)self).Mro)));
        type.Method("__subclasses__", static self => new PyList(Sequences.Map(((PyType)self).Subclasses, static t => (PyObject)t)));
        type.Method("__subclasscheck__", static (self, other) => PyBool.From(other is PyType t && t.IsSubtypeOf((PyType)self)));
        type.Method("__instancecheck__", static (self, other) => PyBool.From(other.Type.IsSubtypeOf((PyType)self)));
    }

    private static PyObject? s_objectReduce;

    private static PyObject CommonReduce(PyObject self, PyObject protocol) =>
        Attributes.CallMethod2(Hosting.Imports.Import("copyreg"), "_common_reduce", self, protocol);

    private static string NameOf(PyObject name) =>
        name is PyStr s ? s.Value : throw Errors.TypeError($"attribute name must be string, not '{name.Type.TpName}'");

    /// <summary><c>object.__repr__</c>: <c>&lt;module.Class object at 0x...&gt;</c>.</summary>
    public static string Repr(PyObject self) => $"<{self.Type.QualifiedName} object at 0x{Identity.Of(self):x}>";

    public static long IdentityHash(PyObject self) => (long)(Identity.Of(self) >> 4);

    /// <summary>
    /// Whether == (or !=) between two instances of <paramref name="type"/> is object's own: its
    /// __eq__ (and for != its __ne__ too) is inherited from object, so the answer is identity.
    /// </summary>
    internal static bool InheritsEquality(PyType type, CompareOp op) =>
        ReferenceEquals(type.LookupSpecial(SpecialNames.Compare(CompareOp.Eq)), s_comparisons[(int)CompareOp.Eq])
        && (op == CompareOp.Eq || ReferenceEquals(type.LookupSpecial(SpecialNames.Compare(CompareOp.Ne)), s_comparisons[(int)CompareOp.Ne]));

    /// <summary>
    /// <c>self op other</c> when <paramref name="method"/>, the method <paramref name="self"/>'s class
    /// has for <paramref name="op"/>, is object's own: what calling it would give (null for
    /// NotImplemented), without the call. == is identity; the orderings are never implemented; !=
    /// negates __eq__, so it is answered here only when __eq__ is object's too. False: call it.
    /// </summary>
    internal static bool DefaultComparison(PyObject self, PyObject method, CompareOp op, PyObject other, out PyObject? result)
    {
        result = null;
        if (!ReferenceEquals(method, s_comparisons[(int)op])) return false;
        switch (op)
        {
            case CompareOp.Eq:
                if (ReferenceEquals(self, other)) result = PyBool.True;
                return true;
            case CompareOp.Ne:
                if (!ReferenceEquals(self.Type.LookupSpecial(SpecialNames.Compare(CompareOp.Eq)), s_comparisons[(int)CompareOp.Eq])) return false;
                if (ReferenceEquals(self, other)) result = PyBool.False;
                return true;
            default:
                return true;
        }
    }
}
