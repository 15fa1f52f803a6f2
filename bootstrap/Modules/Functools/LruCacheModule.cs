using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Functools;

/// <summary>
/// <c>_lru_cache</c>: the call path of functools.lru_cache/cache (CPython's is C as well). The
/// wrapper is a function <c>wrapper(*args, **kwargs)</c> whose body makes the key, looks it up
/// and calls the user's function on a miss, with no Python-level frame of its own; functools.py
/// keeps the rest (cache_info's namedtuple, update_wrapper).
/// </summary>
[PythonModule("_lru_cache")]
[PythonExport("wrap")]
public static class LruCacheModule
{
    private static readonly SourceInfo s_source = new("<lru_cache>", "");

    public static void Initialize(PyModule module)
    {
        var clinic = new ClinicArgs("wrap", ["user_function", "maxsize", "typed", "keywords_mark"], 4);
        module.Globals.Set("wrap", new PyBuiltinFunction("wrap", (args, kwnames) =>
        {
            var b = clinic.Bind(args, kwnames);
            long? maxsize = b[1] is PyNone ? null : Math.Max(0, Conversions.ToIndex(b[1]!));
            return new Cache(b[0]!, maxsize, Truth.IsTrue(b[2]!), b[3]!).Functions();
        }));
    }

    /// <summary>One cached function's entries (dict order is recency order) and counters.</summary>
    private sealed class Cache(PyObject user, long? maxsize, bool typed, PyObject keywordsMark)
    {
        private readonly PyDict _entries = new();
        private long _hits, _misses;

        /// <summary>(wrapper, counters, clear): counters() gives (hits, misses, currsize).</summary>
        public PyTuple Functions()
        {
            var info = new FunctionInfo("wrapper", "wrapper", [], new CodeInfo("wrapper", s_source, 1, ["args", "kwargs"]), varArgs: "args", varKeywords: "kwargs");
            var wrapper = new PyFunction(info, bound => Call((PyTuple)bound[0], (PyDict)bound[1]), null);
            var counters = new PyBuiltinFunction("counters", (_, _) => new PyTuple([PyInt.From(_hits), PyInt.From(_misses), PyInt.From(_entries.Count)]));
            var clear = new PyBuiltinFunction("clear", (_, _) =>
            {
                _entries.Clear();
                _hits = _misses = 0;
                return PyNone.Instance;
            });
            return new PyTuple([wrapper, counters, clear]);
        }

        private PyObject Call(PyTuple args, PyDict kwargs)
        {
            if (maxsize == 0)
            {
                _misses++;
                return CallUser(args, kwargs);
            }
            var key = Key(args, kwargs);
            if (maxsize is null)
            {
                if (_entries.TryGet(key) is { } found)
                {
                    _hits++;
                    return found;
                }
                _misses++;
                var computed = CallUser(args, kwargs);
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
            var value = CallUser(args, kwargs);
            // A recursive call may have stored the key meanwhile.
            if (!_entries.ContainsKey(key))
            {
                if (_entries.Count >= maxsize)
                {
                    var pos = 0;
                    if (_entries.NextEntry(ref pos, out var oldest, out _)) _entries.Remove(oldest);
                }
                _entries.Set(key, value);
            }
            return value;
        }

        /// <summary>Equal calls give equal keys; keyword calls never collide with positional ones.</summary>
        private PyObject Key(PyTuple args, PyDict kwargs)
        {
            if (kwargs.Count > 0)
            {
                var pairs = new PyObject[kwargs.Count];
                var i = 0;
                foreach (var (k, v) in kwargs.Pairs) pairs[i++] = new PyTuple([k, v]);
                PyObject[] parts = [args, keywordsMark, new PyTuple(pairs)];
                if (typed)
                {
                    var valueTypes = new PyObject[kwargs.Count];
                    i = 0;
                    foreach (var (_, v) in kwargs.Pairs) valueTypes[i++] = v.Type;
                    parts = [.. parts, Types(args), new PyTuple(valueTypes)];
                }
                return new PyTuple(parts);
            }
            if (typed) return new PyTuple([args, Types(args)]);
            // A lone int or str is its own key (so f(1) and f(1.0) are cached apart, as in CPython).
            if (args.Items.Length == 1 && args.Items[0].GetType() is var t && (t == typeof(PyInt) || t == typeof(PyStr))) return args.Items[0];
            return args;
        }

        private static PyTuple Types(PyTuple args)
        {
            var types = new PyObject[args.Items.Length];
            for (var i = 0; i < types.Length; i++) types[i] = args.Items[i].Type;
            return new PyTuple(types);
        }

        private PyObject CallUser(PyTuple args, PyDict kwargs)
        {
            if (kwargs.Count == 0) return user.Call(args.Items, null);
            var all = new PyObject[args.Items.Length + kwargs.Count];
            args.Items.CopyTo(all);
            var names = new string[kwargs.Count];
            var i = 0;
            foreach (var (k, v) in kwargs.Pairs)
            {
                names[i] = ((PyStr)k).Value;
                all[args.Items.Length + i++] = v;
            }
            return user.Call(all, names);
        }
    }
}
