using PyPack.Runtime.Formatting;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Logging;

/// <summary>
/// <c>_pypack_logging</c>: a native step under logging's PercentStyle. Its format is
/// <c>fmt % record.__dict__</c>; reading <c>__dict__</c> turns a record's attributes, kept by
/// index in its class's layout, into a dict of ~20 entries per record formatted. format_record
/// reads the attributes in place instead, when the class's __dict__ is the usual one and
/// attribute access is object's own, so the result and the errors are the dict's.
/// </summary>
[PythonModule("_pypack_logging")]
[PythonExport("format_record")]
public static class LoggingModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("format_record", new PyBuiltinFunction("format_record", static (args, kw) =>
        {
            ModuleArgs.Exactly("format_record", args, kw, 2);
            return FormatRecord(args[0], args[1]);
        }));
    }

    /// <summary>fmt % record.__dict__, or None when that needs the dict itself (see <see cref="PercentFormat.OfAttributes"/>).</summary>
    private static PyObject FormatRecord(PyObject fmt, PyObject record)
    {
        if (!PyStr.IsExact(fmt) || record is not PyInstance obj || !HasPlainDict(obj.Type)) return PyNone.Instance;
        return PercentFormat.OfAttributes(((PyStr)fmt).Value, obj) ?? (PyObject)PyNone.Instance;
    }

    // The last class asked about, at its version: records are mostly of one class.
    private sealed record Answer(PyType Type, int Version, bool Plain);
    private static Answer? s_last;

    /// <summary>Whether instances' __dict__ is their attributes: the usual descriptor, reached by object's attribute access.</summary>
    private static bool HasPlainDict(PyType type)
    {
        if (s_last is { } last && ReferenceEquals(last.Type, type) && last.Version == type.VersionTag) return last.Plain;
        var plain = type.IsHeapType && type.HasInstanceDict && InstanceAttributes.HasPlainGetAttribute(type)
            && type.Lookup("__dict__") is PyGetSetDescriptor;
        s_last = new Answer(type, type.VersionTag, plain);
        return plain;
    }
}
