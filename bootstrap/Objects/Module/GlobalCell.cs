using PyPack.Runtime.Builtins;

namespace PyPack.Runtime.Objects;

/// <summary>
/// One module-level name. Compiled code holds the cell in a static field, so reading a global is
/// a field read plus a null check; an unbound name falls back to the builtins module's cell.
/// </summary>
public sealed class GlobalCell(string name, ModuleGlobals? owner = null)
{
    private GlobalCell? _builtin;

    public string Name { get; } = name;

    /// <summary>The value, or null while unbound.</summary>
    public PyObject? Value;

    public PyObject Get() => Value ?? GetFromBuiltins();

    private PyObject GetFromBuiltins()
    {
        _builtin ??= Hosting.Interpreter.Current.Builtins.Globals.Cell(Name);
        return _builtin.Value ?? throw Errors.UndefinedName(Name, owner);
    }

    /// <summary>The value here or in builtins, or null when unbound in both (never raises).</summary>
    public PyObject? GetOrNull() => Value ?? (_builtin ??= Hosting.Interpreter.Current.Builtins.Globals.Cell(Name)).Value;

    /// <summary><c>del name</c> at module level.</summary>
    public void Delete()
    {
        if (Value is null) throw Errors.UndefinedName(Name);
        Value = null;
    }
}
