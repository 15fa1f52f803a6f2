using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A Python type. Builtin types are created once as static instances; their methods live in
/// the type's dict like a user class's would, so attribute lookup has one path for both.
/// A class statement makes a heap type (<see cref="IsHeapType"/>): its instances are instances of
/// its solid base's C# class (<see cref="PyInstance"/> for plain classes) carrying the heap type,
/// and the runtime reaches its dunders through <see cref="SpecialMethods"/>.
///
/// To give a builtin type its dunder methods (<c>int.__add__</c>, <c>list.__len__</c>), list the
/// protocol hooks it implements once where the type is defined:
/// <c>SlotWrappers.Expose(TypeObject, Slots.Repr | Slots.Compare | Slots.Arithmetic | ...)</c>.
/// </summary>
public sealed partial class PyType : PyObject
{
    private readonly Dictionary<string, PyObject> _dict = new(StringComparer.Ordinal);
    private int _versionTag = Interlocked.Increment(ref s_lastVersionTag);
    // Never reused, even by interpreters running side by side (attribute sites rely on it).
    private static int s_lastVersionTag;

    // Lookup results by name, valid for the current tag: cleared with it.
    private Dictionary<string, PyObject?>? _lookupCache;

    // Lookup's recent answers keyed by the name's reference, one per slot (see RecentSlot): the
    // runtime and compiled code ask with literal (interned) names, so a hit compares a reference
    // instead of hashing the name for _lookupCache (a tenth of enum_bench, whose class attribute
    // reads go through the metaclass). A name made at run time only misses. Each answer is one
    // immutable object, so a reader never sees a name with another's result; dropped with the tag.
    private LookupAnswer?[]? _recentLookups;
    private sealed class LookupAnswer(string name, PyObject? found)
    {
        public string Name { get; } = name;
        public PyObject? Found { get; } = found;
    }

    // LookupSpecial's results by SpecialName, for the current tag (s_absentSpecial for "not found"); dropped with it.
    private PyObject?[]? _specials;
    private static readonly PyObject s_absentSpecial = new AbsentSpecial();

    // FindOverride's answers by name, for the current tag: cleared with it.
    private Dictionary<string, OverrideAnswer>? _overrideCache;

    // FindOverride's last answers keyed by the name's reference: the runtime asks with literal
    // (interned) names, so `d[k] += 1` on a dict subclass compares two references instead of
    // hashing "__getitem__" and "__setitem__". Each answer is one immutable object, so a reader
    // never sees a name with another name's answer; dropped with the tag.
    private OverrideAnswer?[]? _recentOverrides;
    private sealed class OverrideAnswer(string name, PyObject? @override, bool defined)
    {
        public string Name { get; } = name;
        public PyObject? Override { get; } = @override;
        public bool Defined { get; } = defined;
    }

    private sealed class AbsentSpecial : PyObject
    {
        public override PyType Type => ObjectType;
    }

    // The classes that name this one as a base, so a change here reaches their caches too, in
    // creation order: a builtin type itself (it lives as long as the process, and a weak
    // reference is a finalizable object and a GC handle made at start-up for each of ~100 builtin
    // types), a class statement's type through a WeakReference<PyType> (it may be collected).
    private List<object>? _subclasses;
    private readonly PyType? _metatype;

    // object first: every other type's constructor reads it as the default base.
    public static readonly PyType ObjectType = new("object", null) { HasInstanceDict = false }; // object() instances take no attributes
    public static readonly PyType TypeType = new("type", null);

    /// <summary>A builtin type with one base (object when null).</summary>
    public PyType(string name, PyType? baseType)
    {
        Name = name;
        QualName = name;
        Base = baseType ?? (name == "object" ? null : ObjectType);
        Bases = Base is null ? [] : [Base];
        Mro = Base is null ? [this] : [this, .. Base.Mro];
        Base?.AddSubclass(this);
    }

    /// <summary>A builtin type with several bases (ExceptionGroup is a BaseExceptionGroup and an Exception).</summary>
    public static PyType WithBases(string name, PyType[] bases, string? module = "builtins") => new(name, bases, multipleBases: true) { Module = module };

    private PyType(string name, PyType[] bases, bool multipleBases)
    {
        _ = multipleBases;
        Name = name;
        QualName = name;
        Bases = bases;
        Base = bases[0];
        Mro = MroBuilder.Compute(this, bases);
        foreach (var b in bases) b.AddSubclass(this);
    }

