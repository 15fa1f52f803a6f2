using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>The deque type object: constructor and methods.</summary>
public partial class PyDeque
{
    private static readonly ClinicArgs InitArgs = new("deque", ["iterable", "maxlen"], 0);

    private static PyDeque Self(PyObject o) => (PyDeque)o;

    private static PyType CreateType()
    {
        // PlainInstances: a deque's only own attribute is maxlen, never a method's name, so a call
        // site may run a cached method (d.append(x), d.popleft()) without asking the instance.
        var type = new PyType("deque", null) { Module = "collections", TpName = "collections.deque", PlainInstances = true };
        type.Constructor = static (args, kw) =>
        {
            // deque parses its arguments the older way (PyArg_ParseTupleAndKeywords), which counts
            // positional and keyword ones together before matching any.
            // (args ends with the keyword arguments' values, kw names them.)
            if (args.Length > 2)
                throw Errors.TypeError($"deque() takes at most 2 {(args.Length == (kw?.Length ?? 0) ? "keyword " : "")}arguments ({args.Length} given)");
            var b = InitArgs.Bind(args, kw);
            var d = new PyDeque();
            if (b[1] is not null and not PyNone)
            {
                if (b[1] is not PyInt m) throw Errors.TypeError("an integer is required");
                if (m.Big < 0) throw Errors.ValueError("maxlen must be non-negative");
                d.MaxLen = (long)m.Big;
            }
            if (b[0] is { } iterable) d.Extend(iterable);
            return d;
        };
        type.Method("append", static (self, x) => { Self(self).Append(x); return PyNone.Instance; });
        type.Method("appendleft", static (self, x) => { Self(self).AppendLeft(x); return PyNone.Instance; });
        type.Method("pop", static self => Self(self).Pop());
        type.Method("popleft", static self => Self(self).PopLeft());
        type.Method("extend", static (self, x) => { Self(self).Extend(x); return PyNone.Instance; });
        type.Method("extendleft", static (self, x) => { Self(self).ExtendLeft(x); return PyNone.Instance; });
        type.Method("clear", static self => { Self(self).Clear(); return PyNone.Instance; });
        type.Method("copy", static self => Self(self).Copy());
        type.Method("__copy__", static self => Attributes.GetAttr(self, "copy").Call0());
        type.Method("__reversed__", static self => Self(self).Reversed());
        type.Method("reverse", static self =>
        {
            Self(self).ReverseInPlace();
            return PyNone.Instance;
        });
        type.Method("rotate", static (self, args, kw) =>
        {
            Args.Check("deque", "rotate", args, kw, 0, 1);
            Self(self).Rotate(args.Length == 0 ? 1 : Conversions.ToIndex(args[0]));
            return PyNone.Instance;
        });
        type.Method("count", static (self, x) =>
        {
            var d = Self(self);
            long n = 0;
            foreach (var v in d.ToArray())
            {
                if (Comparison.Equal(v, x)) n++;
            }
            return PyInt.From(n);
        });
        type.Method("index", static (self, args, kw) =>
        {
            Args.Check("deque", "index", args, kw, 1, 3);
            var d = Self(self);
            var start = args.Length > 1 ? Clamp(Conversions.ToIndex(args[1]), d.Count) : 0;
            var stop = args.Length > 2 ? Clamp(Conversions.ToIndex(args[2]), d.Count) : d.Count;
            for (var i = start; i < stop; i++)
            {
                if (Comparison.Equal(d[i], args[0])) return PyInt.From(i);
            }
            throw Errors.ValueError($"{args[0].Repr()} is not in deque");
        });
        type.Method("insert", static (self, args, kw) =>
        {
            Args.Check("deque", "insert", args, kw, 2, 2);
            var d = Self(self);
            if (d.MaxLen is { } max && d.Count >= max) throw Errors.IndexError("deque already at its maximum size");
            var items = new List<PyObject>(d.ToArray());
            items.Insert(Clamp(Conversions.ToIndex(args[0]), d.Count), args[1]);
            d.Reset([.. items]);
            return PyNone.Instance;
        });
        type.Method("remove", static (self, x) =>
        {
            var d = Self(self);
            for (var i = 0; i < d.Count; i++)
            {
                if (!Comparison.Equal(d[i], x)) continue;
                d.DelItem(PyInt.From(i));
                return PyNone.Instance;
            }
            throw Errors.ValueError($"{x.Repr()} is not in deque");
        });
        type.SetAttribute("__hash__", PyNone.Instance); // unhashable, as its dict says in CPython
        BuiltinBases.Mutable(type, static t => new PyDequeSubclass(t), static (self, value) => Self(self).ReplaceWith(Self(value)));
        SlotWrappers.Add(type, ["__repr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__len__", "__bool__",
            "__getitem__", "__setitem__", "__delitem__", "__contains__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]);
        return type;
    }

    /// <summary>A slice-style index: negatives count from the end, then clamped to [0, count].</summary>
    private static int Clamp(long index, int count)
    {
        if (index < 0) index += count;
        return (int)System.Math.Clamp(index, 0, count);
    }

    public override PyObject? GetOwnAttribute(string name) => name == "maxlen"
        ? (MaxLen is { } m ? PyInt.From(m) : PyNone.Instance)
        : null;

    // maxlen is a read-only descriptor of the type in CPython: no instance, not even a subclass's
    // with a __dict__, can set it.
    public override bool SetOwnAttribute(string name, PyObject value) =>
        name == "maxlen" ? throw ReadOnlyMaxLen() : false;

    public override bool DelOwnAttribute(string name) => name == "maxlen" ? throw ReadOnlyMaxLen() : false;

    private static Exceptions.PyException ReadOnlyMaxLen() =>
        Errors.AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
}
