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
            // The call arrives as it was made: a hit on a lone int or str argument allocates nothing.
            var wrapper = new PyFunction(info, Call);
            var counters = new PyBuiltinFunction("counters", (_, _) => PyTuple.Of(PyInt.From(_hits), PyInt.From(_misses), PyInt.From(_entries.Count)));
            var clear = new PyBuiltinFunction("clear", (_, _) =>
            {
                _entries.Clear();
                _hits = _misses = 0;
                return PyNone.Instance;
            });
            return PyTuple.Of(wrapper, counters, clear);
        }

        private PyObject Call(ReadOnlySpan<PyObject> args, string[]? kwnames)
        {
            if (maxsize == 0)
            {
                _misses++;
                return user.Call(args, kwnames);
            }
            var key = Key(args, kwnames);
            if (maxsize is null)
            {
                if (_entries.TryGet(key) is { } found)
                {
                    _hits++;
                    return found;
                }
                _misses++;
                var computed = user.Call(args, kwnames);
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
            var value = user.Call(args, kwnames);
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
                PyObject[] parts = [positional, keywordsMark, PyTuple.FromArray(pairs)];
                if (typed) parts = [.. parts, Types(args), Types(values)];
                return PyTuple.FromArray(parts);
            }
            if (typed) return PyTuple.Of(PyTuple.CopyOf(args), Types(args));
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
}
