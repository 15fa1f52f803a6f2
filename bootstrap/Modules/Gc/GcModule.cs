using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Gc;

/// <summary>
/// The <c>gc</c> module, mapped onto .NET's garbage collector. Memory (cycles included) is always
/// reclaimed by .NET's tracing GC, so what CPython's cyclic collector exposes is kept as settings:
/// enable/disable, the thresholds and freeze only change what the getters report. collect() runs a
/// full blocking .NET collection and returns 0, since .NET does not count what it freed; the
/// callbacks run around it (automatic collections run no callbacks). What cannot be answered
/// (get_objects, get_referrers, get_stats, debug flags) raises NotImplementedError.
/// </summary>
[PythonModule("gc")]
[PythonExport("enable")] [PythonExport("disable")] [PythonExport("isenabled")] [PythonExport("collect")]
[PythonExport("get_count")] [PythonExport("get_threshold")] [PythonExport("set_threshold")]
[PythonExport("get_debug")] [PythonExport("set_debug")] [PythonExport("freeze")] [PythonExport("unfreeze")]
[PythonExport("get_freeze_count")] [PythonExport("is_tracked")] [PythonExport("is_finalized")]
[PythonExport("get_objects")] [PythonExport("get_referrers")] [PythonExport("get_referents")] [PythonExport("get_stats")]
[PythonExport("callbacks")] [PythonExport("garbage")]
[PythonExport("DEBUG_STATS")] [PythonExport("DEBUG_COLLECTABLE")] [PythonExport("DEBUG_UNCOLLECTABLE")]
[PythonExport("DEBUG_SAVEALL")] [PythonExport("DEBUG_LEAK")]
public static class GcModule
{
    private sealed class State
    {
        public bool Enabled = true;
        public bool Frozen;
        public PyObject[] Thresholds = [PyInt.From(700), PyInt.From(10), PyInt.From(10)];
    }

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        var state = new State();
        var callbacks = new PyList();
        g.Set("DEBUG_STATS", PyInt.From(1));
        g.Set("DEBUG_COLLECTABLE", PyInt.From(2));
        g.Set("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        g.Set("DEBUG_SAVEALL", PyInt.From(32));
        g.Set("DEBUG_LEAK", PyInt.From(38));
        g.Set("callbacks", callbacks);
        // Nothing is ever uncollectable for .NET's GC.
        g.Set("garbage", new PyList());
        g.Set("enable", NoArgs("enable", () => { state.Enabled = true; return PyNone.Instance; }));
        g.Set("disable", NoArgs("disable", () => { state.Enabled = false; return PyNone.Instance; }));
        g.Set("isenabled", NoArgs("isenabled", () => PyBool.From(state.Enabled)));
        var collectArgs = new ClinicArgs("collect", ["generation"], 0);
        g.Set("collect", new PyBuiltinFunction("collect", (args, kwnames) =>
        {
            var b = collectArgs.Bind(args, kwnames);
            var generation = b[0] is { } given ? Conversions.ToIndex(given) : 2;
            if (generation is < 0 or > 2) throw Errors.ValueError("invalid generation");
            return Collect((int)generation, callbacks);
        }));
        g.Set("get_count", NoArgs("get_count", () => PyTuple.Of(PyInt.From(0), PyInt.From(0), PyInt.From(0))));
        g.Set("get_threshold", NoArgs("get_threshold", () => PyTuple.CopyOf([.. state.Thresholds])));
        g.Set("set_threshold", new PyBuiltinFunction("set_threshold", (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("set_threshold() takes no keyword arguments");
            if (args.Length == 0) throw Errors.TypeError("set_threshold() takes at least 1 argument (0 given)");
            if (args.Length > 3) throw Errors.TypeError($"set_threshold() takes at most 3 arguments ({args.Length} given)");
            var values = (PyObject[])state.Thresholds.Clone();
            for (var i = 0; i < args.Length; i++) values[i] = PyInt.From(Conversions.ToIndex(args[i]));
            state.Thresholds = values;
            return PyNone.Instance;
        }));
        g.Set("get_debug", NoArgs("get_debug", () => PyInt.From(0)));
        g.Set("set_debug", One("set_debug", flags =>
        {
            if (Conversions.ToIndex(flags) != 0) throw Errors.NotImplemented("gc debug flags (.NET's collector reports nothing to print)");
            return PyNone.Instance;
        }));
        g.Set("freeze", NoArgs("freeze", () => { state.Frozen = true; return PyNone.Instance; }));
        g.Set("unfreeze", NoArgs("unfreeze", () => { state.Frozen = false; return PyNone.Instance; }));
        g.Set("get_freeze_count", NoArgs("get_freeze_count", () => state.Frozen
            ? throw Errors.NotImplemented("gc.get_freeze_count() after gc.freeze() (.NET does not count the objects it holds)")
            : PyInt.From(0)));
        g.Set("is_tracked", One("is_tracked", o => PyBool.From(IsTracked(o))));
        // No finalizer ever runs on an object the program can still reach.
        g.Set("is_finalized", One("is_finalized", _ => PyBool.False));
        g.Set("get_objects", Refused("get_objects", "gc.get_objects() (.NET's heap cannot be listed)"));
        g.Set("get_referrers", Refused("get_referrers", "gc.get_referrers() (.NET's heap cannot be searched)"));
        g.Set("get_referents", Refused("get_referents", "gc.get_referents()"));
        g.Set("get_stats", Refused("get_stats", "gc.get_stats() (.NET does not count what it collects)"));
    }

