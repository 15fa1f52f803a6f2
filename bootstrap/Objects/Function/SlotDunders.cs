namespace PyPack.Runtime.Objects;

/// <summary>
/// Which dunders of a builtin type are slot wrappers in CPython (<c>int.__add__</c>, a
/// wrapper_descriptor) rather than methods (<c>int.__round__</c>, a method_descriptor): the names
/// of CPython's type slots, less the few a type also defines as a method for speed.
/// </summary>
internal static class SlotDunders
{
    // A switch rather than a set: the compiler turns it into a few comparisons, and a frozen set
    // type would add 80 KB of code to every binary.
    private static bool IsSlotName(string name) => name switch
    {
        "__getattribute__" or "__getattr__" or "__setattr__" or "__delattr__" or "__repr__" or "__hash__" or
            "__call__" or "__str__" or "__lt__" or "__le__" or "__eq__" or "__ne__" or "__gt__" or "__ge__" or
            "__iter__" or "__next__" or "__get__" or "__set__" or "__delete__" or "__init__" or "__del__" or
            "__await__" or "__aiter__" or "__anext__" or "__add__" or "__radd__" or "__sub__" or "__rsub__" or
            "__mul__" or "__rmul__" or "__mod__" or "__rmod__" or "__divmod__" or "__rdivmod__" or "__pow__" or
            "__rpow__" or "__neg__" or "__pos__" or "__abs__" or "__bool__" or "__invert__" or "__lshift__" or
            "__rlshift__" or "__rshift__" or "__rrshift__" or "__and__" or "__rand__" or "__xor__" or "__rxor__" or
            "__or__" or "__ror__" or "__int__" or "__float__" or "__iadd__" or "__isub__" or "__imul__" or
            "__imod__" or "__ipow__" or "__ilshift__" or "__irshift__" or "__iand__" or "__ixor__" or "__ior__" or
            "__floordiv__" or "__rfloordiv__" or "__truediv__" or "__rtruediv__" or "__ifloordiv__" or
            "__itruediv__" or "__index__" or "__matmul__" or "__rmatmul__" or "__imatmul__" or "__len__" or
            "__getitem__" or "__setitem__" or "__delitem__" or "__contains__" => true,
        _ => false,
    };

    public static bool IsSlotWrapper(PyType owner, string name) => IsSlotName(name) && !IsMethodToo(owner, name);

    // CPython's list and dict define __getitem__, and dict, set and frozenset __contains__, as
    // methods beside the slot (METH_COEXIST): the method is what their dict holds.
    private static bool IsMethodToo(PyType owner, string name) => name switch
    {
        "__getitem__" => ReferenceEquals(owner, PyList.TypeObject) || ReferenceEquals(owner, PyDict.TypeObject),
        "__contains__" => ReferenceEquals(owner, PyDict.TypeObject) || ReferenceEquals(owner, PySet.SetType) || ReferenceEquals(owner, PySet.FrozenSetType),
        _ => false,
    };
}
