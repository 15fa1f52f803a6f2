using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// The type variables of <c>list[T]</c> and <c>T | None</c> (their <c>__parameters__</c>) and their
/// substitution by subscription (<c>dict[str, T][int]</c>). A type variable is any argument with
/// <c>__typing_subst__</c> (typing's TypeVar); an argument with <c>__parameters__</c> of its own
/// (a nested alias) brings its variables and is subscribed in turn.
/// </summary>
internal static class TypeParameters
{
    public static PyTuple Collect(PyTuple args)
    {
        List<PyObject>? found = null;
        foreach (var arg in args.Items)
        {
            if (arg is PyType) continue; // a class brings no variables (a generic class's own are unbound)
            if (IsVariable(arg))
            {
                AddOnce(ref found, arg);
                continue;
            }
            if (Attributes.TryGetAttr(arg, "__parameters__") is PyTuple nested)
            {
                foreach (var v in nested.Items) AddOnce(ref found, v);
            }
        }
        return found is null ? PyTuple.Empty : PyTuple.CopyOf([.. found]);
    }

    private static bool IsVariable(PyObject arg) => arg is not PyType && Attributes.TryGetAttr(arg, "__typing_subst__") is not null;

    private static void AddOnce(ref List<PyObject>? found, PyObject v)
    {
        found ??= [];
        foreach (var seen in found)
        {
            if (Comparison.Equal(seen, v)) return;
        }
        found.Add(v);
    }

    /// <summary>
    /// <paramref name="args"/> with the variables in <paramref name="parameters"/> replaced by
    /// <paramref name="item"/> (one value, or a tuple of one per variable).
    /// </summary>
    public static PyObject[] Substitute(PyObject alias, PyTuple args, PyTuple parameters, PyObject item)
    {
        if (parameters.Count == 0) throw Errors.TypeError($"{alias.Repr()} is not a generic class");
        var values = item is PyTuple t ? t.Items.ToArray() : [item];
        if (values.Length != parameters.Count)
        {
            var which = values.Length > parameters.Count ? "many" : "few";
            throw Errors.TypeError($"Too {which} arguments for {alias.Repr()}; actual {values.Length}, expected {parameters.Count}");
        }
        var result = new PyObject[args.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Replace(args[i], parameters, values);
        }
        return result;
    }

    private static PyObject Replace(PyObject arg, PyTuple parameters, PyObject[] values)
    {
        if (arg is PyType) return arg;
        if (IsVariable(arg))
        {
            var at = IndexOf(parameters, arg);
            return at < 0 ? arg : Attributes.CallMethod1(arg, "__typing_subst__", values[at]);
        }
        if (Attributes.TryGetAttr(arg, "__parameters__") is not PyTuple { Count: > 0 } own) return arg;
        var sub = new PyObject[own.Count];
        for (var i = 0; i < sub.Length; i++)
        {
            var at = IndexOf(parameters, own[i]);
            sub[i] = at < 0 ? own[i] : values[at];
        }
        return Subscript.GetItem(arg, sub.Length == 1 ? sub[0] : PyTuple.FromArray(sub));
    }

    private static int IndexOf(PyTuple parameters, PyObject v)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (Comparison.Equal(parameters[i], v)) return i;
        }
        return -1;
    }
}
