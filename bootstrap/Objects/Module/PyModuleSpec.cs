namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>module.__spec__</c>: what the import system knew when it created the module (CPython's
/// importlib.machinery.ModuleSpec). Read by code that asks where a module came from
/// (<c>__spec__.name</c>, <c>.origin</c>, <c>.parent</c>, <c>.submodule_search_locations</c>).
/// </summary>
/// <remarks><paramref name="hasLocation"/>: origin is a file (false for built-in modules and namespace packages).</remarks>
public sealed class PyModuleSpec(string name, PyObject loader, string? origin, bool hasLocation, IReadOnlyList<string>? searchLocations) : PyObject
{
    public static readonly PyType TypeObject = new("ModuleSpec", null) { Module = "importlib.machinery" };

    public string Name { get; } = name;

    public override PyType Type => TypeObject;

    public override string Repr()
    {
        var text = $"ModuleSpec(name={new PyStr(Name).Repr()}, loader={loader.Repr()}";
        if (origin is not null) text += $", origin={new PyStr(origin).Repr()}";
        if (searchLocations is not null) text += $", submodule_search_locations={Locations().Repr()}";
        return text + ")";
    }

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(Name),
        "loader" => loader,
        "origin" => origin is null ? PyNone.Instance : new PyStr(origin),
        "submodule_search_locations" => searchLocations is null ? PyNone.Instance : Locations(),
        // A package is its own parent; a module's parent is the package that holds it.
        "parent" => new PyStr(searchLocations is not null ? Name : Name.LastIndexOf('.') is var d and > 0 ? Name[..d] : ""),
        "has_location" => PyBool.From(hasLocation),
        "cached" => PyNone.Instance,
        "loader_state" => PyNone.Instance,
        _ => null,
    };

    private PyList Locations() => new(Sequences.Strs(searchLocations!));
}
