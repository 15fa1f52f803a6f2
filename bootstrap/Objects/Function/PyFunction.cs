using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A function compiled from a <c>def</c>. The body is a C# static method taking one parameter per
/// Python parameter; calls whose arguments already match (the common case) invoke it directly,
/// others go through <see cref="ArgumentBinder"/>.
/// </summary>
public sealed class PyFunction : PyObject
{
    public static readonly PyType TypeObject = new("function", null);

    // The body: a Func taking exactly Arity objects (Arity 0-12, ArgumentBuffer.Size), or one taking
    // the bound arguments as a span (SpanBody). One field and a tag instead of a field per arity, and
    // no array wrapper made up front: a nested def or lambda is made again on every execution.
    private readonly Delegate _body;
    private readonly byte _arity;
    private const byte SpanBody = byte.MaxValue;
    private const byte RawBody = byte.MaxValue - 1;

    // How many bound values the body takes (SpanBody's too): up to ArgumentBuffer.Size they are bound on the stack.
    private readonly int _slots;

    // Positional parameters only (no *args, keyword-only or **kwargs): calls bind without ArgumentBinder.
    private readonly bool _simple;

    // The arity a call of that many positionals runs the body with as it is: _arity for a simple
    // function, none (NotExact) for others, whose body also takes the *args tuple, keyword-only
    // values or **kwargs dict.
    private readonly byte _exactArity;
    private const byte NotExact = byte.MaxValue;

    // id(self)'s serial (see Identity.FromField): fits beside the flags in the object's padding.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject> body) : this(info, defaults, body, 0) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject> body) : this(info, defaults, body, 1) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject> body) : this(info, defaults, body, 2) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 3) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 4) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 5) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 6) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 7) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 8) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 9) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 10) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 11) { }
    public PyFunction(FunctionInfo info, PyObject[]? defaults, Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject> body) : this(info, defaults, body, 12) { }

    /// <summary>A function whose body takes its bound parameters as one span (any arity).</summary>
    public PyFunction(FunctionInfo info, BoundArgumentsBody body, PyObject[]? defaults) : this(info, defaults, body, SpanBody) { }

    /// <summary>
    /// A native function shaped <c>(*args, **kwargs)</c> that takes each call as it comes
    /// (positionals, then keyword values named by kwnames): no tuple, dict or array is made to bind
    /// it, as CPython's vectorcall does for C functions. It is still a function (it binds as a method).
    /// </summary>
    public PyFunction(FunctionInfo info, BuiltinFunctionBody body) : this(info, null, body, RawBody) { }