    /// <summary>A class made by a class statement or <c>type(name, bases, dict)</c>.</summary>
    public PyType(PyType metatype, string name, PyType[] bases, string? module)
    {
        Name = name;
        QualName = name;
        IsHeapType = true;
        _metatype = metatype;
        Bases = bases.Length == 0 ? [ObjectType] : bases;
        Base = Bases[0];
        Module = module;
        Mro = MroBuilder.Compute(this, Bases);
        SolidBase = FindSolidBase();
        NewIsObjectNew = InheritedNewIsObjectNew();
        foreach (var b in Bases) b.AddSubclass(this);
    }

    private void AddSubclass(PyType sub) => (_subclasses ??= []).Add(sub.IsHeapType ? new WeakReference<PyType>(sub) : sub);

    private void RemoveSubclass(PyType sub) => _subclasses?.RemoveAll(e => ReferenceEquals(Live(e), sub));

    private static PyType? Live(object entry) => entry as PyType ?? (((WeakReference<PyType>)entry).TryGetTarget(out var t) ? t : null);

    // Set-up deferred to the first look at this type's dict (see Defer and Member), in order; null when done.
    private List<PendingSetup>? _pendingSetup;
    private bool _settingUp;
    private bool _storedInSetup;

    // Whether anything has read the dict: from then on members and set-up steps are stored at
    // once, so no cache built from a read can miss one.
    private bool _dictOpened;

    /// <summary>
    /// One deferred step: a set-up action, or a member (method, property, static function) made
    /// and stored only when the dict is first looked at, so a builtin type's table costs nothing
    /// until a program uses the type. <see cref="Body"/> is the member's C# body, or for
    /// <see cref="MemberKind.Value"/> the object to store as it is.
    /// </summary>
    private readonly record struct PendingSetup(Action<PyType>? Setup, string? Name, object? Body, MemberKind Kind);

    private enum MemberKind : byte { Method, Property, StaticFunction, Value }

    /// <summary>
    /// Runs <paramref name="setup"/> (which fills this builtin type's dict) on the first access to
    /// the dict instead of at start-up: a program pays only for the types it touches. Deferred
    /// steps run in the order they were given, so the dict's order is the eager one. A step given
    /// while the deferred ones run (a deferred method table deferring its slot wrappers) runs at
    /// once, where it would have run eagerly.
    /// </summary>
    public void Defer(Action<PyType> setup)
    {
        if ((_dictOpened && _pendingSetup is null) || SettingUpHere) setup(this);
        else (_pendingSetup ??= []).Add(new PendingSetup(setup, null, null, default));
    }

    /// <summary>Adds a member on first access to the dict, after the steps deferred before it (see <see cref="Defer"/>).</summary>
    private PyType Member(string name, Delegate body, MemberKind kind)
    {
        var step = new PendingSetup(null, name, body, kind);
        if (SettingUpHere)
        {
            // A deferred step adding members: stored in place (the dict keeps the eager order),
            // and the caches are dropped once when the set-up ends.
            _dict[name] = MakeMember(step);
            _storedInSetup = true;
        }
        else if (_dictOpened) SetAttribute(name, MakeMember(step));
        else (_pendingSetup ??= []).Add(step);
        return this;
    }

    // Whether the deferred steps are running on this thread (RunPendingSetup holds the dict's lock
    // while they do): another thread's steps wait for them instead.
    private bool SettingUpHere => _settingUp && Monitor.IsEntered(_dict);

    private PyObject MakeMember(in PendingSetup step) => step.Kind switch
    {
        MemberKind.Value => (PyObject)step.Body!,
        MemberKind.Property => new PyGetSetDescriptor(this, step.Name!, (Func<PyObject, PyObject>)step.Body!),
        MemberKind.StaticFunction => new PyBuiltinFunction(step.Name!, (BuiltinFunctionBody)step.Body!),
        _ => step.Body switch
        {
            Func<PyObject, PyObject> noArgs => new PyBuiltinMethod(this, step.Name!, noArgs),
            Func<PyObject, PyObject, PyObject> oneArg => new PyBuiltinMethod(this, step.Name!, oneArg),
            _ => new PyBuiltinMethod(this, step.Name!, (BuiltinMethodBody)step.Body!),
        },
    };

    /// <summary>Before a read of the dict: whatever is deferred is stored, and later members are stored at once.</summary>
    private void EnsureReady()
    {
        _dictOpened = true;
        if (_pendingSetup is not null) RunPendingSetup();
    }

    /// <summary>Before a write: deferred steps first, for the dict's order; a write invalidates caches itself, so later members may still wait.</summary>
    private void EnsureReadyForWrite()
    {
        if (_pendingSetup is not null) RunPendingSetup();
    }

