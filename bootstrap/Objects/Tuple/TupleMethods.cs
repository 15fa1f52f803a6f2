using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>The <c>tuple</c> type object: constructor and methods.</summary>
internal static class TupleMethods
{
    public static PyType CreateType()
    {
        var type = new PyType("tuple", null) { PlainInstances = true };
        type.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("tuple() takes no keyword arguments");
            Args.Count("tuple", args.Length, 0, 1);
            if (args.Length == 0) return PyTuple.Empty;
            if (args[0] is PyTuple t && t is not PyTupleSubclass) return t;
            var items = Iteration.ToArray(args[0]);
            return items.Length == 0 ? PyTuple.Empty : PyTuple.FromArray(items);
        };
        type.Method("count", static (self, x) =>
        {
            long n = 0;
            foreach (var item in ((PyTuple)self).Items)
            {
                if (Comparison.Equal(item, x)) n++;
            }
            return PyInt.From(n);
        });
        type.Method("index", static (self, args, kw) =>
        {
            Args.Check("tuple", "index", args, kw, 1, 3);
            var t = (PyTuple)self;
            var (start, stop) = ListMethods.SearchBounds(args, t.Count);
            for (var i = start; i < stop && i < t.Count; i++)
            {
                if (Comparison.Equal(t[(int)i], args[0])) return PyInt.From(i);
            }
            throw Errors.ValueError("tuple.index(x): x not in tuple");
        });
        type.Method("__len__", static self => PyInt.From(((PyTuple)self).Count));
        // (tuple(self),): what copy and pickle rebuild a tuple subclass's instance from.
        type.Method("__getnewargs__", static self => PyTuple.Of(((PyTuple)self).IsExact ? self : PyTuple.CopyOf(((PyTuple)self).Items)));
        return type;
    }
}
