namespace PyPack.Runtime.Objects;

/// <summary>
/// A function compiled from a <c>def</c>. The body is a C# static method taking one parameter per
/// Python parameter; calls whose arguments already match (the common case) invoke it directly,
/// others go through <see cref="ArgumentBinder"/>.
/// </summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = new("function", null);

    private readonly Func<PyObject>? _body0;
    private readonly Func<PyObject, PyObject>? _body1;
    private readonly Func<PyObject, PyObject, PyObject>? _body2;
    private readonly Func<PyObject, PyObject, PyObject, PyObject>? _body3;
    private readonly Func<PyObject[], PyObject> _bodyArray;

    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject> body) : this(info, _ => body(), defaults) => _body0 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject> body) : this(info, a => body(a[0]), defaults) => _body1 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject> body) : this(info, a => body(a[0], a[1]), defaults) => _body2 = body;
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject> body) : this(info, a => body(a[0], a[1], a[2]), defaults) => _body3 = body;

    /// <summary>A function whose body takes its parameters as one array (any arity).</summary>
    public PyFunction(FunctionInfo info, Func<PyObject[], PyObject> body, PyObject[]? defaults)
    {
        Info = info;
        Defaults = defaults;
        _bodyArray = body;
    }

    public FunctionInfo Info { get; }

    // The function's __dict__, created on first use: update_wrapper copies it, users set attributes.
    private PyDict? _attributes;
    private string? _name;
    private string? _qualName;

    public string Name => _name ?? Info.Name;
    public string QualName => _qualName ?? Info.QualName;

    /// <summary><c>__doc__</c>: the docstring, None when there is none.</summary>
    public PyObject Doc { get; set; } = PyNone.Instance;

    /// <summary><c>__module__</c>.</summary>
    public PyObject ModuleName { get; set; } = PyNone.Instance;

    /// <summary><c>__kwdefaults__</c> values by name, for keyword-only parameters.</summary>
    public Dictionary<string, PyObject>? KwDefaults { get; set; }

    /// <summary><c>__annotations__</c>, once the definition stored them.</summary>
    public PyObject? Annotations { get; set; }

    /// <summary>The cells of the function's free variables (<c>__closure__</c>), sorted by name; null when it has none.</summary>
    public PyCell[]? Closure { get; init; }

    public override PyObject? GetOwnAttribute(string name)
    {
        if (_attributes?.TryGetStr(name) is { } v) return v;
        if (name == "__dict__") return _attributes ??= new PyDict();
        return name switch
        {
            "__dict__" => _attributes ??= new PyDict(),
            "__name__" => new PyStr(Name),
            "__qualname__" => new PyStr(QualName),
            "__doc__" => Doc,
            "__module__" => ModuleName,
            "__defaults__" => Defaults is null ? PyNone.Instance : new PyTuple([.. Defaults]),
            "__kwdefaults__" => KwDefaults is null ? PyNone.Instance : KwDefaultsDict(),
            "__annotations__" => Annotations ??= new PyDict(),
            "__closure__" => Closure is null ? PyNone.Instance : new PyTuple([.. Closure]),
            "__get__" => new PyBuiltinFunction("__get__", BindTo),
            _ => null,
        };
    }

    /// <summary><c>function.__get__(instance, owner=None)</c>: what attribute lookup on a class or instance gives.</summary>
    private PyObject BindTo(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        Args.Check("function", "__get__", args, kwnames, 1, 2);
        if (args[0] is not PyNone) return new PyBoundMethod(this, args[0]);
        if (args.Length < 2 || args[1] is PyNone) throw Errors.TypeError("__get__(None, None) is invalid");
        return this;
    }

    private PyDict KwDefaultsDict()
    {
        var d = new PyDict();
        foreach (var (k, v) in KwDefaults!) d.Set(new PyStr(k), v);
        return d;
    }

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "__name__":
                _name = value is PyStr n ? n.Value : throw Errors.TypeError("__name__ must be set to a string object");
                return true;
            case "__qualname__":
                _qualName = value is PyStr q ? q.Value : throw Errors.TypeError("__qualname__ must be set to a string object");
                return true;
            case "__doc__":
                Doc = value;
                return true;
            case "__module__":
                ModuleName = value;
                return true;
            case "__annotations__":
                Annotations = value;
                return true;
            case "__defaults__":
                Defaults = value switch
                {
                    PyNone => null,
                    PyTuple t => t.Items.ToArray(),
                    _ => throw Errors.TypeError("__defaults__ must be set to a tuple object"),
                };
                return true;
            case "__kwdefaults__":
                KwDefaults = value switch
                {
                    PyNone => null,
                    PyDict d => StrKeyed(d),
                    _ => throw Errors.TypeError("__kwdefaults__ must be set to a dict object"),
                };
                return true;
            case "__dict__":
                _attributes = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                return true;
        }
        (_attributes ??= new PyDict()).SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => _attributes is not null && _attributes.RemoveStr(name);

    /// <summary>Default values of the last positional parameters (<c>__defaults__</c>).</summary>
    public PyObject[]? Defaults { get; set; }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<function {QualName} at 0x{Identity.Of(this):x}>";

    public override PyObject Call0() => _body0 is not null ? _body0() : Call([], null);
    public override PyObject Call1(PyObject a) => _body1 is not null ? _body1(a) : Call([a], null);
    public override PyObject Call2(PyObject a, PyObject b) => _body2 is not null ? _body2(a, b) : Call([a, b], null);
    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => _body3 is not null ? _body3(a, b, c) : Call([a, b, c], null);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        _bodyArray(ArgumentBinder.Bind(Info, Defaults, KwDefaults, args, kwnames));

    // A loop, not LINQ: LINQ over the dict's KeyValuePairs instantiates its iterators for that struct in every executable.
    private static Dictionary<string, PyObject> StrKeyed(PyDict d)
    {
        var result = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        foreach (var (k, v) in d.Pairs)
        {
            if (k is PyStr s) result[s.Value] = v;
        }
        return result;
    }
}
