using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// <c>_pypack_re</c>: the matching engine under PyPack's <c>re</c> (bootstrap/Lib/re.py). re.py
/// parses Python's pattern syntax, reports CPython's errors and translates the pattern to .NET's
/// syntax; this module runs it with System.Text.RegularExpressions and reports group spans in
/// code points. Only re.py imports it, so apps that do not use re never carry it.
/// </summary>
[PythonModule("_pypack_re")]
[PythonExport("compile")]
public static class RegexEngineModule
{
    public static void Initialize(PyModule module)
    {
        module.Globals.Set("compile", new PyBuiltinFunction("compile", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("compile", args, kw, ["pattern"], 1);
            return new RegexEngine(ModuleArgs.Str(a[0]!, "compile", 1));
        }));
    }
}
