using PyPack.Runtime.Builtins;

namespace PyPack.Runtime.Objects;

/// <summary>
/// One module-level name. Compiled code holds the cell in a static field, so reading a global is
/// a field read plus a null check; an unbound name falls back to the builtins module's cell.
/// </summary>
public sealed class GlobalCell(string name, ModuleGlobals? owner = null)
{
    private GlobalCell? _builtin;
    private PyObject? _value;

    public string Name { get; } = name;

    /// <summary>The module globals this cell belongs to (null for a cell outside any module).</summary>
    internal ModuleGlobals? Owner => owner;

    /// <summary>When the name was last bound, for the module dict's insertion order (CPython's dict order).</summary>
    internal long BindOrder { get; private set; }

    /// <summary>The value, or null while unbound. Stores keep the module's dict, once someone asked for it, in step.</summary>
    public PyObject? Value
    {
        get => _value;
        set
        {
            if (_value is null && value is not null && owner is not null) BindOrder = owner.NextBindOrder();
            _value = value;
            owner?.Dict?.MirrorGlobal(Name, value);
        }
    }

    /// <summary>A store made through the module's dict: the dict already holds it.</summary>
    internal void SetFromDict(PyObject? value, long bindOrder)
    {
        if (_value is null && value is not null) BindOrder = bindOrder;
        _value = value;
    }

    // A builtin (len, isinstance, type...) read from a module that does not shadow it: the builtins
    // cell this cell found once, read inline, with no call.
    public PyObject Get() => _value ?? _builtin?._value ?? GetFromBuiltins();

    /// <summary>
    /// <see cref="Get()"/>, where a NameError is reported at <paramref name="at"/>: the frame's place
    /// moves there only then, so a load that succeeds stores nothing.
    /// </summary>
    public PyObject Get(ref int place, int at) => _value ?? _builtin?._value ?? GetFromBuiltins(ref place, at);

    private PyObject GetFromBuiltins(ref int place, int at)
    {
        _builtin ??= Hosting.Interpreter.Current.Builtins.Globals.Cell(Name);
        if (_builtin.Value is { } value) return value;
        place = at;
        throw Errors.UndefinedName(Name, owner);
    }

    private PyObject GetFromBuiltins()
    {
        _builtin ??= Hosting.Interpreter.Current.Builtins.Globals.Cell(Name);
        return _builtin.Value ?? throw Errors.UndefinedName(Name, owner);
    }

    /// <summary>The value here or in builtins, or null when unbound in both (never raises).</summary>
    public PyObject? GetOrNull() => _value ?? (_builtin ??= Hosting.Interpreter.Current.Builtins.Globals.Cell(Name)).Value;

    /// <summary><c>del name</c> at module level.</summary>
    public void Delete()
    {
        if (_value is null) throw Errors.UndefinedName(Name);
        Value = null;
    }
}
