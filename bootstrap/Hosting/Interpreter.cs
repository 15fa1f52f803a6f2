using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The state of one running Python program: its modules, builtins, standard streams and argv.
/// One per process in a built executable; the in-process quick path makes a fresh one per run.
/// </summary>
public sealed class Interpreter
{
    private static Interpreter? s_current;
    private readonly Dictionary<string, ModuleDefinition> _definitions = new(StringComparer.Ordinal);

    public Interpreter(IEnumerable<ModuleDefinition> modules, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr)
    {
        foreach (var m in modules) _definitions[m.Name] = m;
        Argv = argv;
        Stdout = stdout;
        Stderr = stderr;
        CallDepth.Limit = CallDepth.DefaultLimit;
        IntFormatting.MaxStrDigits = IntFormatting.DefaultMaxStrDigits;
        Builtins = new PyModule("builtins");
        Runtime.Builtins.BuiltinsModule.Initialize(Builtins);
        // As in CPython, builtins is in sys.modules from the start: `import builtins` gives this
        // very module, so a name set on it is seen by every global lookup that falls back to it.
        var (loader, spec) = ModuleLoaders.For(new ModuleDefinition("builtins", null, static _ => { }) { IsNative = true });
        Builtins.Globals.Set("__package__", new PyStr(""));
        Builtins.Globals.Set("__loader__", loader);
        Builtins.Globals.Set("__spec__", spec);
        Modules["builtins"] = Builtins;
    }

    public static Interpreter Current => s_current ?? throw new InvalidOperationException("no Python interpreter is running");

    /// <summary>sys.modules.</summary>
    public Dictionary<string, PyModule> Modules { get; } = new(StringComparer.Ordinal);

    private readonly Stack<PyModule> _executing = new();

    /// <summary>
    /// The name of the module whose top level is running (the innermost import), else __main__:
    /// what <c>type(name, bases, dict)</c> takes as the new class's <c>__module__</c>, as CPython
    /// takes the caller's globals' <c>__name__</c>.
    /// </summary>
    public string ExecutingModuleName => _executing.Count > 0 ? _executing.Peek().Name : "__main__";

    public PyModule Builtins { get; }

    /// <summary>sys.stdout's global, once sys is imported: print() writes to what it holds.</summary>
    public GlobalCell? SysStdout { get; set; }

    /// <summary>sys.stdin's global, once sys is imported: input() reads from what it holds.</summary>
    public GlobalCell? SysStdin { get; set; }

    /// <summary>sys.stderr's global, once sys is imported: the traceback module writes to what it holds.</summary>
    public GlobalCell? SysStderr { get; set; }

    /// <summary>Run when the main module has finished, last registered first (atexit).</summary>
    public List<Action> ExitCallbacks { get; } = [];

    /// <summary>
    /// Run when the main module has finished, before the atexit functions: threading's wait for the
    /// threads that are not daemons (CPython's threading._shutdown).
    /// </summary>
    public PyObject? ShutdownHook { get; set; }

    /// <summary>_thread._count(): this run's threads still running (a finished run's parked threads are not counted).</summary>
    internal int RunningThreads;

    /// <summary>_thread.stack_size(): the stack of the threads this run starts next (0: the default).</summary>
    internal int ThreadStackSize;

    private int RunShutdown(int code)
    {
        if (ShutdownHook is not { } hook) return code;
        try
        {
            hook.Call0();
            return code;
        }
        catch (PyException e)
        {
            // A Ctrl-C while waiting ends the wait, as in CPython.
            return ExitStatus.Of(e.Value, this);
        }
    }

    /// <summary>The data files embedded in the executable (open(), importlib.resources and pkgutil read them).</summary>
    public EmbeddedFiles DataFiles { get; init; } = EmbeddedFiles.None;
    public IReadOnlyList<string> Argv { get; }
    public TextWriter Stdout { get; }
    public TextWriter Stderr { get; }

    /// <summary>
    /// Whether <see cref="Stdout"/> and <see cref="Stderr"/> write to this process's fds 1 and 2
    /// (false when the quick path captures them in memory): a child process can inherit them.
    /// </summary>
    public bool UsesProcessStandardStreams { get; init; }

