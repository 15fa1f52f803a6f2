using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Contextvars;

/// <summary>
/// The native part of contextvars (<c>_contextvars</c>, as CPython's C module is named): the Context
/// type and copy_context(). ContextVar and Token are written in Python (Lib/contextvars.py), which
/// hands its ContextVar class over with <c>_register_var_type</c> for the key checks.
/// </summary>
[PythonModule("_contextvars")]
[PythonExport("Context")]
[PythonExport("copy_context")]
[PythonExport("_register_var_type")]
public static class ContextvarsModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("Context", PyContext.TypeObject);
        g.Set("copy_context", new PyBuiltinFunction("copy_context", static (args, kw) =>
        {
            if (kw is not null || args.Length != 0) Args.Check("_contextvars", "copy_context", args, kw, 0, 0);
            return PyContext.CopyCurrent();
        }));
        g.Set("_register_var_type", new PyBuiltinFunction("_register_var_type", static (args, kw) =>
        {
            Args.Check("_contextvars", "_register_var_type", args, kw, 1, 1);
            PyContext.RegisterVarType((PyType)args[0]);
            return PyNone.Instance;
        }));
    }
}
