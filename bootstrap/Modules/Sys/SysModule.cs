using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Sys;

/// <summary>The <c>sys</c> module.</summary>
[PythonModule("sys")]
[PythonExport("argv")]
[PythonExport("exit")]
[PythonExport("stdout")]
[PythonExport("stderr")]
[PythonExport("maxsize")]
[PythonExport("platform")]
[PythonExport("byteorder")]
[PythonExport("frozen")]
[PythonExport("executable")]
[PythonExport("getrecursionlimit")]
[PythonExport("setrecursionlimit")]
[PythonExport("exc_info")]
[PythonExport("exception")]
public static class SysModule
{
    public static void Initialize(PyModule module)
    {
        var interpreter = Interpreter.Current;
        var g = module.Globals;
        g.Set("argv", new PyList(interpreter.Argv.Select(a => (PyObject)new PyStr(a)).ToArray()));
        g.Set("exit", new PyBuiltinFunction("exit", Exit));
        g.Set("stdout", new PyTextStream("<stdout>", interpreter.Stdout));
        g.Set("stderr", new PyTextStream("<stderr>", interpreter.Stderr));
        g.Set("maxsize", PyInt.From(long.MaxValue));
        g.Set("platform", new PyStr("linux"));
        g.Set("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        g.Set("frozen", PyBool.True);
        g.Set("executable", new PyStr(Environment.ProcessPath ?? ""));
        g.Set("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", static (args, kw) => PyInt.From(CallDepth.Limit)));
        g.Set("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", SetRecursionLimit));
        g.Set("exc_info", new PyBuiltinFunction("exc_info", static (args, kw) => HandledExceptions.Current is { } e
            ? new PyTuple([e.Type, e, PyTraceback.Of(e.Traceback)])
            : new PyTuple([PyNone.Instance, PyNone.Instance, PyNone.Instance])));
        g.Set("exception", new PyBuiltinFunction("exception", static (args, kw) => (PyObject?)HandledExceptions.Current ?? PyNone.Instance));
    }

    private static PyObject Exit(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("exit() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"exit expected at most 1 argument, got {args.Length}");
        throw new PySystemExit(ExceptionTypes.SystemExit, new PyTuple(args.ToArray())).ToException();
    }

    private static PyObject SetRecursionLimit(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length != 1 || kwnames is { Length: > 0 }) throw Errors.TypeError($"setrecursionlimit() takes exactly one argument ({args.Length} given)");
        if (args[0] is not PyInt n) throw Errors.TypeError("'" + args[0].Type.Name + "' object cannot be interpreted as an integer");
        if (n.Big < 1) throw Errors.ValueError("recursion limit must be greater or equal than 1");
        CallDepth.Limit = n.Big > int.MaxValue ? int.MaxValue : (int)n.Big;
        return PyNone.Instance;
    }
}
