using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Importlib;

/// <summary>
/// What <c>importlib.util.find_spec</c> returns for a module the executable contains: CPython's
/// ModuleSpec with the attributes apps read (name, origin, parent, submodule_search_locations,
/// has_location). Its loader is not exposed: modules are loaded by the runtime.
/// </summary>
public sealed class ModuleSpec(string name, string? origin, PyList? searchLocations) : PyObject
{
    public static readonly PyType TypeObject = new("ModuleSpec", null) { Module = "importlib.machinery" };

    public override PyType Type => TypeObject;

    public override string Repr() =>
        $"ModuleSpec(name='{name}', loader=None{(origin is null ? "" : $", origin='{origin}'")}" +
        $"{(searchLocations is null ? "" : $", submodule_search_locations={searchLocations.Repr()}")})";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(name),
        "origin" => origin is null ? PyNone.Instance : new PyStr(origin),
        "parent" => new PyStr(searchLocations is not null ? name : name.LastIndexOf('.') is var d and > 0 ? name[..d] : ""),
        "submodule_search_locations" => (PyObject?)searchLocations ?? PyNone.Instance,
        "has_location" => PyBool.From(origin is not null),
        "loader" => PyNone.Instance,
        _ => null,
    };
}
