namespace PyPack.Runtime.Objects;

/// <summary>A module's dict: every change made through it also reaches the module's global cells.</summary>
public partial class PyDict
{
    // Null for every dict but a module's (see ModuleGlobals.AsDict).
    private ModuleGlobals? _module;

    internal void MirrorInto(ModuleGlobals module) => _module = module;

    private void NotifyModule(PyObject key, PyObject? value)
    {
        if (key is PyStr s) _module!.StoredThroughDict(s.Value, value);
    }

    /// <summary>A global cell changed: the same change here, without echoing it back to the cell.</summary>
    internal void MirrorGlobal(string name, PyObject? value)
    {
        var module = _module;
        _module = null;
        if (value is null) RemoveStr(name);
        else SetStr(name, value);
        _module = module;
    }
}