    private void RunPendingSetup()
    {
        // Another thread waits for the set-up to finish; the set-up's own accesses (reentrant
        // on this thread) see the dict as it is being filled.
        lock (_dict)
        {
            if (_settingUp || _pendingSetup is not { } pending) return;
            _settingUp = true;
            _storedInSetup = false;
            try
            {
                for (var i = 0; i < pending.Count; i++)
                {
                    var step = pending[i];
                    if (step.Setup is { } setup)
                    {
                        setup(this);
                        continue;
                    }
                    _dict[step.Name!] = MakeMember(step);
                    _storedInSetup = true;
                }
            }
            finally
            {
                _settingUp = false;
                _pendingSetup = null;
                // Once for all the members stored directly (each SetAttribute would walk the subclasses).
                if (_storedInSetup) Modified();
            }
        }
    }

    /// <summary>This type's dict changed: its caches and those of every subclass are stale.</summary>
    private void Modified()
    {
        _versionTag = Interlocked.Increment(ref s_lastVersionTag);
        _lookupCache?.Clear();
        _recentLookups = null;
        _overrideCache?.Clear();
        _recentOverrides = null;
        _specials = null;
        if (_subclasses is null) return;
        _subclasses.RemoveAll(static e => Live(e) is null);
        foreach (var e in _subclasses) Live(e)?.Modified();
    }

    /// <summary><c>type.__subclasses__()</c>: the live direct subclasses, in creation order.</summary>
    public IEnumerable<PyType> Subclasses
    {
        get
        {
            if (_subclasses is null) yield break;
            foreach (var e in _subclasses)
            {
                if (Live(e) is { } t) yield return t;
            }
        }
    }

    public string Name { get; set; }
    public string QualName { get; set; }

    /// <summary>
    /// The name CPython's messages give the type (its tp_name): module-qualified for the types
    /// CPython writes in C outside builtins (<c>'collections.deque' object has no attribute</c>,
    /// <c>'_io.TextIOWrapper'</c>, <c>'datetime.datetime'</c>), otherwise <c>__name__</c>.
    /// </summary>
    public string TpName
    {
        get => _tpName ?? Name;
        set => _tpName = value;
    }

    private string? _tpName;
    public PyType? Base { get; private set; }
    public PyType[] Bases { get; private set; }

    /// <summary>Whether a class statement made this type (its dunders may be Python functions).</summary>
    public bool IsHeapType { get; }

    /// <summary>
    /// Set on builtin types whose instances are all of this exact type and have no attributes of
    /// their own (str, list, dict...): <c>o.name</c> is then the type's attribute bound to o, so a
    /// call site can invoke a builtin method it cached without asking the instance anything.
    /// </summary>
    public bool PlainInstances { get; init; }

    /// <summary>
    /// Set by assigning a non-empty <c>__abstractmethods__</c> to this class (what ABCMeta does):
    /// object.__new__ then refuses to make instances. Not inherited, as CPython's flag is not.
    /// </summary>
    public bool IsAbstract { get; set; }

    /// <summary>The nearest builtin type along the MRO: what the C# class of an instance must be.</summary>
    public PyType SolidBase
    {
        get => _solidBase ?? this;
        private init => _solidBase = value;
    }

    private readonly PyType? _solidBase;

    /// <summary>The method resolution order, this type first.</summary>
    public PyType[] Mro { get; private set; }

    /// <summary>
    /// Changes whenever the dict of this type or of any type on its MRO changes, so a cache of
    /// what a lookup on this type found stays valid while the tag is the same (CPython's
    /// tp_version_tag). Tags come from one counter, so no two states of any types share one.
    /// </summary>
    public int VersionTag => _versionTag;

    public override PyType Type => _metatype ?? TypeType;

    public string? Module { get; init; } = "builtins";

    /// <summary>The name repr shows: builtins bare, others with their module.</summary>
    public string QualifiedName => IsHeapType
        ? (GetOwn("__module__") is PyStr m && m.Value != "builtins" ? $"{m.Value}.{QualName}" : QualName)
        : Module is null or "builtins" ? QualName : $"{Module}.{QualName}";

    /// <summary>The names in this type's own dict, in definition order.</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> OwnItems
    {
        get
        {
            EnsureReady();
            return _dict;
        }
    }

    public PyObject? GetOwn(string name)
    {
        EnsureReady();
        return _dict.TryGetValue(name, out var v) ? v : null;
    }

