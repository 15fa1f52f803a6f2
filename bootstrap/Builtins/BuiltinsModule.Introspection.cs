using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary><c>vars(obj)</c> and <c>dir(obj)</c>.</summary>
public static partial class BuiltinsModule
{
    private static void InitializeIntrospection(ModuleGlobals g)
    {
        g.Set("vars", new PyBuiltinFunction("vars", static (args, kw) =>
        {
            NoKeywords("vars", kw);
            if (args.Length == 0) throw Errors.NotImplemented("vars() without an argument (the caller's locals)");
            Args.Count("vars", args.Length, 1, 1);
            return Attributes.TryGetAttr(args[0], "__dict__") ?? throw Errors.TypeError("vars() argument must have __dict__ attribute");
        }));
        g.Set("dir", new PyBuiltinFunction("dir", static (args, kw) =>
        {
            NoKeywords("dir", kw);
            if (args.Length == 0) throw Errors.NotImplemented("dir() without an argument (the caller's locals)");
            Args.Count("dir", args.Length, 1, 1);
            return Dir(args[0]);
        }));
    }

    /// <summary><c>dir(o)</c>: the object's <c>__dir__</c>, sorted.</summary>
    public static PyList Dir(PyObject o)
    {
        var custom = o.Type.Lookup("__dir__");
        var names = custom is not null && custom is not PyBuiltinMethod
            ? Iteration.ToArray(SpecialMethods.Call0(o, custom))
            : DefaultDir(o).Select(n => (PyObject)new PyStr(n)).ToArray();
        var list = new PyList(names);
        list.Sort(null, false);
        return list;
    }

    /// <summary><c>object.__dir__</c>, <c>type.__dir__</c> and <c>module.__dir__</c>.</summary>
    public static IEnumerable<string> DefaultDir(PyObject o)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        switch (o)
        {
            case PyModule m:
                foreach (var (k, _) in m.Globals.Items) names.Add(k);
                return names;
            case PyType t:
                AddClassNames(t, names);
                return names;
        }
        if (o is IHeapInstance { Dict: { } dict })
        {
            foreach (var (k, _) in dict.Pairs)
            {
                if (k is PyStr s) names.Add(s.Value);
            }
        }
        AddClassNames(o.Type, names);
        return names;
    }

    private static void AddClassNames(PyType t, HashSet<string> names)
    {
        foreach (var c in t.Mro)
        {
            foreach (var (k, _) in c.OwnItems) names.Add(k);
        }
    }
}
