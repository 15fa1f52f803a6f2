using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A call with <c>*iterable</c> or <c>**mapping</c> arguments, built left to right as CPython
/// evaluates them: <c>CallArguments.For(f).Add(a).Star(xs).Keyword("k", v).DoubleStar(kw).Invoke()</c>.
/// </summary>
public sealed class CallArguments
{
    private readonly PyObject _callee;
    private readonly List<PyObject> _positional = [];
    private readonly List<string> _names = [];
    private readonly List<PyObject> _values = [];

    private CallArguments(PyObject callee) => _callee = callee;

    public static CallArguments For(PyObject callee) => new(callee);

    public CallArguments Add(PyObject value)
    {
        _positional.Add(value);
        return this;
    }

    public CallArguments Star(PyObject iterable)
    {
        if (iterable is not (PyList or PyTuple) && iterable.Iter() is null)
        {
            throw Errors.TypeError($"{FunctionStr(_callee)} argument after * must be an iterable, not {iterable.Type.Name}");
        }
        _positional.AddRange(Iteration.ToArray(iterable));
        return this;
    }

    public CallArguments Keyword(string name, PyObject value)
    {
        if (_names.Contains(name)) throw Errors.TypeError($"{FunctionStr(_callee)} got multiple values for keyword argument '{name}'");
        _names.Add(name);
        _values.Add(value);
        return this;
    }

    public CallArguments DoubleStar(PyObject mapping)
    {
        if (mapping is PyDict d)
        {
            foreach (var (k, v) in d.Pairs) Keyword(KeyName(k), v);
            return this;
        }
        var keys = Attributes.TryGetAttr(mapping, "keys")
            ?? throw Errors.TypeError($"{FunctionStr(_callee)} argument after ** must be a mapping, not {mapping.Type.Name}");
        var it = Iteration.GetIter(keys.Call0());
        for (var k = it.Next(); k is not null; k = it.Next()) Keyword(KeyName(k), Subscript.GetItem(mapping, k));
        return this;
    }

    private static string KeyName(PyObject key) => key is PyStr s ? s.Value : throw Errors.TypeError("keywords must be strings");

    public PyObject Invoke()
    {
        if (_names.Count == 0) return _callee.Call(_positional.ToArray(), null);
        PyObject[] all = [.. _positional, .. _values];
        return _callee.Call(all, [.. _names]);
    }

    /// <summary>How CPython names a callable in argument errors (_PyObject_FunctionStr).</summary>
    public static string FunctionStr(PyObject callee) => callee switch
    {
        PyFunction f => (f.ModuleName is PyStr m && m.Value != "builtins" ? m.Value + "." : "") + f.QualName + "()",
        PyType t => t.Name + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyBoundMethod m => FunctionStr(m.Function),
        _ => callee.Type.Name + " object",
    };
}
