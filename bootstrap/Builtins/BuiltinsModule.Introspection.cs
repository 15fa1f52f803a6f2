using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary><c>globals()</c>, <c>locals()</c>, <c>vars()</c> and <c>dir()</c>.</summary>
public static partial class BuiltinsModule
{
    // Without arguments these four describe the caller's namespace. Compiled code calls them through
    // CallerNamespace, which passes that namespace; called any other way (f = globals; f()) the
    // caller is unknown, and they refuse rather than answer with some other namespace.
    public static readonly PyBuiltinFunction GlobalsFunction = new("globals", static (args, kw) =>
    {
        NoKeywords("globals", kw);
        if (args.Length != 0) throw Errors.TypeError($"globals() takes no arguments ({args.Length} given)");
        throw CallerUnknown("globals");
    });

    public static readonly PyBuiltinFunction LocalsFunction = new("locals", static (args, kw) =>
    {
        NoKeywords("locals", kw);
        if (args.Length != 0) throw Errors.TypeError($"locals() takes no arguments ({args.Length} given)");
        throw CallerUnknown("locals");
    });

    public static readonly PyBuiltinFunction VarsFunction = new("vars", static (args, kw) =>
    {
        NoKeywords("vars", kw);
        if (args.Length == 0) throw CallerUnknown("vars");
        Args.Count("vars", args.Length, 0, 1);
        return Attributes.TryGetAttr(args[0], "__dict__") ?? throw Errors.TypeError("vars() argument must have __dict__ attribute");
    });

    public static readonly PyBuiltinFunction DirFunction = new("dir", static (args, kw) =>
    {
        NoKeywords("dir", kw);
        if (args.Length == 0) throw CallerUnknown("dir");
        Args.Count("dir", args.Length, 0, 1);
        return Dir(args[0]);
    });

    private static void InitializeIntrospection(ModuleGlobals g)
    {
        g.Set("globals", GlobalsFunction);
        g.Set("locals", LocalsFunction);
        g.Set("vars", VarsFunction);
        g.Set("dir", DirFunction);
    }

    private static Exceptions.PyException CallerUnknown(string name) =>
        Errors.NotImplemented($"{name}() called through another name: PyPack knows the caller's namespace only where {name}() is written");

    /// <summary><c>dir()</c> of a namespace: its keys, sorted.</summary>
    public static PyList DirOfNamespace(PyObject mapping)
    {
        var list = new PyList(Iteration.ToArray(mapping));
        list.Sort(null, false);
        return list;
    }

    /// <summary><c>dir(o)</c>: the object's <c>__dir__</c>, sorted.</summary>
    public static PyList Dir(PyObject o)
    {
        var custom = o.Type.Lookup("__dir__");
        var names = custom is not null && custom is not PyBuiltinMethod
            ? Iteration.ToArray(SpecialMethods.Call0(o, custom))
            : Sequences.Strs(DefaultDir(o));
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
