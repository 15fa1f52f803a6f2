using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Sys;

/// <summary>The <c>sys</c> module.</summary>
[PythonModule("sys")]
[PythonExport("argv")]
[PythonExport("warnoptions")]
[PythonExport("exit")]
[PythonExport("stdout")]
[PythonExport("stderr")]
[PythonExport("maxsize")]
[PythonExport("platform")]
[PythonExport("byteorder")]
[PythonExport("frozen")]
[PythonExport("executable")]
[PythonExport("_getframe")]
[PythonExport("getrecursionlimit")]
[PythonExport("setrecursionlimit")]
[PythonExport("exc_info")]
[PythonExport("exception")]
[PythonExport("stdin")]
[PythonExport("path")]
[PythonExport("modules")]
[PythonExport("version")]
[PythonExport("version_info")]
[PythonExport("hexversion")]
[PythonExport("api_version")]
[PythonExport("implementation")]
[PythonExport("maxunicode")]
[PythonExport("getdefaultencoding")]
[PythonExport("getfilesystemencoding")]
[PythonExport("builtin_module_names")]
[PythonExport("dont_write_bytecode")]
[PythonExport("orig_argv")]
[PythonExport("prefix")]
[PythonExport("exec_prefix")]
[PythonExport("base_prefix")]
[PythonExport("intern")]
[PythonExport("int_info")]
[PythonExport("float_info")]
[PythonExport("float_repr_style")]
[PythonExport("hash_info")]
[PythonExport("flags")]
[PythonExport("get_int_max_str_digits")]
[PythonExport("set_int_max_str_digits")]
[PythonExport("set_asyncgen_hooks")]
[PythonExport("get_asyncgen_hooks")]
[PythonExport("getswitchinterval")]
[PythonExport("setswitchinterval")]
public static class SysModule
{
    public static void Initialize(PyModule module)
    {
        var interpreter = Interpreter.Current;
        var g = module.Globals;
        g.Set("argv", new PyList(Sequences.Strs(interpreter.Argv)));
        g.Set("exit", new PyBuiltinFunction("exit", Exit));
        g.Set("getswitchinterval", new PyBuiltinFunction("getswitchinterval", static (args, kw) =>
        {
            Args.Check("sys", "getswitchinterval", args, kw, 0, 0);
            return new PyFloat(Gil.SwitchInterval.TotalSeconds);
        }));
        g.Set("setswitchinterval", new PyBuiltinFunction("setswitchinterval", static (args, kw) =>
        {
            Args.Check("sys", "setswitchinterval", args, kw, 1, 1);
            var seconds = args[0] switch
            {
                PyFloat f => f.Value,
                PyInt i => i.ToDouble(),
                var o => throw Errors.TypeError($"must be real number, not {o.Type.TpName}"),
            };
            if (!(seconds > 0)) throw Errors.ValueError("switch interval must be strictly positive");
            Gil.SwitchInterval = TimeSpan.FromSeconds(Math.Max(seconds, 1e-6));
            return PyNone.Instance;
        }));
        // PYTHONWARNINGS, split at commas (empty items dropped), as CPython fills it at start-up.
        var warnings = Environment.GetEnvironmentVariable("PYTHONWARNINGS") ?? "";
        g.Set("warnoptions", new PyList(Sequences.Strs(warnings.Split(',', StringSplitOptions.RemoveEmptyEntries))));
        var stdout = new PyTextStream("<stdout>", interpreter.Stdout);
        var stderr = new PyTextStream("<stderr>", interpreter.Stderr);
        var stdin = new PyTextInput("<stdin>", StandardInput.Reader);
        g.Set("stdin", stdin);
        interpreter.SysStdin = g.Cell("stdin");
        g.Set("stdout", stdout);
        interpreter.SysStdout = g.Cell("stdout");
        g.Set("stderr", stderr);
        interpreter.SysStderr = g.Cell("stderr");
        g.Set("__stdin__", stdin);
        g.Set("__stdout__", stdout);
        g.Set("__stderr__", stderr);
        var programFolder = Path.GetDirectoryName(Path.GetFullPath(Environment.ProcessPath ?? ".")) ?? "";
        g.Set("path", new PyList([new PyStr(programFolder)]));
        g.Set("modules", new SysModules(interpreter));
        g.Set("version", new PyStr(Version + " (main, PyPack) [.NET NativeAOT]"));
        g.Set("version_info", VersionInfo());
        g.Set("hexversion", PyInt.From((3 << 24) | (11 << 16) | (Micro << 8) | 0xF0));
        g.Set("api_version", PyInt.From(1013));
        g.Set("implementation", new PyStructSequence(ImplementationType, ["name", "cache_tag", "version"],
            [new PyStr("cpython"), PyNone.Instance, VersionInfo()], 3));
        g.Set("maxunicode", PyInt.From(0x10FFFF));
        g.Set("getdefaultencoding", new PyBuiltinFunction("getdefaultencoding", static (args, kw) => NoArguments("getdefaultencoding", args, "utf-8")));
        g.Set("getfilesystemencoding", new PyBuiltinFunction("getfilesystemencoding", static (args, kw) => NoArguments("getfilesystemencoding", args, "utf-8")));
        g.Set("builtin_module_names", PyTuple.Of(new PyStr("builtins"), new PyStr("sys")));
        g.Set("dont_write_bytecode", PyBool.True);
        g.Set("orig_argv", new PyList(Sequences.Strs(interpreter.Argv)));
        g.Set("prefix", new PyStr(programFolder));
        g.Set("exec_prefix", new PyStr(programFolder));
        g.Set("base_prefix", new PyStr(programFolder));
        g.Set("intern", new PyBuiltinFunction("intern", static (args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 }) throw Errors.TypeError($"intern() takes exactly one argument ({args.Length} given)");
            return args[0] is PyStr ? args[0] : throw Errors.TypeError($"intern() argument must be str, not {args[0].Type.TpName}");
        }));
        g.Set("int_info", new PyStructSequence(IntInfoType, ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
            [PyInt.From(30), PyInt.From(4), PyInt.From(IntFormatting.DefaultMaxStrDigits), PyInt.From(IntFormatting.CheckThreshold)], 4));
        g.Set("float_info", new PyStructSequence(FloatInfoType,
            ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            [new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308), new PyFloat(2.2250738585072014e-308), PyInt.From(-1021),
             PyInt.From(-307), PyInt.From(15), PyInt.From(53), new PyFloat(2.220446049250313e-16), PyInt.From(2), PyInt.From(1)], 11));
        // repr(float) is the shortest round-tripping form, as CPython on every platform it supports.
        g.Set("float_repr_style", new PyStr("short"));
        // CPython 3.11's values: numeric hashes follow its scheme (IntHash, FloatHash); str hashes are seeded per run like siphash13's.
        g.Set("hash_info", new PyStructSequence(HashInfoType,
            ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            [PyInt.From(64), PyInt.From(IntHash.Modulus), PyInt.From(314159), PyInt.From(0), PyInt.From(1000003), new PyStr("siphash13"),
             PyInt.From(64), PyInt.From(128), PyInt.From(0)], 9));
        g.Set("flags", Flags());
        g.Set("get_int_max_str_digits", new PyBuiltinFunction("get_int_max_str_digits", static (args, kw) =>
            args.Length == 0 ? PyInt.From(IntFormatting.MaxStrDigits) : throw Errors.TypeError($"sys.get_int_max_str_digits() takes no arguments ({args.Length} given)")));
        g.Set("set_int_max_str_digits", new PyBuiltinFunction("set_int_max_str_digits", SetIntMaxStrDigits));
        g.Set("set_asyncgen_hooks", new PyBuiltinFunction("set_asyncgen_hooks", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"], 0);
            AsyncGeneratorHooks.Set(a[0], a[1]);
            return PyNone.Instance;
        }));
        g.Set("get_asyncgen_hooks", new PyBuiltinFunction("get_asyncgen_hooks", static (args, kw) =>
            new PyStructSequence(AsyncGenHooksType, ["firstiter", "finalizer"], [AsyncGeneratorHooks.FirstIter, AsyncGeneratorHooks.Finalizer], 2)));
        g.Set("maxsize", PyInt.From(long.MaxValue));
        g.Set("platform", new PyStr("linux"));
        g.Set("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        g.Set("frozen", PyBool.True);
        g.Set("executable", new PyStr(Environment.ProcessPath ?? ""));
        g.Set("_getframe", new PyBuiltinFunction("_getframe", GetFrame));
        g.Set("getrecursionlimit", new PyBuiltinFunction("getrecursionlimit", static (args, kw) => PyInt.From(CallDepth.Limit)));
        g.Set("setrecursionlimit", new PyBuiltinFunction("setrecursionlimit", SetRecursionLimit));
        g.Set("exc_info", new PyBuiltinFunction("exc_info", static (args, kw) => HandledExceptions.Current is { } e
            ? PyTuple.Of(e.Type, e, PyTraceback.Of(e.Traceback))
            : PyTuple.Of(PyNone.Instance, PyNone.Instance, PyNone.Instance)));
        g.Set("exception", new PyBuiltinFunction("exception", static (args, kw) => (PyObject?)HandledExceptions.Current ?? PyNone.Instance));
    }

    /// <summary>The CPython release whose behaviour PyPack reproduces.</summary>
    private const int Micro = 7;
    private const string Version = "3.11.7";

    private static readonly PyType VersionInfoType = PyStructSequence.CreateType("sys", "version_info");
    private static readonly PyType IntInfoType = PyStructSequence.CreateType("sys", "int_info");
    private static readonly PyType FloatInfoType = PyStructSequence.CreateType("sys", "float_info");
    private static readonly PyType HashInfoType = PyStructSequence.CreateType("sys", "hash_info");
    private static readonly PyType AsyncGenHooksType = PyStructSequence.CreateType("builtins", "asyncgen_hooks");
    private static readonly PyType ImplementationType = PyStructSequence.CreateType("types", "SimpleNamespace");

    private static readonly PyType FlagsType = PyStructSequence.CreateType("sys", "flags");

    /// <summary>
    /// sys.flags as CPython reports them for `python3 app.py`: no command-line options apply to a
    /// compiled program, asserts are compiled in (optimize 0) and bytecode is never written.
    /// Only hash_randomization follows the environment: 0 when PYTHONHASHSEED is 0, as in CPython.
    /// </summary>
    private static PyStructSequence Flags()
    {
        var zero = PyInt.From(0);
        string[] names = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"];
        PyObject[] values = [zero, zero, zero, zero, PyInt.From(1), zero, zero,
            zero, zero, zero, zero, PyInt.From(StrHash.IsRandomized ? 1 : 0), zero, PyBool.False,
            zero, zero, PyBool.False, PyInt.From(-1)];
        return new PyStructSequence(FlagsType, names, values, names.Length);
    }

    private static PyStructSequence VersionInfo() => new(VersionInfoType, ["major", "minor", "micro", "releaselevel", "serial"],
        [PyInt.From(3), PyInt.From(11), PyInt.From(Micro), new PyStr("final"), PyInt.From(0)], 5);

    private static PyObject NoArguments(string name, ReadOnlySpan<PyObject> args, string result) => args.Length == 0
        ? new PyStr(result)
        : throw Errors.TypeError($"sys.{name}() takes no arguments ({args.Length} given)");

    private static PyObject Exit(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw Errors.TypeError("exit() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"exit expected at most 1 argument, got {args.Length}");
        throw new PySystemExit(ExceptionTypes.SystemExit, PyTuple.CopyOf(args)).ToException();
    }

    private static PyObject SetIntMaxStrDigits(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        Args.OnlyKeywords("set_int_max_str_digits", kwnames, "maxdigits");
        if (args.Length != 1) throw Errors.TypeError($"set_int_max_str_digits() takes exactly one argument ({args.Length} given)");
        var n = Conversions.ToIndex(args[0]);
        if (n != 0 && n < IntFormatting.CheckThreshold) throw Errors.ValueError($"maxdigits must be 0 or larger than {IntFormatting.CheckThreshold}");
        IntFormatting.MaxStrDigits = n > int.MaxValue ? int.MaxValue : (int)n;
        return PyNone.Instance;
    }

    /// <summary>sys._getframe([depth]): the caller's frame, or the one depth levels above it.</summary>
    private static PyObject GetFrame(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Errors.TypeError("_getframe() takes no keyword arguments");
        if (args.Length > 1) throw Errors.TypeError($"_getframe expected at most 1 argument, got {args.Length}");
        // A negative depth is the caller's own frame, as in CPython.
        var depth = args.Length == 0 ? 0 : Math.Clamp(Conversions.ToIndex(args[0]), 0, int.MaxValue);
        return PyFrame.OfCaller((int)depth) ?? throw Errors.ValueError("call stack is not deep enough");
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
