namespace PyPack.Runtime.Objects;

/// <summary>
/// CPython's "struct sequence" (os.stat_result, sys.version_info, time.struct_time): a tuple of
/// the first fields that also names every field as an attribute, including extra fields that are
/// attributes only (stat_result.st_mtime as a float while index 8 is an int).
/// </summary>
public sealed class PyStructSequence : PyObject
{
    private readonly PyType _type;
    private readonly string[] _names;
    private readonly PyObject[] _values;

    /// <param name="names">Every field; the first <paramref name="visible"/> make up the tuple.</param>
    public PyStructSequence(PyType type, string[] names, PyObject[] values, int visible)
    {
        _type = type;
        _names = names;
        _values = values;
        Tuple = PyTuple.FromArray(values[..visible]);
    }

    /// <summary>A type for one kind of struct sequence, e.g. ("os", "stat_result").</summary>
    public static PyType CreateType(string module, string name) => new(name, PyTuple.TypeObject) { Module = module };

    public PyTuple Tuple { get; }
    public override PyType Type => _type;

    public override string Repr()
    {
        var sb = new System.Text.StringBuilder(_type.QualifiedName).Append('(');
        for (var i = 0; i < Tuple.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(_names[i]).Append('=').Append(Operations.Text.Repr(_values[i]));
        }
        return sb.Append(')').ToString();
    }

    public override PyObject? GetOwnAttribute(string name)
    {
        // The last field of a name: stat_result's st_mtime is the float, not the int tuple item.
        var i = Array.LastIndexOf(_names, name);
        return i >= 0 ? _values[i] : null;
    }

    public override long Length() => Tuple.Count;
    public override bool IsTrue() => Tuple.Count != 0;
    public override long Hash() => Tuple.Hash();
    public override PyObject? GetItem(PyObject key) => Tuple.GetItem(key);
    public override PyIterator Iter() => Tuple.Iter();
    public override bool? Contains(PyObject value) => Tuple.Contains(value);

    public override PyObject? RichCompare(PyObject other, CompareOp op) => other switch
    {
        PyStructSequence s => Tuple.RichCompare(s.Tuple, op),
        PyTuple t => Tuple.RichCompare(t, op),
        _ => null,
    };

}
