namespace PyPack.Runtime.Objects;

/// <summary>
/// A variable shared between a function and the functions nested in it (CPython's cell).
/// Compiled code keeps cells in C# locals and passes them to nested functions' bodies.
/// </summary>
public sealed class PyCell : PyObject
{
    public static readonly PyType TypeObject = new("cell", null);

    /// <summary>The value, or null while unbound.</summary>
    public PyObject? Value;

    public PyCell() { }
    public PyCell(PyObject? value) => Value = value;

    public override PyType Type => TypeObject;
    public override string Repr() => Value is null
        ? $"<cell at 0x{Identity.Of(this):x}: empty>"
        : $"<cell at 0x{Identity.Of(this):x}: {Value.Type.TpName} object at 0x{Identity.Of(Value):x}>";

    public override PyObject? GetOwnAttribute(string name) =>
        name == "cell_contents" ? Value ?? throw Errors.ValueError("Cell is empty") : null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (name != "cell_contents") return false;
        Value = value;
        return true;
    }

    /// <summary>Reads a free variable of a nested function.</summary>
    public PyObject GetFree(string name) =>
        Value ?? throw Errors.UnboundFree(name);

    /// <summary>Reads a cell variable in the function that owns it.</summary>
    public PyObject GetLocal(string name) => Value ?? throw Errors.UnboundLocal(name);
}
