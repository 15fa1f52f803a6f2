using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>_collections._tuplegetter(index, doc)</c>: the descriptor namedtuple makes for each field. It reads
/// the tuple's item directly, as CPython's does: a subclass's <c>__getitem__</c> is not called. A data
/// descriptor (assigning or deleting the field raises), so an instance dict never hides it.
/// </summary>
public sealed class PyTupleGetter : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    private readonly long _index;

    private PyTupleGetter(long index, PyObject doc)
    {
        _index = index;
        Doc = doc;
    }

    /// <summary>The field's docstring; writable, as the C type's __doc__ member.</summary>
    public PyObject Doc { get; private set; }

    public override PyType Type => TypeObject;

    private static PyType MakeType()
    {
        var t = new PyType("_tuplegetter", null) { Module = "_collections", TpName = "_collections._tuplegetter", IsFinal = true };
        t.Constructor = static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_tuplegetter() takes no keyword arguments");
            if (args.Length != 2) throw Errors.TypeError($"_tuplegetter expected 2 arguments, got {args.Length}");
            var index = Conversions.Index(args[0]);
            if (!index.IsSmall) throw Errors.OverflowError("Python int too large to convert to C ssize_t");
            return new PyTupleGetter(index.Small, args[1]);
        };
        t.Method("__get__", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("wrapper __get__() takes no keyword arguments");
            Args.Count("", args.Length, 1, 2);
            if (args[0] is PyNone)
            {
                if (args.Length < 2 || args[1] is PyNone) throw Errors.TypeError("__get__(None, None) is invalid");
                return self;
            }
            return ((PyTupleGetter)self).GetValue(args[0]);
        });
        t.Method("__set__", static (self, args, kw) =>
        {
            Args.Count("__set__", args.Length, 2, 2);
            throw Refused(deleting: false);
        });
        t.Method("__delete__", static (self, instance) => throw Refused(deleting: true));
        t.Method("__reduce__", static self =>
        {
            var getter = (PyTupleGetter)self;
            return PyTuple.Of(TypeObject, PyTuple.Of(PyInt.From(getter._index), getter.Doc));
        });
        return t;
    }

    /// <summary>The item at the field's index of <paramref name="instance"/>, which must be a tuple (of any subclass).</summary>
    public PyObject GetValue(PyObject instance)
    {
        if (instance is not PyTuple tuple)
        {
            throw Errors.TypeError($"descriptor for index '{_index}' for tuple subclasses doesn't apply to '{instance.Type.TpName}' object");
        }
        var items = tuple.Items;
        // Unsigned, as CPython compares: a negative index is out of range too.
        return (ulong)_index < (ulong)items.Length ? items[(int)_index] : throw Errors.IndexError("tuple index out of range");
    }

    /// <summary>The error for assigning or deleting the field of an instance.</summary>
    public static PyException Refused(bool deleting) =>
        Errors.AttributeError(deleting ? "can't delete attribute" : "can't set attribute");

    // The short name, as CPython 3.11 shows it.
    public override string Repr() => $"_tuplegetter({_index}, {Doc.Repr()})";

    public override PyObject? GetOwnAttribute(string name) => name == "__doc__" ? Doc : null;

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        if (name != "__doc__") return false;
        Doc = value;
        return true;
    }
}
