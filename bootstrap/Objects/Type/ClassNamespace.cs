using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// How a class body reaches its namespace (a dict, or whatever the metaclass's <c>__prepare__</c>
/// returned): an exact dict directly, any other mapping through its <c>__getitem__</c> and
/// <c>__setitem__</c> (as CPython's LOAD_NAME/STORE_NAME do). Names not in it come from the
/// module's globals.
/// </summary>
public sealed class ClassNamespace
{
    private ClassNamespace(PyObject mapping)
    {
        Mapping = mapping;
        Exact = mapping.GetType() == typeof(PyDict) ? (PyDict)mapping : null;
    }

    public PyObject Mapping { get; }

    private PyDict? Exact { get; }

    public static ClassNamespace Of(PyObject ns) => new(ns);

    public PyObject Load(string name, GlobalCell global)
    {
        if (Exact is not null) return Exact.TryGetStr(name) ?? global.Get();
        try
        {
            return Subscript.GetItem(Mapping, new PyStr(name));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            return global.Get();
        }
    }

    public void Store(string name, PyObject value)
    {
        if (Exact is not null) Exact.SetStr(name, value);
        else Subscript.SetItem(Mapping, new PyStr(name), value);
    }

    public void Delete(string name)
    {
        if (Exact is not null)
        {
            if (!Exact.RemoveStr(name)) throw Errors.UndefinedName(name);
            return;
        }
        try
        {
            Subscript.DelItem(Mapping, new PyStr(name));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.KeyError))
        {
            throw Errors.UndefinedName(name);
        }
    }

    /// <summary>Deletes without complaint when absent (the compiler's own cleanups).</summary>
    public void Remove(string name)
    {
        if (Exact is not null) Exact.RemoveStr(name);
        else if (Comparison.Contains(Mapping, new PyStr(name))) Subscript.DelItem(Mapping, new PyStr(name));
    }
}
