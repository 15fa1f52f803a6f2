using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Uuid;

/// <summary>
/// uuid.SafeUUID's three members (safe = 0, unsafe = -1, unknown = None) with an enum member's
/// name, value, str and repr. Not a full enum.Enum class: only the members are reachable.
/// </summary>
internal sealed class SafeUuid(string name, PyObject value) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    public override string Str() => $"SafeUUID.{name}";

    public override string Repr() => $"<SafeUUID.{name}: {value.Repr()}>";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(name),
        "value" => value,
        _ => null,
    };

    private static PyType CreateType()
    {
        var type = new PyType("SafeUUID", null) { Module = "uuid" };
        SlotWrappers.Add(type, "__repr__", "__str__");
        return type;
    }
}