    /// <summary>
    /// Imports the module with the full dotted <paramref name="name"/> as CPython's importlib does:
    /// parents first (a.b imports a), each module run once and put in sys.modules before it runs
    /// (circular imports see the partial module), and a submodule set as an attribute of its parent.
    /// </summary>
    public PyModule Import(string name)
    {
        if (Modules.TryGetValue(name, out var existing)) return existing;
        var dot = name.LastIndexOf('.');
        PyModule? parent = null;
        if (dot > 0)
        {
            parent = Import(name[..dot]);
            // The parent's code may have imported this module already.
            if (Modules.TryGetValue(name, out existing)) return existing;
            if (parent.Globals.TryGet("__path__") is null && !_definitions.ContainsKey(name))
            {
                throw Errors.ModuleNotFound($"No module named '{name}'; '{parent.Name}' is not a package", name);
            }
        }
        if (!_definitions.TryGetValue(name, out var definition))
        {
            // The exact CPython message: programs catch and print it. The build reported the
            // missing module with the places that import it and how to include it.
            throw Errors.ModuleNotFound($"No module named '{name}'", name);
        }
        var module = Execute(definition, name, package: null);
        parent?.Globals.Set(name[(dot + 1)..], module);
        return module;
    }

    /// <summary>Where CPython would cache the module's bytecode (its <c>__cached__</c>); nothing is written there.</summary>
    private static string BytecodePath(string file)
    {
        var dir = Path.GetDirectoryName(file) ?? "";
        var stem = Path.GetFileNameWithoutExtension(file);
        return Path.Combine(dir, "__pycache__", stem + ".cpython-311.pyc");
    }

    /// <summary>The definition of a module the executable contains, imported or not.</summary>
    public ModuleDefinition? Definition(string name) => _definitions.GetValueOrDefault(name);

    /// <summary>Whether the executable contains a module named <paramref name="name"/> (imported or not).</summary>
    public bool Contains(string name) => Modules.ContainsKey(name) || _definitions.ContainsKey(name);

    // The module run as __main__, even when it raised (and so left sys.modules): its globals are closed at exit.
    private PyModule? _mainModule;

    private PyModule Execute(ModuleDefinition definition, string name, string? package)
    {
        var module = new PyModule(name);
        if (name == "__main__") _mainModule = module;
        var g = module.Globals;
        // The order CPython's module dict has: __name__, __doc__, __package__, (__loader__, __spec__), __path__, __file__.
        if (name == "__main__") g.Set("__package__", package is null ? PyNone.Instance : new PyStr(package));
        else if (definition.IsPackage) g.Set("__package__", new PyStr(name));
        else g.Set("__package__", new PyStr(name.LastIndexOf('.') is var d and > 0 ? name[..d] : ""));
        var (loader, spec) = ModuleLoaders.For(definition);
        g.Set("__loader__", loader);
        // A script run as __main__ has no spec (as `python app.py`); `python -m pkg` gives pkg.__main__ one.
        g.Set("__spec__", name == "__main__" && package is null ? PyNone.Instance : spec);
        if (definition.SearchLocations is { } locations)
        {
            g.Set("__path__", new PyList(Sequences.Strs(locations)));
        }
        var script = name == "__main__" && package is null;
        if (name == "__main__")
        {
            // The main module's dict gets these from the interpreter before the script is run.
            g.Set("__annotations__", new PyDict());
            g.Set("__builtins__", Builtins);
        }
        if (definition.FileName is not null)
        {
            g.Set("__file__", new PyStr(definition.FileName));
            g.Set("__cached__", script ? PyNone.Instance : new PyStr(BytecodePath(definition.FileName)));
        }
        else if (definition.SearchLocations is { Count: > 0 }) g.Set("__file__", PyNone.Instance); // a namespace package
        // Modules compiled from Python source have it (CPython sets it on every module it execs); native ones, like C modules, do not.
        if (name != "__main__" && !definition.IsNative) g.Set("__builtins__", Builtins.Globals.AsDict());

        // In sys.modules before it runs, so circular imports see the partial module.
        Modules[name] = module;
        module.IsInitializing = true;
        _executing.Push(module);
        try
        {
            definition.Execute(module);
            if (definition.IsNative) PyBuiltinFunction.ClaimFunctions(g, name);
        }
        catch
        {
            Modules.Remove(name);
            throw;
        }
        finally
        {
            _executing.Pop();
            module.IsInitializing = false;
        }
        return module;
    }

