namespace PyPack.Runtime.Objects;

/// <summary>
/// A Python type. Builtin types are created once as static instances; their methods live in
/// <see cref="Dict"/> like a user class's would, so attribute lookup has one path for both.
/// </summary>
public sealed class PyType : PyObject
{
    private readonly Dictionary<string, PyObject> _dict = new(StringComparer.Ordinal);
    private int _version;

    // object first: every other type's constructor reads it as the default base.
    public static readonly PyType ObjectType = new("object", null);
    public static readonly PyType TypeType = new("type", null);

    public PyType(string name, PyType? baseType)
    {
        Name = name;
        Base = baseType ?? (name == "object" ? null : ObjectType);
        Mro = Base is null ? [this] : [this, .. Base.Mro];
    }

    public string Name { get; }
    public PyType? Base { get; }

    /// <summary>The method resolution order, this type first.</summary>
    public PyType[] Mro { get; }

    /// <summary>Bumped whenever this type's dict changes, so cached lookups can be checked.</summary>
    public int Version => _version;

    public override PyType Type => TypeType;

    public void SetAttribute(string name, PyObject value)
    {
        _dict[name] = value;
        _version++;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO, as CPython's _PyType_Lookup.</summary>
    public PyObject? Lookup(string name)
    {
        foreach (var t in Mro)
        {
            if (t._dict.TryGetValue(name, out var v)) return v;
        }
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other)) return true;
        }
        return false;
    }

    public override string Repr() => $"<class '{QualifiedName}'>";

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "__name__" => new PyStr(Name),
        "__qualname__" => new PyStr(Name),
        "__module__" => Module is null ? PyNone.Instance : new PyStr(Module),
        "__mro__" => new PyTuple([.. Mro]),
        "__bases__" => Base is null ? PyTuple.Empty : new PyTuple([Base]),
        "__base__" => (PyObject?)Base ?? PyNone.Instance,
        _ => Lookup(name),
    };

    /// <summary>The name repr shows: builtins bare, others with their module.</summary>
    public string QualifiedName => Module is null or "builtins" ? Name : $"{Module}.{Name}";

    public string? Module { get; init; } = "builtins";

    /// <summary>Adds a method implemented in C#.</summary>
    public PyType Method(string name, Func<PyObject, PyObject> body)
    {
        SetAttribute(name, new PyBuiltinMethod(this, name, body));
        return this;
    }

    public PyType Method(string name, Func<PyObject, PyObject, PyObject> body)
    {
        SetAttribute(name, new PyBuiltinMethod(this, name, body));
        return this;
    }

    /// <summary>Adds a computed, read-only attribute.</summary>
    public PyType Property(string name, Func<PyObject, PyObject> getter)
    {
        SetAttribute(name, new PyGetSetDescriptor(this, name, getter));
        return this;
    }

    /// <summary>Adds a function reached through the type (a classmethod or staticmethod of a builtin).</summary>
    public PyType StaticFunction(string name, BuiltinFunctionBody body)
    {
        SetAttribute(name, new PyBuiltinFunction(name, body));
        return this;
    }

    public PyType Method(string name, BuiltinMethodBody body)
    {
        SetAttribute(name, new PyBuiltinMethod(this, name, body));
        return this;
    }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (Constructor is null) throw Errors.TypeError($"cannot create '{Name}' instances");
        return Constructor(args, kwnames);
    }

    /// <summary><c>type(...)</c> for builtin types: the C# function that makes an instance.</summary>
    public BuiltinFunctionBody? Constructor { get; set; }
}
