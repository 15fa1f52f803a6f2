using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Atexit;

/// <summary>The <c>atexit</c> module: functions run when the program ends, last registered first.</summary>
[PythonModule("atexit")]
[PythonExport("register")]
[PythonExport("unregister")]
[PythonExport("_run_exitfuncs")]
[PythonExport("_clear")]
[PythonExport("_ncallbacks")]
public static class AtexitModule
{
    private sealed record Registration(PyObject Function, PyObject[] Args, string[]? KeywordNames);

    public static void Initialize(PyModule module)
    {
        var registrations = new List<Registration>();
        var interpreter = Interpreter.Current;
        interpreter.ExitCallbacks.Add(() => RunAll(registrations, interpreter));
        var g = module.Globals;
        g.Set("register", new PyBuiltinFunction("register", (args, kw) =>
        {
            var positional = Args.PositionalCount(args, kw);
            if (positional == 0) throw Errors.TypeError($"register() takes at least 1 argument (0 given)");
            if (!Builtins.BuiltinsModule.IsCallable(args[0])) throw Errors.TypeError("the first argument must be callable");
            registrations.Add(new Registration(args[0], args[1..].ToArray(), kw));
            return args[0];
        }));
        g.Set("unregister", new PyBuiltinFunction("unregister", (args, kw) =>
        {
            Args.Check("atexit", "unregister", args, kw, 1, 1);
            var function = args[0];
            registrations.RemoveAll(r => Operations.Comparison.Equal(r.Function, function));
            return PyNone.Instance;
        }));
        g.Set("_run_exitfuncs", new PyBuiltinFunction("_run_exitfuncs", (args, kw) =>
        {
            RunAll(registrations, interpreter);
            return PyNone.Instance;
        }));
        g.Set("_clear", new PyBuiltinFunction("_clear", (args, kw) =>
        {
            registrations.Clear();
            return PyNone.Instance;
        }));
        g.Set("_ncallbacks", new PyBuiltinFunction("_ncallbacks", (args, kw) => PyInt.From(registrations.Count)));
    }

    /// <summary>Runs and forgets every registration, newest first; an exception is reported and the rest still run.</summary>
    private static void RunAll(List<Registration> registrations, Interpreter interpreter)
    {
        while (registrations.Count > 0)
        {
            var r = registrations[^1];
            registrations.RemoveAt(registrations.Count - 1);
            try
            {
                r.Function.Call(r.Args, r.KeywordNames);
            }
            catch (PyException e)
            {
                interpreter.FlushStdoutBeforeStderr();
                if (e.Value.Type != ExceptionTypes.SystemExit)
                {
                    interpreter.Stderr.Write($"Exception ignored in atexit callback: {r.Function.Repr()}\n");
                    interpreter.Stderr.Write(TracebackPrinter.Format(e.Value));
                }
            }
        }
    }
}
