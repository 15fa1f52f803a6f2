namespace PyPack.Runtime.Objects;

/// <summary>
/// The namespace a class body runs in (what <c>__prepare__</c> returns by default): names in
/// definition order. Class bodies read a name here first, then in the module's globals.
/// </summary>
public sealed class ClassNamespace : PyObject
{
    public static readonly PyType TypeObject = new("dict", null);

    public Dictionary<string, PyObject> Items { get; } = new(StringComparer.Ordinal);

    public override PyType Type => TypeObject;

    /// <summary>The namespace a class body runs in; only the default kind is supported so far.</summary>
    public static ClassNamespace Of(PyObject ns) =>
        ns as ClassNamespace ?? throw Errors.NotImplemented($"__prepare__ returning '{ns.Type.Name}'");

    public PyObject Load(string name, GlobalCell global) => Items.TryGetValue(name, out var v) ? v : global.Get();

    public void Store(string name, PyObject value) => Items[name] = value;

    public void Delete(string name)
    {
        if (!Items.Remove(name)) throw Errors.UndefinedName(name);
    }

    public override PyObject? GetItem(PyObject key) =>
        key is PyStr s && Items.TryGetValue(s.Value, out var v) ? v : throw Errors.KeyError(key);

    public override bool SetItem(PyObject key, PyObject value)
    {
        if (key is not PyStr s) throw Errors.NotImplemented("non-string keys in a class namespace");
        Items[s.Value] = value;
        return true;
    }

    public override long Length() => Items.Count;

    public override string Repr() =>
        "{" + string.Join(", ", Items.Select(kv => $"{Operations.Text.Repr(new PyStr(kv.Key))}: {Operations.Text.Repr(kv.Value)}")) + "}";
}
