using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Sys;

/// <summary>
/// sys.modules: a live mapping over the interpreter's module table, so what imports add shows at
/// once. It answers as a dict does; it only holds modules.
/// </summary>
public sealed class SysModules(Interpreter interpreter) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public override PyType Type => TypeObject;

    private PyDict Snapshot()
    {
        var d = new PyDict();
        foreach (var (name, module) in interpreter.Modules) d.Set(new PyStr(name), module);
        return d;
    }

    public override string Repr() => Snapshot().Repr();
    public override long Length() => interpreter.Modules.Count;
    public override bool IsTrue() => interpreter.Modules.Count != 0;
    public override PyIterator Iter() => Snapshot().Iter();
    public override bool? Contains(PyObject value) => value is PyStr s && interpreter.Modules.ContainsKey(s.Value);
    public override long Hash() => throw Errors.TypeError("unhashable type: 'dict'");

    public override PyObject? GetItem(PyObject key) =>
        key is PyStr s && interpreter.Modules.TryGetValue(s.Value, out var m) ? m : throw Errors.KeyError(key);

    public override bool SetItem(PyObject key, PyObject value)
    {
        if (key is not PyStr s || value is not PyModule m) throw Errors.NotImplemented("sys.modules entries that are not modules");
        interpreter.Modules[s.Value] = m;
        return true;
    }

    public override bool DelItem(PyObject key)
    {
        if (key is not PyStr s || !interpreter.Modules.Remove(s.Value)) throw Errors.KeyError(key);
        return true;
    }

    private static PyType CreateType()
    {
        var type = new PyType("dict", null);
        type.Method("get", static (self, args, kw) =>
        {
            Args.Check("dict", "get", args, kw, 1, 2);
            var modules = ((SysModules)self).ModulesTable;
            return args[0] is PyStr s && modules.TryGetValue(s.Value, out var m) ? m : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        type.Method("keys", static self => Operations.Attributes.CallMethod0(((SysModules)self).Snapshot(), "keys"));
        type.Method("values", static self => Operations.Attributes.CallMethod0(((SysModules)self).Snapshot(), "values"));
        type.Method("items", static self => Operations.Attributes.CallMethod0(((SysModules)self).Snapshot(), "items"));
        type.Method("copy", static self => ((SysModules)self).Snapshot());
        type.Method("pop", static (self, args, kw) =>
        {
            Args.Check("dict", "pop", args, kw, 1, 2);
            var modules = ((SysModules)self).ModulesTable;
            if (args[0] is PyStr s && modules.Remove(s.Value, out var m)) return m;
            return args.Length > 1 ? args[1] : throw Errors.KeyError(args[0]);
        });
        return type;
    }

    private Dictionary<string, PyModule> ModulesTable => interpreter.Modules;
}
