using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>__isabstractmethod__</c> of the descriptors that wrap functions (property, classmethod,
/// staticmethod): true when a wrapped function carries it, so <c>@abstractmethod</c> under them
/// makes the class abstract (abc.ABCMeta collects the names).
/// </summary>
internal static class AbstractFlag
{
    public static PyObject Of(params PyObject?[] functions)
    {
        foreach (var f in functions)
        {
            if (f is not null && Attributes.TryGetAttr(f, "__isabstractmethod__") is { } flag && Truth.IsTrue(flag)) return PyBool.True;
        }
        return PyBool.False;
    }
}
