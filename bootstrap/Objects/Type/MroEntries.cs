namespace PyPack.Runtime.Objects;

/// <summary>
/// PEP 560's <c>__mro_entries__</c>: a base class expression that is not a class (such as
/// <c>Generic[T]</c>) names the classes to inherit from instead. CPython's __build_class__ does
/// this first, and records the bases as written in <c>__orig_bases__</c>.
/// </summary>
public static class MroEntries
{
    /// <summary>
    /// Replaces each base that has <c>__mro_entries__</c> by what it returns; gives the bases as
    /// written when any was replaced (for <c>__orig_bases__</c>), else null.
    /// </summary>
    public static PyObject[]? Resolve(ref PyObject[] bases)
    {
        List<PyObject>? resolved = null;
        for (var i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            var hook = b is PyType ? null : Operations.Attributes.TryGetAttr(b, "__mro_entries__");
            if (hook is null)
            {
                resolved?.Add(b);
                continue;
            }
            resolved ??= new List<PyObject>(bases[..i]);
            var entries = hook.Call1(PyTuple.FromArray(bases));
            if (entries is not PyTuple t) throw Errors.TypeError("__mro_entries__ must return a tuple");
            foreach (var entry in t.Items) resolved.Add(entry);
        }
        if (resolved is null) return null;
        var original = bases;
        bases = [.. resolved];
        return original;
    }

    /// <summary>After the class body: <c>__orig_bases__</c> in the namespace when bases were replaced.</summary>
    public static void RecordOriginal(PyObject ns, PyObject[]? original)
    {
        if (original is not null) Operations.Subscript.SetItem(ns, new PyStr("__orig_bases__"), PyTuple.FromArray(original));
    }
}
