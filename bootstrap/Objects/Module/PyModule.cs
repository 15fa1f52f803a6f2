namespace PyPack.Runtime.Objects;

/// <summary>A module: a name and its globals.</summary>
public sealed class PyModule : PyObject
{
    public static readonly PyType TypeObject = new("module", null);

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
