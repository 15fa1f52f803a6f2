using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Itertools;

/// <summary>An itertools iterator: its step is a C# function; count and repeat also show a repr.</summary>
public sealed class ItertoolsIterator(PyType type, Func<PyObject?> next, Func<string>? repr = null) : PyIterator
{
    private bool _done;

    public override PyType Type => type;

    public override string Repr() => repr is not null ? repr() : base.Repr();

    public override PyObject? Next()
    {
        if (_done) return null;
        var v = next();
        if (v is null) _done = true;
        return v;
    }

    /// <summary>The types, named as CPython's (module itertools).</summary>
    public static PyType NewType(string name) => new(name, null) { Module = "itertools", TpName = "itertools." + name };
}
