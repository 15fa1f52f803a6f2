using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>set</c> and <c>frozenset</c> type objects: constructors and methods.</summary>
internal static class SetMethods
{
    public static PyType CreateSetType()
    {
        var type = new PyType("set", null) { PlainInstances = true };
        type.Constructor = static (args, kw) => Construct("set", args, kw, frozen: false);
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddSetMethods);
        return type;
    }

    private static void AddSetMethods(PyType type)
    {
        type.SetAttribute("__hash__", PyNone.Instance); // unhashable, as dataclasses and subclasses check
        AddCommon(type, "set");
        type.Method("add", static (self, x) =>
        {
            ((PySet)self).Add(x);
            return PyNone.Instance;
        });
        type.Method("remove", static (self, x) =>
        {
            var key = PySet.IsMutableSet(x) ? ((PySet)x).Copy(frozen: true) : x;
            if (!((PySet)self).Discard(key)) throw Errors.KeyError(x);
            return PyNone.Instance;
        });
        type.Method("discard", static (self, x) =>
        {
            ((PySet)self).Discard(PySet.IsMutableSet(x) ? ((PySet)x).Copy(frozen: true) : x);
            return PyNone.Instance;
        });
        type.Method("pop", static self => ((PySet)self).Pop());
        type.Method("clear", static self =>
        {
            ((PySet)self).Clear();
            return PyNone.Instance;
        });
        type.Method("update", static (self, args, kw) =>
        {
            NoKeywords("set.update", kw);
            foreach (var a in args) ((PySet)self).UpdateWith(a);
            return PyNone.Instance;
        });
        type.Method("intersection_update", static (self, args, kw) =>
        {
            NoKeywords("set.intersection_update", kw);
            foreach (var a in args) ((PySet)self).IntersectionUpdate(a);
            return PyNone.Instance;
        });
        type.Method("difference_update", static (self, args, kw) =>
        {
            NoKeywords("set.difference_update", kw);
            foreach (var a in args) ((PySet)self).DifferenceUpdate(a);
            return PyNone.Instance;
        });
        type.Method("symmetric_difference_update", static (self, x) =>
        {
            ((PySet)self).SymmetricDifferenceUpdate(x);
            return PyNone.Instance;
        });
    }

    public static PyType CreateFrozenSetType()
    {
        var type = new PyType("frozenset", null) { PlainInstances = true };
        type.Constructor = static (args, kw) => Construct("frozenset", args, kw, frozen: true);
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(static t => AddCommon(t, "frozenset"));
        return type;
    }

    private static void NoKeywords(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    private static PyObject Construct(string name, ReadOnlySpan<PyObject> args, string[]? kw, bool frozen)
    {
        NoKeywords(name, kw);
        Args.Count(name, args.Length, 0, 1);
        if (args.Length == 0) return new PySet(frozen);
        // Only an exact frozenset is returned as is: a subclass's instance is copied.
        if (frozen && args[0].GetType() == typeof(PySet) && ((PySet)args[0]).Frozen) return args[0];
        return new PySet(args[0], frozen);
    }

    private static void AddCommon(PyType type, string name)
    {
        // frozenset.copy returns an exact frozenset itself; a subclass's instance is copied to the base type.
        type.Method("copy", static self => self.GetType() == typeof(PySet) && ((PySet)self).Frozen ? self : ((PySet)self).Copy(((PySet)self).Frozen));
        type.Method("union", (self, args, kw) =>
        {
            NoKeywords(name + ".union", kw);
            return ((PySet)self).Union(args);
        });
        type.Method("intersection", (self, args, kw) =>
        {
            NoKeywords(name + ".intersection", kw);
            var r = (PySet)self;
            if (args.Length == 0) return r.Copy(r.Frozen);
            foreach (var a in args) r = r.Intersection(a);
            return r;
        });
        type.Method("difference", (self, args, kw) =>
        {
            NoKeywords(name + ".difference", kw);
            var r = (PySet)self;
            if (args.Length == 0) return r.Copy(r.Frozen);
            r = r.Difference(args[0]);
            for (var i = 1; i < args.Length; i++) r.DifferenceUpdate(args[i]);
            return r;
        });
        type.Method("symmetric_difference", static (self, x) => ((PySet)self).SymmetricDifference(x));
        type.Method("issubset", static (self, x) => PyBool.From(((PySet)self).IsSubsetOf(x)));
        type.Method("issuperset", static (self, x) => PyBool.From(((PySet)self).IsSupersetOf(x)));
        type.Method("isdisjoint", static (self, x) => PyBool.From(((PySet)self).IsDisjoint(x)));
        type.Method("__contains__", static (self, x) => PyBool.From(Comparison.Contains(self, x)));
        type.Method("__len__", static self => PyInt.From(((PySet)self).Count));
    }
}
