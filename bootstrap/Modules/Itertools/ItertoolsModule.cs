using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Itertools;

/// <summary>
/// The <c>itertools</c> module: each function is a type whose constructor returns a lazy
/// iterator that pulls from its sources only as far as CPython's does.
/// </summary>
[PythonModule("itertools")]
[PythonExport("count")] [PythonExport("cycle")] [PythonExport("repeat")] [PythonExport("accumulate")]
[PythonExport("chain")] [PythonExport("compress")] [PythonExport("dropwhile")] [PythonExport("takewhile")]
[PythonExport("filterfalse")] [PythonExport("groupby")] [PythonExport("islice")] [PythonExport("pairwise")]
[PythonExport("starmap")] [PythonExport("tee")] [PythonExport("zip_longest")] [PythonExport("product")]
[PythonExport("permutations")] [PythonExport("combinations")] [PythonExport("combinations_with_replacement")]
public static partial class ItertoolsModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        Type(g, "count", Count);
        Type(g, "cycle", Cycle);
        Type(g, "repeat", Repeat);
        Type(g, "accumulate", Accumulate);
        var chain = Type(g, "chain", static (type, args, kw) =>
        {
            NoKeywords("chain", kw);
            return Chain(type, Iteration.GetIter(PyTuple.CopyOf(args)));
        });
        chain.SetAttribute("from_iterable", new PyBuiltinFunction("from_iterable", (args, kw) =>
        {
            NoKeywords("from_iterable", kw);
            if (args.Length != 1) throw Errors.TypeError($"chain.from_iterable() takes exactly one argument ({args.Length} given)");
            return Chain(chain, Iteration.GetIter(args[0]));
        }));
        Type(g, "compress", Compress);
        Type(g, "dropwhile", static (type, args, kw) => While(type, "dropwhile", args, kw, drop: true));
        Type(g, "takewhile", static (type, args, kw) => While(type, "takewhile", args, kw, drop: false));
        Type(g, "filterfalse", FilterFalse);
        Type(g, "groupby", GroupBy);
        Type(g, "islice", Islice);
        Type(g, "pairwise", Pairwise);
        Type(g, "starmap", Starmap);
        g.Set("tee", new PyBuiltinFunction("tee", Tee));
        Type(g, "zip_longest", ZipLongest);
        Type(g, "product", Product);
        Type(g, "permutations", Permutations);
        Type(g, "combinations", static (type, args, kw) => Combinations(type, "combinations", args, kw, replace: false));
        Type(g, "combinations_with_replacement", static (type, args, kw) => Combinations(type, "combinations_with_replacement", args, kw, replace: true));
    }

    private delegate PyObject Factory(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames);

    private static PyType Type(ModuleGlobals g, string name, Factory factory)
    {
        var type = ItertoolsIterator.NewType(name);
        type.Constructor = (args, kw) => factory(type, args, kw);
        g.Set(name, type);
        return type;
    }

    private static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    private static readonly ClinicArgs CountArgs = new("count", ["start", "step"], 0);

    private static PyObject Count(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (Args.PositionalCount(args, kwnames) > 2) throw Errors.TypeError($"count() takes at most 2 arguments ({args.Length} given)");
        var b = CountArgs.Bind(args, kwnames);
        PyObject current = b[0] ?? PyInt.Zero;
        var step = b[1] ?? PyInt.One;
        if (current is not (PyInt or PyFloat) || step is not (PyInt or PyFloat)) throw Errors.TypeError("a number is required");
        var stepIsOne = step is PyInt { IsSmall: true, Small: 1 } and not PyBool;
        return new ItertoolsIterator(type, () =>
        {
            var v = current;
            current = Arithmetic.Add(current, step);
            return v;
        }, () => stepIsOne ? $"count({current.Repr()})" : $"count({current.Repr()}, {step.Repr()})");
    }

    private static PyObject Cycle(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("cycle", kwnames);
        Args.Count("cycle", args.Length, 1, 1);
        var it = Iteration.GetIter(args[0]);
        var saved = new List<PyObject>();
        var exhausted = false;
        var index = 0;
        return new ItertoolsIterator(type, () =>
        {
            if (!exhausted)
            {
                var v = it.Next();
                if (v is not null)
                {
                    saved.Add(v);
                    return v;
                }
                exhausted = true;
            }
            if (saved.Count == 0) return null;
            var r = saved[index];
            index = (index + 1) % saved.Count;
            return r;
        });
    }

    private static readonly ClinicArgs RepeatArgs = new("repeat", ["object", "times"], 1);

    private static PyObject Repeat(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var b = RepeatArgs.Bind(args, kwnames);
        var value = b[0]!;
        if (b[1] is null)
        {
            return new ItertoolsIterator(type, () => value, () => $"repeat({value.Repr()})");
        }
        var times = System.Math.Max(0, Conversions.ToIndex(b[1]!));
        return new ItertoolsIterator(type, () => times-- > 0 ? value : null, () => $"repeat({value.Repr()}, {System.Math.Max(times, 0)})");
    }

    private static readonly ClinicArgs AccumulateArgs = new("accumulate", ["iterable", "func"], 1, ["initial"]);

    private static PyObject Accumulate(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var b = AccumulateArgs.Bind(args, kwnames);
        var it = Iteration.GetIter(b[0]!);
        var func = b[1] is null or PyNone ? null : b[1];
        PyObject? total = b[2] is null or PyNone ? null : b[2];
        var initialPending = total is not null;
        return new ItertoolsIterator(type, () =>
        {
            if (initialPending)
            {
                initialPending = false;
                return total;
            }
            var v = it.Next();
            if (v is null) return null;
            total = total is null ? v : func is null ? Arithmetic.Add(total, v) : func.Call2(total, v);
            return total;
        });
    }

    private static PyObject Chain(PyType type, PyIterator sources)
    {
        PyIterator? current = null;
        return new ItertoolsIterator(type, () =>
        {
            while (true)
            {
                if (current is null)
                {
                    var next = sources.Next();
                    if (next is null) return null;
                    current = Iteration.GetIter(next);
                }
                var v = current.Next();
                if (v is not null) return v;
                current = null;
            }
        });
    }

    private static readonly ClinicArgs CompressArgs = new("compress", ["data", "selectors"], 2);

    private static PyObject Compress(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var b = CompressArgs.Bind(args, kwnames);
        var data = Iteration.GetIter(b[0]!);
        var selectors = Iteration.GetIter(b[1]!);
        return new ItertoolsIterator(type, () =>
        {
            while (true)
            {
                var d = data.Next();
                if (d is null) return null;
                var s = selectors.Next();
                if (s is null) return null;
                if (Truth.IsTrue(s)) return d;
            }
        });
    }

    private static PyObject While(PyType type, string name, ReadOnlySpan<PyObject> args, string[]? kwnames, bool drop)
    {
        NoKeywords(name, kwnames);
        Args.Count(name, args.Length, 2, 2);
        var predicate = args[0];
        var it = Iteration.GetIter(args[1]);
        var switched = false;
        return new ItertoolsIterator(type, () =>
        {
            if (switched) return drop ? it.Next() : null;
            while (true)
            {
                var v = it.Next();
                if (v is null) return null;
                var ok = Truth.IsTrue(predicate.Call1(v));
                if (drop)
                {
                    if (ok) continue;
                    switched = true;
                    return v;
                }
                if (ok) return v;
                switched = true;
                return null;
            }
        });
    }

    private static PyObject FilterFalse(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("filterfalse", kwnames);
        Args.Count("filterfalse", args.Length, 2, 2);
        var predicate = args[0] is PyNone ? null : args[0];
        var it = Iteration.GetIter(args[1]);
        return new ItertoolsIterator(type, () =>
        {
            while (true)
            {
                var v = it.Next();
                if (v is null) return null;
                if (!Truth.IsTrue(predicate is null ? v : predicate.Call1(v))) return v;
            }
        });
    }

    private static PyObject Pairwise(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("pairwise", kwnames);
        Args.Count("pairwise", args.Length, 1, 1);
        var it = Iteration.GetIter(args[0]);
        PyObject? previous = null;
        return new ItertoolsIterator(type, () =>
        {
            previous ??= it.Next();
            if (previous is null) return null;
            var v = it.Next();
            if (v is null) return null;
            var pair = PyTuple.Of(previous, v);
            previous = v;
            return pair;
        });
    }

    private static PyObject Starmap(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        NoKeywords("starmap", kwnames);
        Args.Count("starmap", args.Length, 2, 2);
        var func = args[0];
        var it = Iteration.GetIter(args[1]);
        return new ItertoolsIterator(type, () =>
        {
            var v = it.Next();
            if (v is null) return null;
            var items = v is PyTuple t ? t.Items : Iteration.ToArray(v);
            return func.Call(items, null);
        });
    }
}
