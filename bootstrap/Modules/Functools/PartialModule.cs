using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Functools;

/// <summary>
/// <c>_partial</c>: the call of functools.partial (CPython's is C). functools.py keeps the class
/// (construction, flattening, repr, attributes, subclassing); its <c>__call__</c> is this module's
/// <c>call</c>, which takes the call as it was made and passes the stored and the new arguments on
/// in one step, with no *args tuple, **kwargs dict or star-call list in between.
/// </summary>
[PythonModule("_partial")]
[PythonExport("call")]
public static class PartialModule
{
    private static readonly SourceInfo s_source = new("<partial>", "");

    // The class's slots, read through the same caches as `self._func` in compiled code.
    private static readonly AttributeSite s_func = new("_func");
    private static readonly AttributeSite s_args = new("_args");
    private static readonly AttributeSite s_keywords = new("_keywords");

    public static void Initialize(PyModule module)
    {
        var info = new FunctionInfo("__call__", "partial.__call__", ["self"], new CodeInfo("__call__", s_source, 1, ["self", "args", "keywords"]),
            positionalOnly: 1, varArgs: "args", varKeywords: "keywords");
        module.Globals.Set("call", new PyFunction(info, Call));
    }

    /// <summary><c>partial.__call__(self, /, *args, **keywords)</c>: <c>func(*self.args, *args, **{**self.keywords, **keywords})</c>.</summary>
    private static PyObject Call(ReadOnlySpan<PyObject> all, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        if (all.Length - kwCount < 1) throw Errors.TypeError("descriptor '__call__' of 'functools.partial' object needs an argument");
        var self = all[0];
        var func = Attributes.GetAttr(self, s_func);
        var stored = ((PyTuple)Attributes.GetAttr(self, s_args)).Items;
        var storedKeywords = (PyDict)Attributes.GetAttr(self, s_keywords);
        var args = all[1..^kwCount];
        var values = all[^kwCount..];
        if (storedKeywords.Count == 0)
        {
            if (stored.Length == 0) return func.Call(all[1..], kwnames);
            var total = stored.Length + args.Length + kwCount;
            if (total <= ArgumentBuffer.Size)
            {
                var buffer = new ArgumentBuffer();
                Span<PyObject?> room = buffer;
                Fill(room[..total]!, stored, args, values);
                return func.Call(room[..total]!, kwnames);
            }
            var array = new PyObject[total];
            Fill(array, stored, args, values);
            return func.Call(array, kwnames);
        }
        return CallWithKeywords(func, stored, storedKeywords, args, values, kwnames);
    }

    private static void Fill(Span<PyObject> into, ReadOnlySpan<PyObject> stored, ReadOnlySpan<PyObject> args, ReadOnlySpan<PyObject> values)
    {
        stored.CopyTo(into);
        args.CopyTo(into[stored.Length..]);
        values.CopyTo(into[(stored.Length + args.Length)..]);
    }

    /// <summary>The stored keywords in their order, each replaced by a call keyword of the same name; the call's other keywords after them.</summary>
    private static PyObject CallWithKeywords(PyObject func, ReadOnlySpan<PyObject> stored, PyDict storedKeywords, ReadOnlySpan<PyObject> args, ReadOnlySpan<PyObject> values, string[]? kwnames)
    {
        var positional = stored.Length + args.Length;
        var names = new string[storedKeywords.Count + values.Length];
        var all = new PyObject[positional + names.Length];
        stored.CopyTo(all);
        args.CopyTo(all.AsSpan(stored.Length));
        var count = 0;
        var pos = 0;
        while (storedKeywords.NextEntry(ref pos, out var k, out var v))
        {
            names[count] = k is PyStr s ? s.Value : throw Errors.TypeError("keywords must be strings");
            all[positional + count++] = v;
        }
        var storedCount = count;
        for (var i = 0; i < values.Length; i++)
        {
            var index = Array.IndexOf(names, kwnames![i], 0, storedCount);
            if (index < 0) index = count++;
            names[index] = kwnames[i];
            all[positional + index] = values[i];
        }
        if (count < names.Length) Array.Resize(ref names, count); // some call keywords replaced stored ones
        return func.Call(all.AsSpan(0, positional + count), names);
    }
}