    private PyFunction(FunctionInfo info, PyObject[]? defaults, Delegate body, byte arity)
    {
        Info = info;
        Defaults = defaults;
        _body = body;
        _arity = arity;
        _simple = info.IsSimple;
        _exactArity = _simple ? arity : NotExact;
        _slots = arity == SpanBody ? info.BodyArity : arity;
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

    /// <summary><c>__kwdefaults__</c> values by name, for keyword-only parameters. Replaced whole, never changed in place (see <see cref="KeywordOnlyDefaults"/>).</summary>
    public Dictionary<string, PyObject>? KwDefaults
    {
        get => _kwDefaults;
        set
        {
            _kwDefaults = value;
            _keywordOnlyDefaults = null;
        }
    }

    private Dictionary<string, PyObject>? _kwDefaults;
    private PyObject?[]? _keywordOnlyDefaults;

    /// <summary>
    /// The keyword-only defaults by parameter position (null where a parameter has none), made from
    /// <see cref="KwDefaults"/> at the first call that needs them: binding then reads an array slot
    /// instead of hashing each omitted parameter's name (<c>def f(x, *, key=None, reverse=False)</c>).
    /// </summary>
    private PyObject?[]? KeywordOnlyDefaults()
    {
        if (_kwDefaults is null) return null;
        if (_keywordOnlyDefaults is { } known) return known;
        var names = Info.KeywordOnly;
        var values = new PyObject?[names.Length];
        for (var i = 0; i < names.Length; i++) values[i] = _kwDefaults.TryGetValue(names[i], out var d) ? d : null;
        return _keywordOnlyDefaults = values;
    }

    /// <summary>
    /// The current default of keyword-only parameter <paramref name="index"/>, or null: compiled calls
    /// that bind at build time read it each call, so a <c>__kwdefaults__</c> set later is seen.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? KeywordOnlyDefault(int index) => (_keywordOnlyDefaults ?? KeywordOnlyDefaults()) is { } d ? d[index] : null;

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
            "__defaults__" => Defaults is null ? PyNone.Instance : PyTuple.FromArray(Sequences.Objects(Defaults)),
            "__kwdefaults__" => KwDefaults is null ? PyNone.Instance : KwDefaultsDict(),
            "__annotations__" => Annotations ??= new PyDict(),
            "__code__" => PyCode.Of(Info.Code),
            "__closure__" => Closure is null ? PyNone.Instance : PyTuple.FromArray(Sequences.Objects(Closure)),
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
                _attributes = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
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

    // The arity tag says which Func the body is (set only by the constructor of that Func type):
    // Unsafe.As skips the cast check on every call.
    public override PyObject Call0() => _exactArity == 0 ? Unsafe.As<Func<PyObject>>(_body)() : Call([], null);
    public override PyObject Call1(PyObject a) => _exactArity == 1 ? Unsafe.As<Func<PyObject, PyObject>>(_body)(a) : Call([a], null);
    public override PyObject Call2(PyObject a, PyObject b) => _exactArity == 2 ? Unsafe.As<Func<PyObject, PyObject, PyObject>>(_body)(a, b) : Call([a, b], null);
    public override PyObject Call3(PyObject a, PyObject b, PyObject c) => _exactArity == 3 ? Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject>>(_body)(a, b, c) : Call([a, b, c], null);

    /// <summary>A call with four positionals (a method's self and three more), straight to the body when it takes exactly those.</summary>
    public PyObject Call4(PyObject a, PyObject b, PyObject c, PyObject d) =>
        _exactArity == 4 ? Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a, b, c, d) : Call([a, b, c, d], null);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (_arity == RawBody) return Unsafe.As<BuiltinFunctionBody>(_body)(args, kwnames);
        if (_simple && kwnames is null && args.Length == Info.ParameterNames.Length) return CallExact(args);
        if (_slots <= ArgumentBuffer.Size) return CallBound(args, kwnames);
        return CallExact(ArgumentBinder.Bind(Info, Defaults, KeywordOnlyDefaults(), args, kwnames));
    }

    /// <summary>
    /// A call that needs binding (keywords, defaults, *args, keyword-only or **kwargs parameters) of a
    /// fixed-arity body: bound on the stack, without an array. Its own method, so the exact-arity calls
    /// above do not clear the buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private PyObject CallBound(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var buffer = new ArgumentBuffer();
        var bound = ((Span<PyObject?>)buffer)[.._slots];
        if (_simple ? !TryBindSimple(args, kwnames, bound) : kwnames is not null || !TryBindPositionals(args, bound))
        {
            // Not a plain match: ArgumentBinder binds it again from empty slots and raises CPython's error.
            bound.Clear();
            ArgumentBinder.Bind(Info, Defaults, KeywordOnlyDefaults(), args, kwnames, bound);
        }
        return CallExact(bound!);
    }

    /// <summary>
    /// <c>f(*args, **kwargs)</c> with the keywords still in their str-keyed dict: bound straight from
    /// it, without the array of names and values a general call takes.
    /// </summary>
    public PyObject CallWithMapping(ReadOnlySpan<PyObject> positional, PyDict keywords)
    {
        if (_arity == RawBody) return Operations.UnpackedCall.CallWithNames(this, positional, keywords);
        if (_slots <= ArgumentBuffer.Size)
        {
            var buffer = new ArgumentBuffer();
            var bound = ((Span<PyObject?>)buffer)[.._slots];
            ArgumentBinder.Bind(Info, Defaults, KeywordOnlyDefaults(), positional, keywords, bound);
            return CallExact(bound!);
        }
        var binding = new PyObject?[_slots];
        ArgumentBinder.Bind(Info, Defaults, KeywordOnlyDefaults(), positional, keywords, binding);
        return CallExact(binding!);
    }

    /// <summary>The call <c>f(self, *args)</c> (a method found on a type), without an array for small arities.</summary>
    public PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length < ArgumentBuffer.Size)
        {
            var buffer = new ArgumentBuffer();
            Span<PyObject?> all = buffer;
            all[0] = self;
            args.CopyTo(all[1..]!);
            return Call(all[..(args.Length + 1)]!, kwnames);
        }
        var array = new PyObject[args.Length + 1];
        array[0] = self;
        args.CopyTo(array.AsSpan(1));
        return Call(array, kwnames);
    }

    /// <summary>
    /// <c>o.method(*args, **kwargs)</c> through a bound method of this function: self, the positionals
    /// and the str-keyed dict's keywords, bound without an array of names and values.
    /// </summary>
    public PyObject CallWithSelf(PyObject self, ReadOnlySpan<PyObject> positional, PyDict keywords)
    {
        if (positional.Length < ArgumentBuffer.Size)
        {
            var buffer = new ArgumentBuffer();
            Span<PyObject?> all = buffer;
            all[0] = self;
            positional.CopyTo(all[1..]!);
            return CallWithMapping(all[..(positional.Length + 1)]!, keywords);
        }
        var array = new PyObject[positional.Length + 1];
        array[0] = self;
        positional.CopyTo(array.AsSpan(1));
        return CallWithMapping(array, keywords);
    }

    /// <summary>
    /// Binds a call of a simple function into <paramref name="bound"/> (one slot per parameter):
    /// positionals, keywords by name, then defaults. False when the call is not a plain match
    /// (too many positionals, unknown or repeated names, missing values): ArgumentBinder then
    /// binds it again and raises CPython's error.
    /// </summary>
    private bool TryBindSimple(ReadOnlySpan<PyObject> args, string[]? kwnames, Span<PyObject?> bound)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional > bound.Length) return false;
        args[..positional].CopyTo(bound!);
        if (kwnames is not null)
        {
            var names = Info.ParameterNames;
            for (var k = 0; k < kwCount; k++)
            {
                // By reference first: compiled code's keyword names are the same literals as the parameters'.
                var index = ArgumentBinder.IndexOfName(names, kwnames[k]);
                if (index < Info.PositionalOnly || bound[index] is not null) return false;
                bound[index] = args[positional + k];
            }
        }
        var defaults = Defaults;
        var firstDefault = bound.Length - (defaults?.Length ?? 0);
        for (var i = positional; i < bound.Length; i++)
        {
            if (bound[i] is not null) continue;
            if (i < firstDefault) return false;
            bound[i] = defaults![i - firstDefault];
        }
        return true;
    }

    /// <summary>
    /// Binds a call made with positionals only of a function that also has *args, keyword-only or
    /// **kwargs parameters (<c>def f(x, *, key=None)</c> called as <c>f(v)</c>, a metaclass's
    /// <c>__call__(cls, value, names=None, *, module=None)</c>): positionals, defaults, the *args tuple,
    /// keyword-only defaults and a new **kwargs dict, without ArgumentBinder's keyword state. False
    /// when a value is missing or there are too many positionals: ArgumentBinder then binds it again
    /// and raises CPython's error.
    /// </summary>
    private bool TryBindPositionals(ReadOnlySpan<PyObject> args, Span<PyObject?> bound)
    {
        var info = Info;
        var npos = info.ParameterNames.Length;
        var given = args.Length;
        if (given > npos && info.VarArgs is null) return false;
        var take = Math.Min(given, npos);
        ((ReadOnlySpan<PyObject?>)args)[..take].CopyTo(bound);
        var defaults = Defaults;
        var firstDefault = npos - (defaults?.Length ?? 0);
        if (take < firstDefault) return false;
        for (var i = take; i < npos; i++) bound[i] = defaults![i - firstDefault];
        var next = npos;
        if (info.VarArgs is not null) bound[next++] = given > npos ? PyTuple.CopyOf(args[npos..]) : PyTuple.Empty;
        var kwOnly = info.KeywordOnly.Length;
        if (kwOnly > 0)
        {
            var kwDefaults = KeywordOnlyDefaults();
            if (kwDefaults is null) return false;
            for (var i = 0; i < kwOnly; i++)
            {
                if (kwDefaults[i] is not { } d) return false;
                bound[next + i] = d;
            }
        }
        if (info.VarKeywords is not null) bound[^1] = new PyDict();
        return true;
    }

    /// <summary>Runs the body with exactly one value per parameter (the body's, *args and the rest included).</summary>
    private PyObject CallExact(ReadOnlySpan<PyObject> a)
    {
        if (_arity == SpanBody) return Unsafe.As<BoundArgumentsBody>(_body)(a);
        if (a.Length != _arity) throw new InvalidOperationException("a function body called with the wrong number of arguments");
        return _arity switch
        {
            0 => Unsafe.As<Func<PyObject>>(_body)(),
            1 => Unsafe.As<Func<PyObject, PyObject>>(_body)(a[0]),
            2 => Unsafe.As<Func<PyObject, PyObject, PyObject>>(_body)(a[0], a[1]),
            3 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2]),
            4 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3]),
            5 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4]),
            6 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5]),
            7 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6]),
            8 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]),
            9 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]),
            10 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]),
            11 => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]),
            _ => Unsafe.As<Func<PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject, PyObject>>(_body)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]),
        };
    }

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
