using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>list</c> type object: constructor and methods.</summary>
internal static class ListMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("list", null) { PlainInstances = true };
        type.Constructor = static (args, kwnames) =>
        {
            if (kwnames is { Length: > 0 }) throw Errors.TypeError("list() takes no keyword arguments");
            if (args.Length > 1) throw Errors.TypeError($"list expected at most 1 argument, got {args.Length}");
            return args.Length == 0 ? new PyList() : new PyList(Iteration.ToArray(args[0]));
        };
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddMethods);
        return type;
    }

    private static void AddMethods(PyType type)
    {
        type.SetAttribute("__hash__", PyNone.Instance); // unhashable, as dataclasses and subclasses check
        type.Method("append", static (self, x) =>
        {
            ((PyList)self).Append(x);
            return PyNone.Instance;
        });
        type.Method("extend", static (self, x) =>
        {
            ((PyList)self).Extend(x);
            return PyNone.Instance;
        });
        type.Method("insert", static (self, args, kw) =>
        {
            Args.Check("list", "insert", args, kw, 2, 2);
            ((PyList)self).Insert(Conversions.ToIndex(args[0]), args[1]);
            return PyNone.Instance;
        },
        args2: static (self, index, x) =>
        {
            ((PyList)self).Insert(Conversions.ToIndex(index), x);
            return PyNone.Instance;
        });
        type.Method("pop", static (self, args, kw) =>
        {
            Args.Check("list", "pop", args, kw, 0, 1);
            return Pop((PyList)self, args.Length == 0 ? null : args[0]);
        },
        args0: static self => Pop((PyList)self, null),
        args1: static (self, index) => Pop((PyList)self, index));
        type.Method("remove", static (self, x) =>
        {
            var l = (PyList)self;
            for (var i = 0; i < l.Count; i++)
            {
                if (Comparison.Equal(l[i], x))
                {
                    l.RemoveAt(i);
                    return PyNone.Instance;
                }
            }
            throw Errors.ValueError("list.remove(x): x not in list");
        });
        type.Method("index", static (self, args, kw) =>
        {
            Args.Check("list", "index", args, kw, 1, 3);
            var l = (PyList)self;
            var (start, stop) = SearchBounds(args, l.Count);
            for (var i = start; i < stop && i < l.Count; i++)
            {
                if (Comparison.Equal(l[(int)i], args[0])) return PyInt.From(i);
            }
            throw Errors.ValueError($"{args[0].Repr()} is not in list");
        });
        type.Method("count", static (self, x) =>
        {
            var l = (PyList)self;
            long n = 0;
            for (var i = 0; i < l.Count; i++)
            {
                if (Comparison.Equal(l[i], x)) n++;
            }
            return PyInt.From(n);
        });
        type.Method("reverse", static self =>
        {
            ((PyList)self).Reverse();
            return PyNone.Instance;
        });
        type.Method("clear", static self =>
        {
            ((PyList)self).Clear();
            return PyNone.Instance;
        });
        type.Method("copy", static self => new PyList(((PyList)self).Items.ToArray()));
        type.Method("sort", static (self, args, kw) =>
        {
            if (args.Length - (kw?.Length ?? 0) > 0) throw Errors.TypeError("sort() takes no positional arguments");
            Args.OnlyKeywords("sort", kw, "key", "reverse");
            var key = Args.Keyword(args, kw, "key");
            var reverse = Args.Keyword(args, kw, "reverse");
            ((PyList)self).Sort(key is PyNone ? null : key, reverse is not null && Truth.IsTrue(reverse));
            return PyNone.Instance;
        });
        type.Method("__len__", static self => PyInt.From(((PyList)self).Count));
        type.Method("__getitem__", static (self, k) => Subscript.GetItem(self, k));
        type.Method("__contains__", static (self, x) => PyBool.From(Comparison.Contains(self, x)));
    }

    /// <summary>The optional start/stop of index(): negative from the end, clamped to the sequence.</summary>
    public static (long Start, long Stop) SearchBounds(ReadOnlySpan<PyObject> args, long count)
    {
        long start = 0, stop = count;
        if (args.Length > 1) start = SliceIndex(args[1]);
        if (args.Length > 2) stop = SliceIndex(args[2]);
        if (start < 0) start = Math.Max(0, start + count);
        if (stop < 0) stop = Math.Max(0, stop + count);
        return (start, stop);
    }

    private static PyObject Pop(PyList l, PyObject? index)
    {
        // The index is converted first, as CPython's argument parsing does: [].pop('a') is a TypeError.
        var i = index is null ? -1 : Conversions.ToIndex(index);
        if (l.Count == 0) throw Errors.IndexError("pop from empty list");
        if (i < 0) i += l.Count;
        if (i < 0 || i >= l.Count) throw Errors.IndexError("pop index out of range");
        return l.RemoveAt((int)i);
    }

    private static long SliceIndex(PyObject o)
    {
        var i = o as PyInt ?? (o.Type.IsHeapType && o.Type.Lookup("__index__") is not null ? Operations.Conversions.Index(o) : throw Errors.TypeError("slice indices must be integers or have an __index__ method"));
        return i.IsSmall ? i.Small : (i.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2);
    }
}
