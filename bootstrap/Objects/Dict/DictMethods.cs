using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>dict</c> type object: constructor and methods.</summary>
internal static class DictMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("dict", null) { PlainInstances = true };
        type.Constructor = Construct;
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddMethods);
        return type;
    }

    private static void AddMethods(PyType type)
    {
        type.SetAttribute("__hash__", PyNone.Instance); // unhashable, as dataclasses and subclasses check
        type.Method("get", static (self, args, kw) =>
        {
            Args.Check("dict", "get", args, kw, 1, 2);
            return ((PyDict)self).TryGet(args[0]) ?? (args.Length > 1 ? args[1] : PyNone.Instance);
        },
        args1: static (self, key) => ((PyDict)self).TryGet(key) ?? PyNone.Instance,
        args2: static (self, key, fallback) => ((PyDict)self).TryGet(key) ?? fallback);
        type.Method("keys", static self => new DictView((PyDict)self, DictIterator.Kind.Keys));
        type.Method("values", static self => new DictView((PyDict)self, DictIterator.Kind.Values));
        type.Method("items", static self => new DictView((PyDict)self, DictIterator.Kind.Items));
        type.Method("pop", static (self, args, kw) =>
        {
            Args.Check("dict", "pop", args, kw, 1, 2);
            return ((PyDict)self).Remove(args[0]) ?? (args.Length > 1 ? args[1] : throw Errors.KeyError(args[0]));
        },
        args1: static (self, key) => ((PyDict)self).Remove(key) ?? throw Errors.KeyError(key),
        args2: static (self, key, fallback) => ((PyDict)self).Remove(key) ?? fallback);
        type.Method("popitem", static self =>
        {
            var last = ((PyDict)self).PopLast() ?? throw Errors.Raise(Exceptions.ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            return PyTuple.Of(last.Key, last.Value);
        });
        type.Method("setdefault", static (self, args, kw) =>
        {
            Args.Check("dict", "setdefault", args, kw, 1, 2);
            return SetDefault((PyDict)self, args[0], args.Length > 1 ? args[1] : PyNone.Instance);
        },
        args1: static (self, key) => SetDefault((PyDict)self, key, PyNone.Instance),
        args2: static (self, key, value) => SetDefault((PyDict)self, key, value));
        type.Method("update", static (self, args, kw) =>
        {
            UpdateFromArgs((PyDict)self, "update", args, kw);
            return PyNone.Instance;
        });
        type.Method("clear", static self =>
        {
            ((PyDict)self).Clear();
            return PyNone.Instance;
        });
        type.Method("copy", static self => ((PyDict)self).CopyMethod());
        type.SetAttribute("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("dict.fromkeys() takes no keyword arguments");
            Args.Count("fromkeys", args.Length - 1, 1, 2);
            // A subclass's fromkeys makes an instance of it and stores through its __setitem__.
            var target = ReferenceEquals(args[0], PyDict.TypeObject) ? new PyDict() : args[0].Call0();
            var value = args.Length > 2 ? args[2] : PyNone.Instance;
            var it = Iteration.GetIter(args[1]);
            for (var k = it.Next(); k is not null; k = it.Next())
            {
                if (target.GetType() == typeof(PyDict)) ((PyDict)target).Set(k, value);
                else Subscript.SetItem(target, k, value);
            }
            return target;
        })));
        type.Method("__getitem__", static (self, key) => Subscript.GetItem(self, key));
        type.Method("__contains__", static (self, key) => PyBool.From(((PyDict)self).ContainsKey(key)));
        type.Method("__len__", static self => PyInt.From(((PyDict)self).Count));
    }

    private static PyObject SetDefault(PyDict d, PyObject key, PyObject value)
    {
        var existing = d.TryGet(key);
        if (existing is not null) return existing;
        d.Set(key, value);
        return value;
    }

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var d = new PyDict();
        UpdateFromArgs(d, "dict", args, kwnames);
        return d;
    }

    /// <summary>dict(...)/update(...)'s arguments: one mapping or iterable of pairs, then keywords.</summary>
    internal static void UpdateFromArgs(PyDict d, string name, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = Args.PositionalCount(args, kwnames);
        Args.Count(name, positional, 0, 1);
        if (positional == 1) d.Update(args[0]);
        if (kwnames is null) return;
        for (var i = 0; i < kwnames.Length; i++) d.Set(KeywordNames.Of(kwnames[i]), args[positional + i]);
    }
}
