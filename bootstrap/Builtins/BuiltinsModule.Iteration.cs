using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Builtins;

/// <summary>The builtins that consume or make iterators.</summary>
public static partial class BuiltinsModule
{
    // The builtins a fused generator expression argument stands for (FusedGenexpr): compiled code
    // compares the callee with them before it runs its own loop instead of calling them.
    public static PyObject? SumFunction { get; private set; }
    public static PyObject? AnyFunction { get; private set; }
    public static PyObject? AllFunction { get; private set; }
    public static PyObject? SortedFunction { get; private set; }

    /// <summary>next: compiled code compares a callee with it to take its StopIteration pending (PendingCalls).</summary>
    public static PyObject? NextFunction { get; private set; }

    // With the ones above, the builtins that drop their iterable argument when they return
    // (min, max); zip and enumerate, which keep it only in the iterator they make, are the final
    // types PyFunctionIterator.ZipType and EnumerateType: see OwnedArguments.
    public static PyObject? MinFunction { get; private set; }
    public static PyObject? MaxFunction { get; private set; }

    /// <summary><c>iter(callable, sentinel)</c>: calls until the result equals the sentinel (or the callable raises StopIteration).</summary>
    private static PyIterator CallableIterator(PyObject callable, PyObject sentinel)
    {
        if (!IsCallable(callable)) throw Errors.TypeError("iter(v, w): v must be callable");
        return new PyFunctionIterator(PyFunctionIterator.CallableIteratorType, () =>
        {
            PyObject result;
            try
            {
                result = callable.Call0();
            }
            catch (Exceptions.PyException e) when (e.Value.Type.IsSubtypeOf(Exceptions.ExceptionTypes.StopIteration))
            {
                return null;
            }
            return Comparison.Equal(sentinel, result) ? null : result;
        });
    }

