using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Types;

/// <summary>
/// The native half of <c>types</c> (Lib/types.py): what it cannot see from Python, whether a
/// function's code is a generator's and the CO_ITERABLE_COROUTINE mark types.coroutine() sets.
/// </summary>
[PythonModule("_types")]
[PythonExport("mark_iterable_coroutine")]
[PythonExport("is_iterable_coroutine")]
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
    }
}