    public void SetAttribute(string name, PyObject value)
    {
        // A builtin type's dict nobody has read yet: the value waits behind the deferred members
        // (the dict keeps the eager order), rather than storing them all now. No cache can hold
        // anything of this dict yet (every read runs the deferred steps first), so nothing is stale.
        if (!_dictOpened && !_settingUp && !IsHeapType)
        {
            (_pendingSetup ??= []).Add(new PendingSetup(null, name, value, MemberKind.Value));
            return;
        }
        EnsureReadyForWrite();
        _dict[name] = value;
        Modified();
        if (IsHeapType && name == "__new__") NewChanged();
    }

    public bool RemoveAttribute(string name)
    {
        EnsureReadyForWrite();
        if (!_dict.Remove(name)) return false;
        Modified();
        if (IsHeapType && name == "__new__") NewChanged();
        return true;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO, as CPython's _PyType_Lookup, through <see cref="_lookupCache"/>.</summary>
    public PyObject? Lookup(string name)
    {
        if (_recentLookups is { } recent && name.Length != 0
            && recent[RecentSlot(name)] is { } answer && ReferenceEquals(answer.Name, name))
        {
            return answer.Found;
        }
        return LookupByValue(name);
    }

    private PyObject? LookupByValue(string name)
    {
        var cache = _lookupCache ??= new Dictionary<string, PyObject?>(StringComparer.Ordinal);
        if (!cache.TryGetValue(name, out var found))
        {
            foreach (var t in Mro)
            {
                t.EnsureReady();
                if (t._dict.TryGetValue(name, out found)) break;
                // CPython gives every type's dict a __doc__ (None without a docstring), so neither a
                // builtin iterator nor its type reads a base's (object's) text.
                if (!t.IsHeapType && name == "__doc__")
                {
                    found = PyNone.Instance;
                    break;
                }
            }
            cache[name] = found;
        }
        if (name.Length != 0) (_recentLookups ??= new LookupAnswer?[RecentLookups])[RecentSlot(name)] = new LookupAnswer(name, found);
        return found;
    }

    private const int RecentLookups = 32;

    /// <summary>
    /// The slot of <paramref name="name"/> (not empty) in <see cref="_recentLookups"/>: from its
    /// length and its two middle characters, which tell most names of a class apart without
    /// reading all of them (dunders share their first and last two).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int RecentSlot(string name) =>
        (name.Length * 5 + name[(name.Length - 1) >> 1] * 3 + name[name.Length >> 1]) & (RecentLookups - 1);

    /// <summary>
    /// The dunder <paramref name="name"/> of the first class along the MRO that defines it, when
    /// that class is a heap type (null when a builtin's own applies or no class defines it;
    /// <paramref name="defined"/> tells which), cached per tag: a builtin subclass such as Counter
    /// asks this on every operation, and the walk costs a dict lookup per class.
    /// </summary>
    public PyObject? FindOverride(string name, out bool defined)
    {
        var recent = _recentOverrides ??= new OverrideAnswer?[RecentOverrides];
        foreach (var answer in recent)
        {
            if (answer is null) break;
            if (!ReferenceEquals(answer.Name, name)) continue;
            defined = answer.Defined;
            return answer.Override;
        }
        var cache = _overrideCache ??= new Dictionary<string, OverrideAnswer>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var cached))
        {
            Remember(recent, cached);
            defined = cached.Defined;
            return cached.Override;
        }
        PyObject? found = null;
        defined = false;
        foreach (var t in Mro)
        {
            if (t.GetOwn(name) is not { } m) continue;
            defined = true;
            if (t.IsHeapType) found = m;
            break;
        }
        var made = new OverrideAnswer(name, found, defined);
        cache[name] = made;
        Remember(recent, made);
        return found;
    }

    private const int RecentOverrides = 6;

    /// <summary>Keeps <paramref name="answer"/> first among the recent ones, the oldest falling off.</summary>
    private static void Remember(OverrideAnswer?[] recent, OverrideAnswer answer)
    {
        Array.Copy(recent, 0, recent, 1, recent.Length - 1);
        recent[0] = answer;
    }

    /// <summary><see cref="Lookup"/> of a dunder the runtime asks for on every operation, by index.</summary>
    public PyObject? LookupSpecial(SpecialName id)
    {
        var specials = _specials ??= new PyObject?[(int)SpecialName.Count];
        var found = specials[(int)id];
        if (found is null)
        {
            found = Lookup(SpecialNames.Of(id)) ?? s_absentSpecial;
            specials[(int)id] = found;
        }
        return ReferenceEquals(found, s_absentSpecial) ? null : found;
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

    private PyType FindSolidBase()
    {
        foreach (var t in Mro)
        {
            if (!t.IsHeapType && !t.IsStatelessBase) return t;
        }
        return ObjectType;
    }

    public override string Repr() => Type.IsHeapType && Type.Lookup("__repr__") is PyFunction f
        ? SpecialMethods.CheckString(f.Call1(this), "__repr__")
        : ClassRepr;

    // str(cls): a metaclass's own __str__, else object's (the repr above).
    public override string Str() => Type.IsHeapType && Type.Lookup("__str__") is PyFunction f
        ? SpecialMethods.CheckString(f.Call1(this), "__str__")
        : Repr();

    /// <summary><c>type.__repr__</c>: <c>&lt;class 'module.Name'&gt;</c>, whatever the metaclass defines.</summary>
    internal string ClassRepr => $"<class '{QualifiedName}'>";

    /// <summary><c>T[item]</c>: the metaclass's <c>__getitem__</c>, else the class's <c>__class_getitem__</c>.</summary>
    public override PyObject? GetItem(PyObject key)
    {
        if (Type.IsHeapType && Type.Lookup("__getitem__") is { } metaItem) return SpecialMethods.Call1(this, metaItem, key);
        return Lookup("__class_getitem__") switch
        {
            PyClassMethod cm => cm.Function.Call2(this, key),
            null => null,
            var f => f.Call1(key),
        };
    }

    /// <summary><c>T.name</c>: see <see cref="TypeAttributes"/>.</summary>
    public override PyObject? GetOwnAttribute(string name) => TypeAttributes.Get(this, name);


    // id(T)'s serial, kept here once asked: types are common dict keys (re's cache keys on
    // type(pattern)), and Identity's weak table lookup cost more than the rest of hashing such a key.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    /// <summary>Adds a method implemented in C#, made on the first look at the dict (see <see cref="Defer"/>).</summary>
    public PyType Method(string name, Func<PyObject, PyObject> body) => Member(name, body, MemberKind.Method);

    public PyType Method(string name, Func<PyObject, PyObject, PyObject> body) => Member(name, body, MemberKind.Method);

    /// <summary>A one-argument method whose call can be unpacked without its result (see <see cref="PyBuiltinMethod.UnpackItems1"/>).</summary>
    public PyType Method(string name, Func<PyObject, PyObject, PyObject> body, Func<PyObject, PyObject, PyObject[], int> unpack1)
    {
        SetAttribute(name, new PyBuiltinMethod(this, name, body) { UnpackItems1 = unpack1 });
        return this;
    }

    /// <summary>Adds a computed, read-only attribute.</summary>
    public PyType Property(string name, Func<PyObject, PyObject> getter) => Member(name, getter, MemberKind.Property);

    /// <summary>Adds a function reached through the type (a classmethod or staticmethod of a builtin).</summary>
    public PyType StaticFunction(string name, BuiltinFunctionBody body) => Member(name, body, MemberKind.StaticFunction);

    public PyType Method(string name, BuiltinMethodBody body) => Member(name, body, MemberKind.Method);

    /// <summary>
    /// Adds a method with a general body and shortcuts for plain calls with 0, 1 or 2 positional
    /// arguments (each must do what <paramref name="body"/> does with those arguments).
    /// </summary>
    /// <param name="items0">An iterator over what a call without arguments returns (see <see cref="PyBuiltinMethod.LazyItems0"/>).</param>
    /// <param name="items1">The same for one argument (see <see cref="PyBuiltinMethod.LazyItems1"/>).</param>
    /// <param name="unpack1">Unpacking a call with one argument (see <see cref="PyBuiltinMethod.UnpackItems1"/>).</param>
    public PyType Method(string name, BuiltinMethodBody body, Func<PyObject, PyObject>? args0 = null,
        Func<PyObject, PyObject, PyObject>? args1 = null, Func<PyObject, PyObject, PyObject, PyObject>? args2 = null,
        Func<PyObject, PyIterator>? items0 = null, Func<PyObject, PyObject, PyIterator?>? items1 = null,
        Func<PyObject, PyObject, PyObject[], int>? unpack1 = null)
    {
        SetAttribute(name, new PyBuiltinMethod(this, name, body, args0, args1, args2) { LazyItems0 = items0, LazyItems1 = items1, UnpackItems1 = unpack1 });
        return this;
    }

    /// <summary><c>type(...)</c> for builtin types: the C# function that makes an instance.</summary>
    public BuiltinFunctionBody? Constructor { get; set; }

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames) => TypeCalls.Call(this, args, kwnames);
}
