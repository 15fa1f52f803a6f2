using System.Collections.Frozen;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Which dunders of a builtin type are slot wrappers in CPython (<c>int.__add__</c>, a
/// wrapper_descriptor) rather than methods (<c>int.__round__</c>, a method_descriptor): the names
/// of CPython's type slots, less the few a type also defines as a method for speed.
/// </summary>
internal static class SlotDunders
{
    private static readonly FrozenSet<string> s_slotNames = new[]
    {
        "__getattribute__", "__getattr__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__",
        "__init__", "__del__", "__await__", "__aiter__", "__anext__",
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__",
        "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
        "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__",
        "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
        "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__",
        "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
    }.ToFrozenSet();

    public static bool IsSlotWrapper(PyType owner, string name) => s_slotNames.Contains(name) && !IsMethodToo(owner, name);

    // CPython's list and dict define __getitem__, and dict, set and frozenset __contains__, as
    // methods beside the slot (METH_COEXIST): the method is what their dict holds.
    private static bool IsMethodToo(PyType owner, string name) => name switch
    {
        "__getitem__" => ReferenceEquals(owner, PyList.TypeObject) || ReferenceEquals(owner, PyDict.TypeObject),
        "__contains__" => ReferenceEquals(owner, PyDict.TypeObject) || ReferenceEquals(owner, PySet.SetType) || ReferenceEquals(owner, PySet.FrozenSetType),
        _ => false,
    };
}
