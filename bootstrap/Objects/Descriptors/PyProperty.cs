namespace PyPack.Runtime.Objects;

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor, with the getter/setter/deleter decorators.</summary>
public sealed class PyProperty : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    public PyProperty(PyObject? get, PyObject? set, PyObject? delete, PyObject? doc)
    {
        Get = get;
        Set = set;
        Delete = delete;
        Doc = doc ?? (get is not null ? Operations.Attributes.TryGetAttr(get, "__doc__") : null);
    }

    public PyObject? Get { get; }
    public PyObject? Set { get; }
    public PyObject? Delete { get; }
    public PyObject? Doc { get; }

    /// <summary>The attribute name, set by <c>__set_name__</c>, for error messages.</summary>
    public string? Name { get; set; }

    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("property", null);
        t.Constructor = static (args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional > 4) throw Errors.TypeError($"property() takes at most 4 arguments ({positional} given)");
            var slots = new PyObject?[4];
            for (var i = 0; i < positional; i++) slots[i] = args[i] is PyNone ? null : args[i];
            for (var k = 0; k < (kw?.Length ?? 0); k++)
            {
                var index = Array.IndexOf(["fget", "fset", "fdel", "doc"], kw![k]);
                if (index < 0) throw Errors.TypeError($"'{kw[k]}' is an invalid keyword argument for property()");
                slots[index] = args[positional + k] is PyNone ? null : args[positional + k];
            }
            return new PyProperty(slots[0], slots[1], slots[2], slots[3]);
        };
        t.Method("__get__", static (self, args, kw) =>
        {
            Args.Count("__get__", args.Length, 1, 2);
            return args[0] is PyNone && (args.Length < 2 || args[1] is not PyNone) ? self : ((PyProperty)self).GetValue(args[0]);
        });
        t.Method("__set__", static (self, args, kw) =>
        {
            Args.Count("__set__", args.Length, 2, 2);
            ((PyProperty)self).SetValue(args[0], args[1]);
            return PyNone.Instance;
        });
        t.Method("__delete__", static (self, instance) =>
        {
            ((PyProperty)self).DeleteValue(instance);
            return PyNone.Instance;
        });
        t.Method("getter", static (self, f) => ((PyProperty)self).With(f, null, null, 0));
        t.Method("setter", static (self, f) => ((PyProperty)self).With(null, f, null, 1));
        t.Method("deleter", static (self, f) => ((PyProperty)self).With(null, null, f, 2));
        t.Method("__set_name__", static (self, args, kw) =>
        {
            if (args.Length == 2 && args[1] is PyStr s) ((PyProperty)self).Name = s.Value;
            return PyNone.Instance;
        });
        return t;
    }

    private PyProperty With(PyObject? get, PyObject? set, PyObject? delete, int which) =>
        new(which == 0 ? get : Get, which == 1 ? set : Set, which == 2 ? delete : Delete, which == 0 ? null : Doc) { Name = Name };

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "fget" => Get ?? PyNone.Instance,
        "fset" => Set ?? PyNone.Instance,
        "fdel" => Delete ?? PyNone.Instance,
        "__doc__" => Doc ?? PyNone.Instance,
        "__isabstractmethod__" => AbstractFlag.Of(Get, Set, Delete),
        _ => null,
    };

    private string Quoted => Name is null ? "" : $"'{Name}' ";

    public PyObject GetValue(PyObject instance)
    {
        if (Get is null) throw Errors.AttributeError($"property {Quoted}of '{instance.Type.TpName}' object has no getter");
        return Get.Call1(instance);
    }

    public void SetValue(PyObject instance, PyObject value)
    {
        if (Set is null) throw Errors.AttributeError($"property {Quoted}of '{instance.Type.TpName}' object has no setter");
        Set.Call2(instance, value);
    }

    public void DeleteValue(PyObject instance)
    {
        if (Delete is null) throw Errors.AttributeError($"property {Quoted}of '{instance.Type.TpName}' object has no deleter");
        Delete.Call1(instance);
    }
}
