using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Functools;

/// <summary>
/// <c>functools._lru_cache_wrapper</c>: what lru_cache and cache return, a callable object of its own
/// type as in CPython (not a function: <c>inspect.isfunction</c> is false), with a <c>__dict__</c> for
/// update_wrapper's attributes, binding as a method when it is a class attribute. A call makes the
/// key, looks it up and calls the user's function on a miss, with no Python frame of its own.
/// </summary>
public sealed class PyLruCacheWrapper : PyObject, IBindsLikeFunction
{
    public static readonly PyType TypeObject = MakeType();

    // Separates positional from keyword arguments in a key, so f(1, 'a', 2) never meets f(1, a=2).
    private static readonly PyObject s_keywordsMark = new KeywordsMark();

    private sealed class KeywordsMark : PyObject
    {
        public override PyType Type => PyType.ObjectType;
    }

    private readonly PyObject _user;
    private readonly long? _maxsize;
    private readonly bool _typed;
    private readonly PyObject _cacheInfo;
    private readonly PyDict _entries = new(); // insertion order is recency order
    private long _hits, _misses;
    private PyDict? _attributes;

    private PyLruCacheWrapper(PyObject user, long? maxsize, bool typed, PyObject cacheInfo)
    {
        _user = user;
        _maxsize = maxsize;
        _typed = typed;
        _cacheInfo = cacheInfo;
    }

    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("_lru_cache_wrapper", null) { Module = "functools", TpName = "functools._lru_cache_wrapper" };
        var clinic = new ClinicArgs("_lru_cache_wrapper", ["user_function", "maxsize", "typed", "cache_info_type"], 4);
        t.Constructor = (args, kwnames) =>
        {
            var b = clinic.Bind(args, kwnames);
            if (!Builtins.BuiltinsModule.IsCallable(b[0]!)) throw Errors.TypeError("the first argument must be callable");
            long? maxsize = b[1] switch
            {
                PyNone => null,
                PyInt => Math.Max(0, Conversions.ToIndex(b[1]!)),
                _ => throw Errors.TypeError("maxsize should be integer or None"),
            };
            return new PyLruCacheWrapper(b[0]!, maxsize, Truth.IsTrue(b[2]!), b[3]!);
        };
        SlotWrappers.Add(t, "__call__", "__repr__");
        t.Method("cache_info", static self => ((PyLruCacheWrapper)self).CacheInfo());
        t.Method("cache_clear", static self =>
        {
            var w = (PyLruCacheWrapper)self;
            w._entries.Clear();
            w._hits = w._misses = 0;
            return PyNone.Instance;
        });
        t.Method("__get__", static (self, args, kwnames) =>
        {
            Args.Check("_lru_cache_wrapper", "__get__", args, kwnames, 1, 2);
            return args[0] is PyNone ? self : new PyBoundMethod(self, args[0]);
        });
        // Pickled by reference, as functions are; copies are the object itself.
        t.Method("__reduce__", static self => Attributes.GetAttr(self, "__qualname__"));
        t.Method("__copy__", static self => self);
        t.Method("__deepcopy__", static (self, _) => self);
        return t;
    }

    private PyObject CacheInfo() =>
        _cacheInfo.Call([PyInt.From(_hits), PyInt.From(_misses), _maxsize is { } m ? PyInt.From(m) : PyNone.Instance, PyInt.From(_entries.Count)], null);

    public override string Repr() => $"<functools._lru_cache_wrapper object at 0x{Identity.Of(this):x}>";

    public override PyObject? GetOwnAttribute(string name)
    {
        if (_attributes?.TryGetStr(name) is { } v) return v;
        return name == "__dict__" ? _attributes ??= new PyDict() : null;
    }

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (name == "__dict__")
        {
            _attributes = value as PyDict ?? throw Errors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
            return true;
        }
        (_attributes ??= new PyDict()).SetStr(name, value);
        return true;
    }

    public override bool DelOwnAttribute(string name) => _attributes is not null && _attributes.RemoveStr(name);

    public override PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (_maxsize == 0)
        {
            _misses++;
            return _user.Call(args, kwnames);
        }
        var key = Key(args, kwnames);
        if (_maxsize is null)
        {
            if (_entries.TryGet(key) is { } found)
            {
                _hits++;
                return found;
            }
            _misses++;
            var computed = _user.Call(args, kwnames);
            _entries.Set(key, computed);
            return computed;
        }
        if (_entries.Remove(key) is { } recent)
        {
            _entries.Set(key, recent); // now the most recent
            _hits++;
            return recent;
        }
        _misses++;
        var value = _user.Call(args, kwnames);
        // A recursive call may have stored the key meanwhile.
        if (!_entries.ContainsKey(key))
        {
            if (_entries.Count >= _maxsize)
            {
                var pos = 0;
                if (_entries.NextEntry(ref pos, out var oldest, out _)) _entries.Remove(oldest);
            }
            _entries.Set(key, value);
        }
        return value;
    }

    /// <summary>Equal calls give equal keys; keyword calls never collide with positional ones.</summary>
    private PyObject Key(ReadOnlySpan<PyObject> all, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var args = all[..^kwCount];
        if (kwCount > 0)
        {
            var values = all[^kwCount..];
            var pairs = new PyObject[kwCount];
            for (var i = 0; i < kwCount; i++) pairs[i] = PyTuple.Of(new PyStr(kwnames![i]), values[i]);
            var positional = PyTuple.CopyOf(args);
            PyObject[] parts = [positional, s_keywordsMark, PyTuple.FromArray(pairs)];
            if (_typed) parts = [.. parts, Types(args), Types(values)];
            return PyTuple.FromArray(parts);
        }
        if (_typed) return PyTuple.Of(PyTuple.CopyOf(args), Types(args));
        // A lone int or str is its own key (so f(1) and f(1.0) are cached apart, as in CPython).
        if (args.Length == 1 && args[0].GetType() is var t && (t == typeof(PyInt) || PyStr.IsExact(args[0]))) return args[0];
        return PyTuple.CopyOf(args);
    }

    private static PyTuple Types(ReadOnlySpan<PyObject> values)
    {
        var types = new PyObject[values.Length];
        for (var i = 0; i < types.Length; i++) types[i] = values[i].Type;
        return PyTuple.FromArray(types);
    }
}
