using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Types;

/// <summary>
/// The native half of <c>types</c> (Lib/types.py): what it cannot see from Python, whether a
/// function's code is a generator's and the CO_ITERABLE_COROUTINE mark types.coroutine() sets;
/// and marks for Lib code that stands in for CPython's C code.
/// </summary>
[PythonModule("_types")]
[PythonExport("mark_iterable_coroutine")]
[PythonExport("is_iterable_coroutine")]
[PythonExport("is_coroutine_function")]
[PythonExport("hide_from_tracebacks")]
[PythonExport("function_source")]
[PythonExport("c_type_name")]
public static class TypesModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        // A plain generator function gets the mark on its code (CPython replaces __code__ by one
        // with the flag); an async def needs none. True: types.coroutine() returns the function as is.
        g.Set("mark_iterable_coroutine", new PyBuiltinFunction("mark_iterable_coroutine", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("mark_iterable_coroutine", args, kw, ["func"], 1);
            if (a[0] is not PyFunction { Info.Code: var code }) return PyBool.False;
            if (code.Kind == CodeKind.Coroutine) return PyBool.True;
            if (code.Kind != CodeKind.Generator) return PyBool.False;
            code.IterableCoroutine = true;
            return PyBool.True;
        }));
        g.Set("is_iterable_coroutine", new PyBuiltinFunction("is_iterable_coroutine", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("is_iterable_coroutine", args, kw, ["gen"], 1);
            return PyBool.From(a[0] is PyGenerator { IsIterableCoroutine: true });
        }));
        // What CPython reads from co_flags (CO_COROUTINE): functions here have no __code__.
        g.Set("is_coroutine_function", new PyBuiltinFunction("is_coroutine_function", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("is_coroutine_function", args, kw, ["func"], 1);
            return PyBool.From(a[0] is PyFunction { Info.Code.Kind: CodeKind.Coroutine });
        }));
        // (co_filename, co_firstlineno) of a function's code, or None: asyncio's reprs of callbacks
        // ("f() at FILE:LINE") read them from __code__, which compiled functions do not have.
        g.Set("function_source", new PyBuiltinFunction("function_source", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("function_source", args, kw, ["func"], 1);
            return a[0] is PyFunction { Info.Code: var code }
                ? PyTuple.Of(new PyStr(code.Source.FileName), PyInt.From(code.FirstLine))
                : PyNone.Instance;
        }));
        // For Lib classes that stand in for a type CPython writes in C (datetime.datetime,
        // collections.OrderedDict): messages name them by module and name, as CPython's tp_name.
        // Subclasses a program defines keep their plain name. Returns the class (a decorator).
        g.Set("c_type_name", new PyBuiltinFunction("c_type_name", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("c_type_name", args, kw, ["cls"], 1);
            if (a[0] is not PyType cls) throw Errors.TypeError("c_type_name() expects a class");
            cls.TpName = $"{Operations.Text.Str(Operations.Attributes.GetAttr(cls, "__module__"))}.{cls.Name}";
            return cls;
        }));
        // For Lib functions that stand in for CPython's C code (which has no frames): returns func.
        g.Set("hide_from_tracebacks", new PyBuiltinFunction("hide_from_tracebacks", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("hide_from_tracebacks", args, kw, ["func"], 1);
            if (a[0] is not PyFunction f) throw Errors.TypeError("hide_from_tracebacks() expects a function");
            f.Info.Code.HiddenFromTracebacks = true;
            return f;
        }));
    }
}