    /// <summary>
    /// Runs module <paramref name="mainModule"/> as __main__ and returns the process exit code.
    /// <paramref name="mainPackage"/> is the package whose __main__.py this is (as <c>python -m pkg</c>):
    /// the package is imported first and is the __main__ module's __package__.
    /// </summary>
    public int RunMain(string mainModule, string? mainPackage = null)
    {
        var previous = s_current;
        s_current = this;
        CallDepth.Reset();
        Gil.Reset(Thread.CurrentThread);
        try
        {
            if (!_definitions.TryGetValue(mainModule, out var definition))
            {
                throw new InvalidOperationException($"the executable has no module '{mainModule}'");
            }
            int code;
            try
            {
                if (mainPackage is not null) Import(mainPackage);
                Execute(definition, "__main__", mainPackage);
                code = 0;
            }
            catch (PyException e)
            {
                code = ExitStatus.Of(e.Value, this);
            }
            // After the traceback, as CPython's finalisation: first wait for the threads that are not daemons.
            code = RunShutdown(code);
            var callbacks = ExitCallbacks.ToArray();
            for (var i = callbacks.Length - 1; i >= 0; i--) callbacks[i]();
            if (_mainModule is { } main) PyGenerator.CloseGlobalsAtExit(main.Globals);
            DroppedWriters.CloseAll();
            return FlushStdoutAtExit() ? code : 120;
        }
        finally
        {
            Gil.Finish();
            FlushQuietly(Stdout);
            FlushQuietly(Stderr);
            s_current = previous;
        }
    }

    /// <summary>
    /// Writes out what print() left buffered. When that fails (the reader of a pipe is gone), CPython
    /// reports it as an unraisable error and exits with 120 whatever the program's status was.
    /// </summary>
    private bool FlushStdoutAtExit()
    {
        FlushStdoutBeforeStderr();
        if (_stdoutFailure is not { } failure) return true;
        Stderr.Write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
        Stderr.Write(TracebackPrinter.Format(failure.Value));
        return false;
    }

    // A failed flush of buffered stdout no Python code asked for, reported at exit as CPython's finalisation would.
    private PyException? _stdoutFailure;

    /// <summary>
    /// Writes what the runtime reports itself (an uncaught exception's traceback, a SystemExit's
    /// message, an ignored exception) to sys.stderr as it is now, as CPython does: sys.stdout or a
    /// StringIO a program put there receives it. A sys.stderr whose write fails is given up quietly.
    /// </summary>
    public void WriteToSysStderr(string text)
    {
        if (SysStderr?.Value is { } file and not PyNone && !(file is PyTextStream own && ReferenceEquals(own.Writer, Stderr)))
        {
            try
            {
                if (file is PyTextStream stream) stream.Writer.Write(text);
                else Operations.Attributes.CallMethod1(file, "write", new PyStr(text));
            }
            catch (PyException)
            {
                // CPython's hook gives up quietly when sys.stderr fails too.
            }
            return;
        }
        FlushStdoutBeforeStderr();
        Stderr.Write(text);
    }

    /// <summary>
    /// Writes out buffered stdout before the runtime itself writes to stderr (a traceback, a warning
    /// of its own), so the two keep their order on one terminal; a failure waits for the exit.
    /// </summary>
    public void FlushStdoutBeforeStderr()
    {
        try
        {
            Stdout.Flush();
        }
        catch (PyException e)
        {
            _stdoutFailure ??= e;
        }
    }

    private static void FlushQuietly(TextWriter writer)
    {
        try
        {
            writer.Flush();
        }
        catch (PyException)
        {
            // Already reported at exit, or the run is ending with a .NET failure of its own.
        }
    }
}
