using PyPack.Runtime.Hosting;
using PyPack.Runtime.Modules.Pickle;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Copy;

/// <summary>
/// The native half of <c>copy</c> (Lib/copy.py): copies of instances that object's default
/// recipe describes, made as copy._reconstruct would make them from it (a bare instance of the
/// class, then the instance dict's items, deep-copied for deepcopy) without making the recipe,
/// the state dict or either instance's dict.
/// </summary>
[PythonModule("_pypack_copy")]
[PythonRequires("copyreg")]
[PythonExport("copy_plain")]
public static class CopyModule
{
    public static void Initialize(PyModule module)
    {
        // copy_plain(x, memo, deepcopy): the copy, or NotImplemented when x is not such an
        // instance; memo is None for a shallow copy.
        module.Globals.Set("copy_plain", new PyBuiltinFunction("copy_plain", static (args, kw) =>
        {
            ModuleArgs.Exactly("copy_plain", args, kw, 3);
            return CopyPlain(args[0], args[1], args[2]) ?? PyNotImplemented.Instance;
        }));
    }

    private static PyObject? CopyPlain(PyObject x, PyObject memoObject, PyObject deepcopy)
    {
        if (x.GetType() != typeof(PyInstance)) return null;
        var instance = System.Runtime.CompilerServices.Unsafe.As<PyInstance>(x);
        // Attributes kept in a layout: a dict made already may be held elsewhere too, and is
        // copied as a dict (the general path).
        if (instance.Layout is not { } layout) return null;
        PyDict? memo = null;
        if (memoObject is not PyNone)
        {
            if (memoObject.GetType() != typeof(PyDict)) return null;
            memo = System.Runtime.CompilerServices.Unsafe.As<PyDict>(memoObject);
        }
        var type = instance.Type;
        if (!PlainReduction.Pickles(type, out var slotNames) || slotNames is PyList { Count: > 0 } || type.SlotCount != 0) return null;
        // What copy looks up before the recipe, and what _reconstruct looks up on the copy.
        if (type.Lookup(memo is null ? "__copy__" : "__deepcopy__") is not null || type.Lookup("__setstate__") is not null) return null;
        if (layout.IndexOf("__deepcopy__") >= 0 || layout.IndexOf("__copy__") >= 0 || layout.IndexOf("__reduce_ex__") >= 0
            || layout.IndexOf("__getstate__") >= 0 || layout.IndexOf("__setstate__") >= 0)
        {
            return null;
        }
        if (PickleModule.CopyregDispatchTable() is { Count: > 0 } table && table.TryGet(type) is not null) return null;

        var copy = new PyInstance(type);
        memo?.Set(PyInt.From((long)Identity.Of(x)), copy);
        var start = instance.StorageIndex(0);
        var count = layout.Count;
        // The state's values first (deep-copied into a new dict in CPython), then set into the
        // copy's dict in order: the copy has no attributes while its values are being copied.
        var names = new string?[count];
        var values = new PyObject?[count];
        for (var i = 0; i < count; i++)
        {
            if (instance.ValueAt(start + i) is not { } value) continue;
            names[i] = layout.NameAt(i);
            values[i] = value;
        }
        if (memo is not null)
        {
            for (var i = 0; i < count; i++)
            {
                if (values[i] is { } value) values[i] = deepcopy.Call2(value, memo);
            }
        }
        for (var i = 0; i < count; i++)
        {
            if (names[i] is { } name) copy.SetOwnAttribute(name, values[i]!);
        }
        return copy;
    }
}
