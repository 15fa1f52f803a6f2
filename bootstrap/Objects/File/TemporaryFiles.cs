using System.Runtime.InteropServices;
using PyPack.Runtime.Builtins;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Calls on and with a file a call to open() just made, which nothing else holds yet.
/// <c>open(p, "w").write(s)</c>: CPython frees the file when the call ends, which closes it; so does
/// this, unless the method returned the file itself (<c>open(p).__enter__()</c>) or <c>open</c> is not
/// the builtin. <c>json.dump(data, open(p, "w"))</c>: the callee may keep the file, so it is left to
/// <see cref="DroppedWriters"/>. The compiler emits these in place of the ordinary calls for these
/// shapes only.
/// </summary>
public static class TemporaryFiles
{
    public static PyObject CallOnOpened0(PyObject opened, AttributeSite site, PyObject? open)
    {
        PyObject result;
        try
        {
            result = Attributes.CallMethod0(opened, site);
        }
        catch
        {
            Drop(opened, open, null);
            throw;
        }
        return Drop(opened, open, result);
    }

    public static PyObject CallOnOpened1(PyObject opened, AttributeSite site, PyObject a, PyObject? open)
    {
        PyObject result;
        try
        {
            result = Attributes.CallMethod1(opened, site, a);
        }
        catch
        {
            Drop(opened, open, null);
            throw;
        }
        return Drop(opened, open, result);
    }

    public static PyObject CallOnOpened(PyObject opened, AttributeSite site, ReadOnlySpan<PyObject> args, string[]? kwnames, PyObject? open)
    {
        PyObject result;
        try
        {
            result = Attributes.CallMethod(opened, site, args, kwnames);
        }
        catch
        {
            Drop(opened, open, null);
            throw;
        }
        return Drop(opened, open, result);
    }

    public static PyObject CallPassingOpened(PyObject callee, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        try
        {
            return callee.Call(args, kwnames);
        }
        finally
        {
            Forget(args);
        }
    }

    public static PyObject CallMethodPassingOpened(PyObject o, AttributeSite site, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        try
        {
            return Attributes.CallMethod(o, site, args, kwnames);
        }
        finally
        {
            Forget(args);
        }
    }

    // The caller's argument array outlives the call in its stack frame: cleared, so a file the
    // callee did not keep is one no one holds, which DroppedWriters then finds.
    private static void Forget(ReadOnlySpan<PyObject> args)
    {
        var slots = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(args), args.Length);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is PyFile) slots[i] = null!;
        }
    }

    private static PyObject Drop(PyObject opened, PyObject? open, PyObject? result)
    {
        if (opened is PyFile file && !ReferenceEquals(result, file) && ReferenceEquals(open, BuiltinsModule.OpenFunction)) file.CloseDropped();
        return result!;
    }
}
