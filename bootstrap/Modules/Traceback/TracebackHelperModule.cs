using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Traceback;

/// <summary>
/// <c>_traceback</c>: the runtime's traceback text for Lib/traceback.py, which adds the module's
/// argument handling and output. Frames are the runtime's own records, so the text is the same
/// one an uncaught exception prints.
/// </summary>
[PythonModule("_traceback")]
[PythonExport("format")]
[PythonExport("format_only")]
public static class TracebackHelperModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        // format(exc, tb, chain) -> list of str, as traceback.format_exception returns.
        g.Set("format", new PyBuiltinFunction("format", static (args, kw) =>
        {
            Args.Check("_traceback", "format", args, kw, 3, 3);
            var exc = args[0] as PyBaseException ?? throw Errors.TypeError("format() argument 1 must be an exception");
            var tb = args[1] switch
            {
                PyNone => null,
                PyTraceback t => t.Entry,
                _ => throw Errors.TypeError("format() argument 2 must be a traceback or None"),
            };
            var parts = TracebackPrinter.FormatParts(exc, tb, Operations.Truth.IsTrue(args[2]));
            return new PyList([.. parts.Select(p => (PyObject)new PyStr(p))]);
        }));
        g.Set("format_only", new PyBuiltinFunction("format_only", static (args, kw) =>
        {
            Args.Check("_traceback", "format_only", args, kw, 1, 1);
            var exc = args[0] as PyBaseException ?? throw Errors.TypeError("format_only() argument 1 must be an exception");
            return new PyStr(TracebackPrinter.FormatExceptionOnly(exc));
        }));
    }
}