    private static PyObject Collect(int generation, PyList callbacks)
    {
        RunCallbacks(callbacks, "start", generation);
        GC.Collect(generation, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        RunCallbacks(callbacks, "stop", generation);
        return PyInt.From(0);
    }

    private static void RunCallbacks(PyList callbacks, string phase, int generation)
    {
        if (callbacks.Count == 0) return;
        foreach (var callback in callbacks.Items.ToArray())
        {
            var info = new PyDict();
            info.Set(new PyStr("generation"), PyInt.From(generation));
            info.Set(new PyStr("collected"), PyInt.From(0));
            info.Set(new PyStr("uncollectable"), PyInt.From(0));
            callback.Call2(new PyStr(phase), info);
        }
    }

    /// <summary>
    /// Whether CPython's collector would track <paramref name="o"/>: objects that cannot hold
    /// references (numbers, str, bytes, range, static types, plain object()) are not; a dict is
    /// once it holds something trackable. A tuple's answer depends on whether a collection has
    /// run since it was made (CPython untracks tuples of untracked items then), so it is refused.
    /// </summary>
    private static bool IsTracked(PyObject o)
    {
        if (!IsCollectable(o)) return false;
        if (o.Type == PyDict.TypeObject)
        {
            foreach (var pair in ((PyDict)o).Pairs)
            {
                if (MayBeTracked(pair.Key) || MayBeTracked(pair.Value)) return true;
            }
            return false;
        }
        if (o.Type == PyTuple.TypeObject)
        {
            var items = ((PyTuple)o).Items;
            if (items.Length == 0) return false;
            foreach (var item in items)
            {
                if (MayBeTracked(item)) return true;
            }
            throw Errors.NotImplemented("gc.is_tracked() of a tuple of untracked objects (in CPython it depends on when the collector last ran)");
        }
        return true;
    }

    /// <summary>What makes a dict or tuple holding it tracked: any collectable object but a tuple that is not tracked.</summary>
    private static bool MayBeTracked(PyObject o) => o.Type == PyTuple.TypeObject ? IsTracked(o) : IsCollectable(o);

    /// <summary>Whether CPython's collector knows the object's type at all (a type that can hold references).</summary>
    private static bool IsCollectable(PyObject o)
    {
        var type = o.Type;
        if (o is PyNone || o is PyEllipsis || o is PyNotImplemented) return false;
        if (o is PyType t) return t.IsHeapType;
        return !(type == PyInt.TypeObject || type == PyBool.TypeObject || type == PyFloat.TypeObject || type == PyComplex.TypeObject
            || type == PyStr.TypeObject || type == PyBytes.BytesType || type == PyBytes.ByteArrayType || type == PyRange.TypeObject
            || type == PyType.ObjectType);
    }

    private static PyBuiltinFunction NoArgs(string name, Func<PyObject> body) => new(name, (args, kwnames) =>
    {
        if (args.Length != 0 || kwnames is { Length: > 0 }) throw Errors.TypeError($"gc.{name}() takes no arguments ({args.Length} given)");
        return body();
    });

    private static PyBuiltinFunction One(string name, Func<PyObject, PyObject> body) => new(name, (args, kwnames) =>
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"gc.{name}() takes no keyword arguments");
        if (args.Length != 1) throw Errors.TypeError($"gc.{name}() takes exactly one argument ({args.Length} given)");
        return body(args[0]);
    });

    private static PyBuiltinFunction Refused(string name, string what) => new(name, (args, kwnames) => throw Errors.NotImplemented(what));
}
