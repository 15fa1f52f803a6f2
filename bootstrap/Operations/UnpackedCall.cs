using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>Calls with <c>*args</c> or <c>**kwargs</c>: the arguments are gathered into a list and a dict first.</summary>
public static class UnpackedCall
{
    /// <summary>How CPython names a callable in argument errors (_PyObject_FunctionStr).</summary>
    public static string FunctionStr(PyObject f) => f switch
    {
        PyFunction fn => (fn.ModuleName is PyStr m && m.Value != "builtins" ? m.Value + "." : "") + fn.QualName + "()",
        PyBoundMethod m => FunctionStr(m.Function),
        PyBuiltinFunction b => b.Name + "()",
        PyBoundBuiltinMethod m => $"{m.Method.Owner.Name}.{m.Method.Name}()",
        PyBuiltinMethod m => $"{m.Owner.Name}.{m.Name}()",
        PyType t => t.Name + "()",
        _ => f.Type.Name + " object",
    };

    /// <summary><c>f(a, *b)</c>: appends the items of <paramref name="iterable"/> to the positional list.</summary>
    public static PyList Star(PyList args, PyObject callee, PyObject iterable)
    {
        if (iterable.Iter() is null)
        {
            throw Errors.TypeError($"{FunctionStr(callee)} argument after * must be an iterable, not {iterable.Type.Name}");
        }
        args.Extend(iterable);
        return args;
    }

    /// <summary><c>f(x=1)</c> next to <c>**m</c>: one keyword, refusing duplicates.</summary>
    public static PyDict Keyword(PyDict kwargs, PyObject callee, string name, PyObject value)
    {
        var key = new PyStr(name);
        if (kwargs.ContainsKey(key)) throw Errors.TypeError($"{FunctionStr(callee)} got multiple values for keyword argument '{name}'");
        kwargs.Set(key, value);
        return kwargs;
    }

    /// <summary><c>f(**m)</c>: the mapping's items, refusing duplicates.</summary>
    public static PyDict DoubleStar(PyDict kwargs, PyObject callee, PyObject mapping)
    {
        if (mapping is not PyDict && Attributes.TryGetAttr(mapping, "keys") is null)
        {
            throw Errors.TypeError($"{FunctionStr(callee)} argument after ** must be a mapping, not {mapping.Type.Name}");
        }
        var source = mapping as PyDict ?? new PyDict().MergeMapping(mapping);
        foreach (var (k, v) in source.Pairs)
        {
            if (k is not PyStr s) throw Errors.TypeError("keywords must be strings"); // 3.11 names no function here
            if (kwargs.ContainsKey(k)) throw Errors.TypeError($"{FunctionStr(callee)} got multiple values for keyword argument '{s.Value}'");
            kwargs.Set(k, v);
        }
        return kwargs;
    }

    public static PyObject Call(PyObject callee, PyList args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return callee.Call(args.Items, null);
        var all = new PyObject[args.Count + kwargs.Count];
        args.Items.CopyTo(all);
        var names = new string[kwargs.Count];
        var i = 0;
        foreach (var (k, v) in kwargs.Pairs)
        {
            names[i] = ((PyStr)k).Value;
            all[args.Count + i] = v;
            i++;
        }
        return callee.Call(all, names);
    }
}
