using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Collections;

/// <summary>
/// <c>_collections._namedtuple_new(typename, fields, defaults)</c>: a named tuple class's
/// <c>__new__(_cls, field...)</c> as a real function with that signature, as the source CPython's
/// namedtuple execs (<c>return _tuple_new(_cls, (x, y))</c>). Arguments then bind like any def's,
/// keywords and defaults included, with CPython's TypeErrors, and no <c>*args</c> tuple,
/// <c>**kwargs</c> dict or Python-level binding loop is made per record.
/// </summary>
internal static class NamedTupleNew
{
    // CPython's namedtuple methods come from exec'd text: their code is "<string>".
    private static readonly SourceInfo s_source = new("<string>", "");

    public static PyObject Make(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 } || args.Length != 3 || args[0] is not PyStr typename || args[1] is not PyTuple fields || args[2] is not PyTuple defaults)
        {
            throw Errors.TypeError("_namedtuple_new(typename, fields, defaults) takes a str and two tuples");
        }
        var parameters = new string[fields.Count + 1];
        parameters[0] = "_cls";
        for (var i = 0; i < fields.Count; i++)
        {
            parameters[i + 1] = fields[i] is PyStr name ? name.Value : throw Errors.TypeError("field names must be strs");
        }
        var code = new CodeInfo("__new__", s_source, 1, parameters);
        var info = new FunctionInfo("__new__", typename.Value + ".__new__", parameters, code);
        return new PyFunction(info, static bound => New(bound[0], bound[1..]), defaults.Count == 0 ? null : defaults.Items.ToArray())
        {
            ModuleName = new PyStr("namedtuple_" + typename.Value),
        };
    }

    // tuple.__new__(_cls, values): a subclass of tuple (the named tuple class or one of its
    // subclasses) gets its instance made here; anything else goes to tuple.__new__ itself,
    // which returns a plain tuple or raises its TypeError.
    private static PyObject New(PyObject cls, ReadOnlySpan<PyObject> values)
    {
        if (cls is PyType type && !ReferenceEquals(type, PyTuple.TypeObject) && type.IsSubtypeOf(PyTuple.TypeObject))
        {
            return PyTupleSubclass.Create(type, values);
        }
        return Attributes.GetAttr(PyTuple.TypeObject, "__new__").Call2(cls, PyTuple.FromArray(values.ToArray()));
    }
}
