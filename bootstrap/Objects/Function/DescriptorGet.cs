namespace PyPack.Runtime.Objects;

/// <summary>
/// <c>__get__</c> called by hand on a builtin type's method, slot wrapper, computed attribute or
/// <c>__slots__</c> member (<c>str.upper.__get__("a")</c>): what attribute access does with the
/// descriptor, with CPython's checks of the instance.
/// </summary>
internal static class DescriptorGet
{
    public static PyObject Call(PyObject descriptor, PyType owner, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("wrapper __get__() takes no keyword arguments");
        Args.Count("", args.Length, 1, 2);
        var instance = args[0] is PyNone ? null : args[0];
        if (instance is null)
        {
            if (args.Length < 2 || args[1] is PyNone) throw Errors.TypeError("__get__(None, None) is invalid");
            return descriptor;
        }
        return descriptor switch
        {
            PyBuiltinMethod method => instance.Type.IsSubtypeOf(owner) ? method.Bind(instance) : throw Errors.TypeError(DoesNotApply(method.Name, owner, instance)),
            PyGetSetDescriptor getset => instance.Type.IsSubtypeOf(owner) ? getset.Get(instance) : throw Errors.TypeError(DoesNotApply(getset.Name, owner, instance)),
            // The member checks the instance's type itself, with the same message.
            _ => ((PySlotDescriptor)descriptor).GetValue(instance),
        };
    }

    /// <summary>CPython's message for a descriptor of <paramref name="owner"/> used on an instance of another type.</summary>
    public static string DoesNotApply(string name, PyType owner, PyObject instance) =>
        $"descriptor '{name}' for '{owner.TpName}' objects doesn't apply to a '{instance.Type.TpName}' object";
}
