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

    /// <summary>
    /// <c>f(a, *b)</c>: appends the items of <paramref name="iterable"/> to the positional list.
    /// <paramref name="callee"/> is null when the star is not the call's only positional: CPython
    /// then gathers into a list first, whose error does not name the function.
    /// </summary>
    public static PyList Star(PyList args, PyObject? callee, PyObject iterable)
    {
        if (iterable.Iter() is null)
        {
            throw Errors.TypeError(callee is null
                ? $"Value after * must be an iterable, not {iterable.Type.TpName}"
                : $"{FunctionStr(callee)} argument after * must be an iterable, not {iterable.Type.TpName}");
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
            throw Errors.TypeError($"{FunctionStr(callee)} argument after ** must be a mapping, not {mapping.Type.TpName}");
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

    /// <summary>
    /// <c>f(a, b, *star, **mapping)</c> (star and mapping each optional): the positionals and keyword
    /// values go to the callee in one span, a tuple's items as they are. CPython checks a lone star
    /// after the mapping (it is converted at the call) and a star after others before it (it is
    /// gathered into their list first); so does this.
    /// </summary>
    public static PyObject CallStar(PyObject callee, ReadOnlySpan<PyObject> leading, PyObject? star, PyObject? mapping)
    {
        PyDict? kwargs;
        ReadOnlySpan<PyObject> items;
        if (leading.Length == 0 && star is not null && mapping is not null)
        {
            kwargs = Mapping(callee, mapping);
            items = StarItems(callee, star);
        }
        else
        {
            items = star is null ? [] : StarItems(leading.Length == 0 ? callee : null, star);
            kwargs = mapping is null ? null : Mapping(callee, mapping);
        }
        var kwCount = kwargs?.Count ?? 0;
        if (leading.Length == 0 && kwCount == 0) return callee.Call(items, null);
        ReadOnlySpan<PyObject> positional = leading.Length == 0 ? items : items.Length == 0 ? leading : Concat(leading, items);
        return kwCount == 0 ? callee.Call(positional, null) : CallWithKeywords(callee, positional, kwargs!);
    }

    private static PyObject[] Concat(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b)
    {
        var all = new PyObject[a.Length + b.Length];
        a.CopyTo(all);
        b.CopyTo(all.AsSpan(a.Length));
        return all;
    }

    /// <summary>Calls with <paramref name="positional"/> and then the keywords of the str-keyed dict <paramref name="kwargs"/>.</summary>
    private static PyObject CallWithKeywords(PyObject callee, ReadOnlySpan<PyObject> positional, PyDict kwargs) =>
        // A compiled function binds straight from the dict (g(*args, **kwargs) forwarding to f).
        callee switch
        {
            PyFunction fn => fn.CallWithMapping(positional, kwargs),
            PyBoundMethod { Function: PyFunction method } bound => method.CallWithSelf(bound.Self, positional, kwargs),
            _ => CallWithNames(callee, positional, kwargs),
        };

    /// <summary>The keywords of <paramref name="kwargs"/> passed as names and values after <paramref name="positional"/>.</summary>
    internal static PyObject CallWithNames(PyObject callee, ReadOnlySpan<PyObject> positional, PyDict kwargs)
    {
        var all = new PyObject[positional.Length + kwargs.Count];
        positional.CopyTo(all);
        var names = new string[kwargs.Count];
        var pos = 0;
        for (var i = 0; kwargs.NextEntry(ref pos, out var k, out var v); i++)
        {
            names[i] = ((PyStr)k).Value;
            ObjectArrays.Store(all, positional.Length + i, v);
        }
        return callee.Call(all, names);
    }

    /// <summary>The values of <c>*star</c>: a tuple's own items, a copy of a list's (the callee may change the list), else the iterable's items.</summary>
    private static ReadOnlySpan<PyObject> StarItems(PyObject? callee, PyObject star)
    {
        if (PyTuple.AsExact(star) is { } tuple) return tuple.Items;
        if (star.GetType() == typeof(PyList)) return ((PyList)star).Items.ToArray();
        return Star(new PyList(), callee, star).Items;
    }

    /// <summary>The keywords of <c>**mapping</c>: an exact dict as it is once its keys are checked, else its items gathered.</summary>
    private static PyDict Mapping(PyObject callee, PyObject mapping)
    {
        if (mapping.GetType() != typeof(PyDict)) return DoubleStar(new PyDict(), callee, mapping);
        var dict = (PyDict)mapping;
        var pos = 0;
        while (dict.NextEntry(ref pos, out var k, out _))
        {
            if (k is not PyStr) throw Errors.TypeError("keywords must be strings");
        }
        return dict;
    }

    /// <summary><c>f(*a, x=1, **m)</c>: CPython converts a lone star at the call, after it built the keywords.</summary>
    public static PyObject CallLoneStar(PyObject callee, PyObject star, PyDict? kwargs)
    {
        var items = StarItems(callee, star);
        if (kwargs is null || kwargs.Count == 0) return callee.Call(items, null);
        return CallWithKeywords(callee, items, kwargs);
    }

    public static PyObject Call(PyObject callee, PyList args, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Count == 0) return callee.Call(args.Items, null);
        return CallWithKeywords(callee, args.Items, kwargs);
    }
}
