using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>memoryview</c> type object: constructor, attributes and methods.</summary>
internal static class MemoryViewMethods
{
    public static readonly PyType IteratorType = new("memory_iterator", null);

    public static PyType CreateType()
    {
        var type = new PyType("memoryview", null) { IsFinal = true };
        type.Constructor = static (args, kw) =>
        {
            var a = Modules.ModuleArgs.Bind("memoryview", args, kw, ["object"], 1);
            return PyMemoryView.Of(a[0]!);
        };
        // The method table is made at the first look at the type's dict, not at every start-up (see PyType.Defer).
        type.Defer(AddMethods);
        return type;
    }

    private static void AddMethods(PyType type)
    {
        type.Property("obj", static self => V(self).Source);
        type.Property("nbytes", static self => PyInt.From(V(self).Count));
        type.Property("readonly", static self => PyBool.From(V(self).ReadOnly));
        // Every format supported so far ('B', 'b', 'c') is one byte per item, in one dimension.
        type.Property("itemsize", static self => OneByteFormat(self, PyInt.One));
        type.Property("format", static self => new PyStr(V(self).Format.ToString()));
        type.Property("ndim", static self => OneByteFormat(self, PyInt.One));
        type.Property("shape", static self => PyTuple.Of(PyInt.From(V(self).Count)));
        type.Property("strides", static self => PyTuple.Of(PyInt.From(V(self).Step)));
        type.Property("suboffsets", static self => OneByteFormat(self, PyTuple.Empty));
        type.Property("c_contiguous", static self => PyBool.From(V(self).Contiguous));
        type.Property("f_contiguous", static self => PyBool.From(V(self).Contiguous));
        type.Property("contiguous", static self => PyBool.From(V(self).Contiguous));
        type.Method("tobytes", static (self, args, kw) =>
        {
            Modules.ModuleArgs.Bind("tobytes", args, kw, ["order"], 0);
            return PyBytes.Of(V(self).ToArray());
        });
        type.Method("tolist", static self =>
        {
            var v = V(self);
            var items = new PyObject[v.Count];
            for (var i = 0; i < items.Length; i++) items[i] = v.Item(i);
            return new PyList(items);
        });
        type.Method("hex", static (self, args, kw) => Attributes.CallMethod(PyBytes.Of(V(self).ToArray()), "hex", args, kw));
        type.Method("toreadonly", static self =>
        {
            var v = V(self);
            return new PyMemoryView(v.Source, v.Start, v.Step, v.Count, true, v.Format);
        });
        type.Method("release", static self =>
        {
            ((PyMemoryView)self).Release();
            return PyNone.Instance;
        });
        type.Method("__enter__", static self => V(self));
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyMemoryView)self).Release();
            return PyBool.False;
        });
        type.Method("cast", static (self, args, kw) =>
        {
            var a = Modules.ModuleArgs.Bind("cast", args, kw, ["format", "shape"], 1);
            var v = V(self);
            if (a[0] is not PyStr f) throw Errors.TypeError($"memoryview: format argument must be a string");
            if (a[1] is not null) throw Errors.NotImplemented("memoryview.cast() with a shape");
            if (!v.Contiguous) throw Errors.TypeError("memoryview: casts are restricted to C-contiguous views");
            if (f.Value is not ("B" or "b" or "c")) throw Errors.NotImplemented($"memoryview.cast() to format '{f.Value}'");
            return v.Slice(v.Start, 1, v.Count, f.Value[0]);
        });
        SlotWrappers.Add(type, "__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__len__", "__getitem__", "__setitem__", "__delitem__");
    }

    private static PyMemoryView V(PyObject self) => ((PyMemoryView)self).Checked();

    /// <summary>An attribute that is the same for every live view of the one-byte formats.</summary>
    private static PyObject OneByteFormat(PyObject self, PyObject value)
    {
        V(self);
        return value;
    }
}
