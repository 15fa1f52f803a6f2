namespace PyPack.Runtime.Objects;

/// <summary>A module: a name and its globals.</summary>
public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private static PyType MakeType()
    {
        var t = new PyType("module", null);
        // types.ModuleType(name, doc=None): a module made at run time, not imported from anywhere.
        t.Constructor = static (args, kw) =>
        {
            var a = Modules.ModuleArgs.Bind("module", args, kw, ["name", "doc"], 1);
            var name = a[0] as PyStr ?? throw Errors.TypeError($"module() argument 'name' must be str, not {a[0]!.Type.TpName}");
            var module = new PyModule(name.Value);
            module.Globals.Set("__doc__", a[1] ?? PyNone.Instance);
            module.Globals.Set("__package__", PyNone.Instance);
            module.Globals.Set("__loader__", PyNone.Instance);
            module.Globals.Set("__spec__", PyNone.Instance);
            return module;
        };
        return t;
    }

    public PyModule(string name, string? fileName = null)
    {
        Name = name;
        Globals = new ModuleGlobals();
        Globals.Set("__name__", new PyStr(name));
        Globals.Set("__doc__", PyNone.Instance);
        if (fileName is not null) Globals.Set("__file__", new PyStr(fileName));
    }

    public string Name { get; }
    public ModuleGlobals Globals { get; }

    /// <summary>True while the module's code runs (CPython's <c>__spec__._initializing</c>): errors then mention circular imports.</summary>
    public bool IsInitializing { get; set; }

    public override PyType Type => TypeObject;

    public override string Repr() => Globals.TryGet("__file__") switch
    {
        PyStr f => $"<module '{Name}' from '{f.Value}'>",
        PyNone when Globals.TryGet("__path__") is PyList => $"<module '{Name}' (namespace)>",
        // No spec and no loader: made by types.ModuleType, as CPython's repr falls back to the name.
        _ when Globals.TryGet("__spec__") is PyNone && Globals.TryGet("__loader__") is null or PyNone => $"<module '{Name}'>",
        _ => $"<module '{Name}' (built-in)>",
    };

    public override PyObject? GetOwnAttribute(string name) => name == "__dict__" ? Globals.AsDict() : Globals.TryGet(name);

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        Globals.Set(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name)
    {
        // CPython's message here is the generic object one, not the module's "has no attribute".
        if (Globals.TryGet(name) is null) throw Errors.AttributeError($"'module' object has no attribute '{name}'");
        Globals.Cell(name).Value = null;
        return true;
    }
}
