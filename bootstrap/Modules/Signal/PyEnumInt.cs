using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Signal;

/// <summary>
/// A member of one of signal's IntEnums (Signals, Handlers): an int that knows its name, shown
/// as <c>&lt;Signals.SIGINT: 2&gt;</c> by repr() and as the number by str() and format(), as in 3.11.
/// </summary>
public sealed class PyEnumInt : PyInt
{
    private readonly PyType _type;

    public PyEnumInt(PyType type, string name, long value) : base(value)
    {
        _type = type;
        Name = name;
    }

    public string Name { get; }

    public override PyType Type => _type;

    public override string Repr() => $"<{_type.Name}.{Name}: {Small}>";

    public override string Str() => Small.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "name" or "_name_" => new PyStr(Name),
        "value" or "_value_" => PyInt.From(Small),
        _ => base.GetOwnAttribute(name),
    };

    /// <summary>An IntEnum type whose call maps a value to its member, or CPython's ValueError.</summary>
    public static PyType CreateType(string name, Func<long, PyEnumInt?> lookup)
    {
        var type = new PyType(name, PyInt.TypeObject) { Module = "signal" };
        type.Constructor = (args, kw) =>
        {
            var a = ModuleArgs.Bind(name, args, kw, ["value"], 1);
            var value = a[0]!;
            if (value is PyEnumInt member && member.Type == type) return member;
            return value is PyInt i && i.IsSmall && lookup(i.Small) is { } found
                ? found
                : throw Errors.ValueError($"{Operations.Text.Repr(value)} is not a valid {name}");
        };
        return type;
    }
}