    private static void InitializeIteration(ModuleGlobals g)
    {
        g.Set("iter", new PyBuiltinFunction("iter", static (args, kw) =>
        {
            NoKeywords("iter", kw);
            Args.Count("iter", args.Length, 1, 2);
            if (args.Length == 2) return CallableIterator(args[0], args[1]);
            // iter(x) is what x.__iter__ returned (iter(it) is it), not the runtime's adapter of it.
            var it = Iteration.GetIter(args[0]);
            return it is DunderIterator adapted ? adapted.Target : it;
        }));
        g.Set("next", NextFunction = new PyBuiltinFunction("next", static (args, kw) =>
        {
            NoKeywords("next", kw);
            Args.Count("next", args.Length, 1, 2);
            // A generator's StopIteration carries its return value; without a default it must reach the caller.
            if (args[0] is PyGenerator gen && args.Length == 1) return gen.Send(PyNone.Instance);
            // So does an awaitable's iterator (asyncio's FutureIter): its end carries the result.
            if (args[0] is IAwaitableIterator awaitable && args.Length == 1)
            {
                return awaitable.Send(PyNone.Instance, out var result) ?? throw PyGenerator.StopIteration(result);
            }
            if (args[0] is not PyIterator it)
            {
                if (args[0].Type.IsHeapType && args[0].Type.Lookup("__next__") is { } next)
                {
                    if (args.Length == 1) return SpecialMethods.Call0(args[0], next);
                    return new DunderIterator(args[0]).Next() ?? args[1];
                }
                throw Errors.TypeError($"'{args[0].Type.TpName}' object is not an iterator");
            }
            return it.Next() ?? (args.Length > 1 ? args[1] : throw PyGenerator.StopIteration(PyNone.Instance));
        }));
        g.Set("aiter", new PyBuiltinFunction("aiter", static (args, kw) =>
        {
            NoKeywords("aiter", kw);
            Args.Count("aiter", args.Length, 1, 1);
            var aiter = args[0].Type.Lookup("__aiter__") ?? throw Errors.TypeError($"'{args[0].Type.TpName}' object is not an async iterable");
            var it = SpecialMethods.Call0(args[0], aiter);
            if (it.Type.Lookup("__anext__") is null) throw Errors.TypeError($"aiter() returned not an async iterator of type '{it.Type.TpName}'");
            return it;
        }));
        g.Set("anext", new PyBuiltinFunction("anext", static (args, kw) =>
        {
            NoKeywords("anext", kw);
            Args.Count("anext", args.Length, 1, 2);
            var anext = args[0].Type.Lookup("__anext__") ?? throw Errors.TypeError($"'{args[0].Type.TpName}' object is not an async iterator");
            var awaitable = SpecialMethods.Call0(args[0], anext);
            return args.Length == 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
        }));
        g.Set("enumerate", Constructible(PyFunctionIterator.EnumerateType, static (args, kw) =>
        {
            Args.OnlyKeywords("enumerate", kw, "iterable", "start");
            var n = Args.PositionalCount(args, kw);
            var iterable = n > 0 ? args[0] : Args.Keyword(args, kw, "iterable") ?? throw Errors.TypeError("enumerate() missing required argument 'iterable'");
            if (n > 2) throw Errors.TypeError($"enumerate() takes at most 2 arguments ({n} given)");
            var start = n > 1 ? args[1] : Args.Keyword(args, kw, "start") ?? PyInt.Zero;
            // The start's __index__ is taken before the iterator is made, as CPython's enum_new does.
            var index = Conversions.Index(start);
            return new EnumerateIterator(Iteration.GetIter(iterable), index);
        }));
        g.Set("zip", Constructible(PyFunctionIterator.ZipType, Zip));
        g.Set("map", Constructible(PyFunctionIterator.MapType, static (args, kw) =>
        {
            NoKeywords("map", kw);
            if (args.Length < 2) throw Errors.TypeError("map() must have at least two arguments.");
            var f = args[0];
            var its = new PyIterator[args.Length - 1];
            for (var i = 1; i < args.Length; i++) its[i - 1] = Iteration.GetIter(args[i]);
            return new PyFunctionIterator(PyFunctionIterator.MapType, () =>
            {
                if (its.Length == 1)
                {
                    var v = its[0].Next();
                    return v is null ? null : f.Call1(v);
                }
                var items = new PyObject[its.Length];
                for (var i = 0; i < its.Length; i++)
                {
                    var v = its[i].Next();
                    if (v is null) return null;
                    items[i] = v;
                }
                return f.Call(items, null);
            });
        }));
        g.Set("filter", Constructible(PyFunctionIterator.FilterType, static (args, kw) =>
        {
            NoKeywords("filter", kw);
            Args.Count("filter", args.Length, 2, 2);
            var f = args[0];
            var it = Iteration.GetIter(args[1]);
            return new PyFunctionIterator(PyFunctionIterator.FilterType, () =>
            {
                for (var v = it.Next(); v is not null; v = it.Next())
                {
                    if (f is PyNone ? Truth.IsTrue(v) : Truth.IsTrue(f.Call1(v))) return v;
                }
                return null;
            });
        }));
        g.Set("reversed", Constructible(PyFunctionIterator.ReversedType, static (args, kw) =>
        {
            NoKeywords("reversed", kw);
            Args.Count("reversed", args.Length, 1, 1);
            var seq = args[0];
            if (seq.Type.Lookup("__reversed__") is { } custom and not PyBuiltinMethod)
            {
                if (custom is PyNone) throw Errors.TypeError($"'{seq.Type.TpName}' object is not reversible");
                return SpecialMethods.Call0(seq, custom);
            }
            return ReversedOf(seq);
        }));
        g.Set("sorted", SortedFunction = new PyBuiltinFunction("sorted", static (args, kw) =>
        {
            var n = Args.PositionalCount(args, kw);
            if (n != 1) throw Errors.TypeError(n == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {n}");
            Args.OnlyKeywords("sort", kw, "key", "reverse");
            var list = new PyList(Iteration.ToArray(args[0]));
            var key = Args.Keyword(args, kw, "key");
            var reverse = Args.Keyword(args, kw, "reverse");
            list.Sort(key is PyNone ? null : key, reverse is not null && Truth.IsTrue(reverse));
            return list;
        }));
        // min(a, b) and max(a, b) (clamping, vector components): what MinMax does for two arguments and no
        // keywords, the second compared with the first and taken only when better, without the keyword parsing.
        g.Set("min", MinFunction = new PyBuiltinFunction("min", static (args, kw) => MinMax("min", args, kw, CompareOp.Lt),
            twoArgs: static (a, b) => Comparison.CompareBool(b, a, CompareOp.Lt) ? b : a));
        g.Set("max", MaxFunction = new PyBuiltinFunction("max", static (args, kw) => MinMax("max", args, kw, CompareOp.Gt),
            twoArgs: static (a, b) => Comparison.CompareBool(b, a, CompareOp.Gt) ? b : a));
        g.Set("sum", SumFunction = new PyBuiltinFunction("sum", Sum));
        g.Set("any", AnyFunction = Function1("any", static o =>
        {
            var it = Iteration.GetIter(o);
            for (var v = it.Next(); v is not null; v = it.Next())
            {
                if (Truth.IsTrue(v)) return PyBool.True;
            }
            return PyBool.False;
        }));
        g.Set("all", AllFunction = Function1("all", static o =>
        {
            var it = Iteration.GetIter(o);
            for (var v = it.Next(); v is not null; v = it.Next())
            {
                if (!Truth.IsTrue(v)) return PyBool.False;
            }
            return PyBool.True;
        }));
    }

    private static void NoKeywords(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>
    /// enumerate, zip, map, filter and reversed are classes in CPython (isinstance(x, map) works);
    /// the type constructs through <paramref name="body"/>. Subclassing them is not supported yet.
    /// </summary>
    private static PyType Constructible(PyType type, BuiltinFunctionBody body)
    {
        type.Constructor = body;
        type.IsFinal = true;
        return type;
    }

    private static PyObject Zip(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.OnlyKeywords("zip", kw, "strict");
        var strictArg = Args.Keyword(args, kw, "strict");
        var strict = strictArg is not null && Truth.IsTrue(strictArg);
        var n = Args.PositionalCount(args, kw);
        var its = new PyIterator[n];
        for (var i = 0; i < n; i++) its[i] = Iteration.GetIter(args[i]);
        return new ZipIterator(its, strict);
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, string[]? kw, CompareOp better)
    {
        Args.OnlyKeywords(name, kw, "key", "default");
        var n = Args.PositionalCount(args, kw);
        if (n == 0) throw Errors.TypeError($"{name} expected at least 1 argument, got 0");
        var key = Args.Keyword(args, kw, "key");
        if (key is PyNone) key = null;
        var dflt = Args.Keyword(args, kw, "default");
        if (n > 1 && dflt is not null)
        {
            throw Errors.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }
        PyObject? best = null, bestKey = null;
        if (n > 1)
        {
            // max(a, b): the arguments in order, as CPython walks its args tuple, without making one.
            foreach (var v in args[..n]) Better(v, key, better, ref best, ref bestKey);
            return best!;
        }
        if (key is null && args[0].GetType() == typeof(PySet) && ((PySet)args[0]) is { HoldsUnboxedInts: true, Count: > 0 } ints)
        {
            // Ints compare natively; a set holds each value once, so the first best is the only one.
            var found = long.MinValue;
            var any = false;
            for (var pos = 0; ints.NextInt(ref pos, out var value);)
            {
                if (!any || (better == CompareOp.Lt ? value < found : value > found)) found = value;
                any = true;
            }
            return PyInt.From(found);
        }
        var it = Iteration.GetIter(args[0]);
        for (var v = it.Next(); v is not null; v = it.Next()) Better(v, key, better, ref best, ref bestKey);
        return best ?? dflt ?? throw Errors.ValueError($"{name}() arg is an empty sequence");
    }

    private static void Better(PyObject v, PyObject? key, CompareOp better, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = key is null ? v : key.Call1(v);
        if (best is null || Comparison.CompareBool(k, bestKey!, better))
        {
            best = v;
            bestKey = k;
        }
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        Args.OnlyKeywords("sum", kw, "start");
        var n = Args.PositionalCount(args, kw);
        if (n == 0) throw Errors.TypeError("sum() takes at least 1 positional argument (0 given)");
        Args.Count("sum", n, 1, 2);
        var fold = new SumFold(n > 1 ? args[1] : Args.Keyword(args, kw, "start") ?? PyInt.Zero);
        // An exact set of unboxed ints added to an int: no Python code runs, so the set cannot change meanwhile.
        if (args[0].GetType() == typeof(PySet) && ((PySet)args[0]) is { HoldsUnboxedInts: true } ints && fold.IsSmallInt)
        {
            for (var pos = 0; ints.NextInt(ref pos, out var value);) fold.AddInt(value);
            return fold.Result;
        }
        var it = Iteration.GetIter(args[0]);
        for (var v = it.Next(); v is not null; v = it.Next()) fold.Add(v);
        return fold.Result;
    }

    /// <summary>reversed() of a builtin sequence or dict (also <c>list.__reversed__</c>, <c>dict.__reversed__</c>).</summary>
    internal static PyObject ReversedOf(PyObject seq)
    {
        if (seq is PyRange range) return range.Reversed();
        if (seq is PyDict or DictView)
        {
            var keys = Iteration.ToArray(seq);
            var j = keys.Length;
            return new PyFunctionIterator(PyFunctionIterator.ReversedType, () => j > 0 ? keys[--j] : null);
        }
        if (seq is PyList list)
        {
            var k = list.Count;
            return new PyFunctionIterator(PyFunctionIterator.ListReverseIteratorType, () =>
            {
                if (k > list.Count) k = list.Count;
                return k > 0 ? list[--k] : null;
            });
        }
        var n = seq.Length();
        if (n < 0 || seq is PySet or PyDict) throw Errors.TypeError($"'{seq.Type.TpName}' object is not reversible");
        var i = n;
        return new PyFunctionIterator(PyFunctionIterator.ReversedType, () => i > 0 ? Subscript.GetItem(seq, PyInt.From(--i)) : null);
    }
}
