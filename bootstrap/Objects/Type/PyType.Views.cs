namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>C.__dict__</c> and <c>C.__mro__</c> hand out, built once per state of the class:
/// protocol checks and class decorators read them in loops, and a fresh copy of every name
/// of the class per read made each read cost the size of the class.
/// </summary>
public sealed partial class PyType
{
    private PyDict? _ownDict;
    private int _ownDictTag;
    private PyTuple? _mroTuple;

    /// <summary>
    /// A dict of this type's own names, rebuilt after the type (or a base) changed. Only the
    /// read-only mappingproxy exposes it, so readers can share it.
    /// </summary>
    internal PyDict OwnDict()
    {
        EnsureReady(); // a builtin type's members are stored on first use, which moves the tag
        var cached = _ownDict;
        if (cached is not null && _ownDictTag == _versionTag) return cached;
        var ns = new PyDict();
        foreach (var (k, v) in _dict) ns.SetStr(k, v);
        _ownDict = ns;
        _ownDictTag = _versionTag;
        return ns;
    }

    /// <summary><c>C.__mro__</c>: one tuple per MRO, as CPython keeps (a new one after <c>__bases__</c> is assigned).</summary>
    internal PyTuple MroTuple => _mroTuple ??= PyTuple.FromArray(Sequences.Objects(Mro));
}
