using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>A read-only view of a dict (<c>C.__dict__</c> of a class), CPython's mappingproxy.</summary>
public sealed class PyMappingProxy(PyDict mapping) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public PyDict Mapping { get; } = mapping;
    public override PyType Type => TypeObject;
    public override string Repr() => $"mappingproxy({Mapping.Repr()})";

    // str() of a mappingproxy is str() of what it wraps; only repr() names the proxy.
    public override string Str() => Mapping.Str();
    public override long Length() => Mapping.Count;
    public override PyObject? GetItem(PyObject key) => Mapping.GetItem(key);
    public override PyIterator? Iter() => Mapping.Iter();
    public override bool? Contains(PyObject value) => Mapping.ContainsKey(value);
    public override PyObject? RichCompare(PyObject other, CompareOp op) => Mapping.RichCompare(other is PyMappingProxy p ? p.Mapping : other, op);

    private static readonly ClinicArgs s_newArgs = new("mappingproxy", ["mapping"], 1);

    private static PyType CreateType()
    {
        var type = new PyType("mappingproxy", null) { IsFinal = true };
        // types.MappingProxyType(d): a live read-only view of a dict.
        type.Constructor = static (args, kw) =>
        {
            var mapping = s_newArgs.Bind(args, kw)[0]!;
            if (mapping is PyDict dict) return new PyMappingProxy(dict);
            if (mapping is PyList or PyTuple || Attributes.TryGetAttr(mapping, "__getitem__") is null)
            {
                throw Errors.TypeError($"mappingproxy() argument must be a mapping, not {mapping.Type.TpName}");
            }
            throw Errors.TypeError($"mappingproxy() of a '{mapping.Type.TpName}': PyPack's mappingproxy views dicts only");
        };
        foreach (var name in new[] { "keys", "values", "items", "copy" })
        {
            type.Method(name, self => Attributes.CallMethod0(((PyMappingProxy)self).Mapping, name));
        }
        type.Method("get", static (self, args, kw) => Attributes.CallMethod(((PyMappingProxy)self).Mapping, "get", args, kw));
        return type;
    }
}
