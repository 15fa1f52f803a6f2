using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>
/// The <c>os</c> module (POSIX): files and folders, the environment, the process; <c>os.path</c>
/// is <see cref="PosixPathModule"/>.
/// </summary>
[PythonModule("os")]
[PythonRequires("_pathlike")]
[PythonExport("PathLike")]
[PythonExport("environ")]
[PythonExport("getenv")]
[PythonExport("putenv")]
[PythonExport("unsetenv")]
[PythonExport("getcwd")]
[PythonExport("chdir")]
[PythonExport("listdir")]
[PythonExport("scandir")]
[PythonExport("walk")]
[PythonExport("mkdir")]
[PythonExport("makedirs")]
[PythonExport("rmdir")]
[PythonExport("removedirs")]
[PythonExport("remove")]
[PythonExport("unlink")]
[PythonExport("rename")]
[PythonExport("replace")]
[PythonExport("stat")]
[PythonExport("lstat")]
[PythonExport("fstat")]
[PythonExport("chmod")]
[PythonExport("chown")]
[PythonExport("umask")]
[PythonExport("getpid")]
[PythonExport("getppid")]
[PythonExport("getuid")]
[PythonExport("geteuid")]
[PythonExport("getgid")]
[PythonExport("getegid")]
[PythonExport("cpu_count")]
[PythonExport("urandom")]
[PythonExport("strerror")]
[PythonExport("fspath")]
[PythonExport("get_terminal_size")]
[PythonExport("isatty")]
[PythonExport("sep")]
[PythonExport("altsep")]
[PythonExport("extsep")]
[PythonExport("pathsep")]
[PythonExport("linesep")]
[PythonExport("defpath")]
[PythonExport("devnull")]
[PythonExport("name")]
[PythonExport("curdir")]
[PythonExport("pardir")]
[PythonExport("error")]
[PythonExport("stat_result")]
[PythonExport("terminal_size")]
[PythonExport("path")]
[PythonExport("F_OK")]
[PythonExport("R_OK")]
[PythonExport("W_OK")]
[PythonExport("X_OK")]
[PythonExport("access")]
[PythonExport("open")]
[PythonExport("close")]
[PythonExport("read")]
[PythonExport("write")]
[PythonExport("lseek")]
[PythonExport("pipe")]
[PythonExport("get_inheritable")]
[PythonExport("set_inheritable")]
[PythonExport("fdopen")]
[PythonExport("ftruncate")]
[PythonExport("SEEK_SET")]
[PythonExport("SEEK_CUR")]
[PythonExport("SEEK_END")]
[PythonExport("utime")]
[PythonExport("statvfs")]
[PythonExport("statvfs_result")]
[PythonExport("kill")]
[PythonExport("symlink")]
[PythonExport("link")]
[PythonExport("readlink")]
[PythonExport("fsencode")]
[PythonExport("fsdecode")]
[PythonExport("O_RDONLY")]
[PythonExport("O_WRONLY")]
[PythonExport("O_RDWR")]
[PythonExport("O_CREAT")]
[PythonExport("O_EXCL")]
[PythonExport("O_NOCTTY")]
[PythonExport("O_TRUNC")]
[PythonExport("O_APPEND")]
[PythonExport("O_NONBLOCK")]
[PythonExport("O_DSYNC")]
[PythonExport("O_SYNC")]
[PythonExport("O_DIRECTORY")]
[PythonExport("O_NOFOLLOW")]
[PythonExport("O_CLOEXEC")]
[PythonExport("O_ACCMODE")]
public static partial class OsModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        // os.PathLike is an ABC, written in Python (_pathlike); imported on first use, since os
        // itself may be set up before the Python modules can run.
        g.Set("__getattr__", new PyBuiltinFunction("__getattr__", (args, kw) =>
        {
            var a = ModuleArgs.Bind("__getattr__", args, kw, ["name"], 1);
            var name = a[0] is PyStr s ? s.Value : "";
            if (name != "PathLike") throw Errors.AttributeError($"module 'os' has no attribute '{name}'");
            var pathLike = Operations.Attributes.GetAttr(Interpreter.Current.Import("_pathlike"), "PathLike");
            g.Set("PathLike", pathLike);
            return pathLike;
        }));
        g.Set("environ", new OsEnviron());
        g.Set("getenv", new PyBuiltinFunction("getenv", GetEnv));
        g.Set("putenv", new PyBuiltinFunction("putenv", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("putenv", args, kw, ["name", "value"], 2);
            Environment.SetEnvironmentVariable(ModuleArgs.Str(a[0]!, "putenv", 1), ModuleArgs.Str(a[1]!, "putenv", 2));
            return PyNone.Instance;
        }));
        g.Set("unsetenv", new PyBuiltinFunction("unsetenv", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("unsetenv", args, kw, ["name"], 1);
            Environment.SetEnvironmentVariable(ModuleArgs.Str(a[0]!, "unsetenv", 1), null);
            return PyNone.Instance;
        }));
        g.Set("getcwd", new PyBuiltinFunction("getcwd", static (args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"posix.getcwd() takes no arguments ({args.Length} given)");
            return new PyStr(Directory.GetCurrentDirectory());
        }));
        g.Set("chdir", new PyBuiltinFunction("chdir", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("chdir", args, kw, ["path"], 1);
            var path = OsPaths.Path(a[0]!, "chdir", OsPaths.AllowsFd);
            // .NET caches nothing (Directory.GetCurrentDirectory asks getcwd), so libc's chdir is all it
            // takes; setting .NET's view too would resolve a relative path again from the new folder.
            if (Posix.Chdir(path) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
            return PyNone.Instance;
        }));
        g.Set("mkdir", new PyBuiltinFunction("mkdir", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("mkdir", args, kw, ["path", "mode", "dir_fd"], 1);
            Mkdir(a[0]!, a[1] is null ? 0x1FF : ModuleArgs.Int(a[1]!));
            return PyNone.Instance;
        }));
        g.Set("makedirs", new PyBuiltinFunction("makedirs", MakeDirs));
        g.Set("rmdir", new PyBuiltinFunction("rmdir", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("rmdir", args, kw, ["path", "dir_fd"], 1);
            if (Posix.Rmdir(OsPaths.Path(a[0]!, "rmdir")) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
            return PyNone.Instance;
        }));
        g.Set("removedirs", new PyBuiltinFunction("removedirs", RemoveDirs));
        g.Set("remove", new PyBuiltinFunction("remove", static (args, kw) => Unlink("remove", args, kw)));
        g.Set("unlink", new PyBuiltinFunction("unlink", static (args, kw) => Unlink("unlink", args, kw)));
        g.Set("rename", new PyBuiltinFunction("rename", static (args, kw) => Rename("rename", args, kw)));
        g.Set("replace", new PyBuiltinFunction("replace", static (args, kw) => Rename("replace", args, kw)));
        g.Set("fstat", new PyBuiltinFunction("fstat", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("fstat", args, kw, ["fd"], 1);
            return StatResults.Fstat((int)ModuleArgs.Int(a[0]!));
        }));
        g.Set("stat", new PyBuiltinFunction("stat", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("stat", args, kw, ["path", "dir_fd", "follow_symlinks"], 1, keywordOnlyFrom: 1);
            return StatResults.Stat(a[0]!, "stat", ModuleArgs.Bool(a[2], true));
        }));
        g.Set("lstat", new PyBuiltinFunction("lstat", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("lstat", args, kw, ["path", "dir_fd"], 1, keywordOnlyFrom: 1);
            return StatResults.Stat(a[0]!, "lstat", followSymlinks: false);
        }));
        g.Set("chmod", new PyBuiltinFunction("chmod", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, keywordOnlyFrom: 2);
            var mode = ModuleArgs.Int(a[1]!);
            if (Posix.Chmod(OsPaths.Path(a[0]!, "chmod", OsPaths.AllowsFd), (uint)mode) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
            return PyNone.Instance;
        }));
        g.Set("chown", new PyBuiltinFunction("chown", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("chown", args, kw, ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3, keywordOnlyFrom: 3);
            var uid = a[1] is PyInt u ? (int)ModuleArgs.Int(u) : throw Errors.TypeError($"uid should be integer, not {a[1]!.Type.TpName}");
            var gid = a[2] is PyInt g2 ? (int)ModuleArgs.Int(g2) : throw Errors.TypeError($"gid should be integer, not {a[2]!.Type.TpName}");
            var path = OsPaths.Path(a[0]!, "chown");
            var rc = ModuleArgs.Bool(a[4], true) ? Posix.Chown(path, uid, gid) : Posix.Lchown(path, uid, gid);
            if (rc != 0) throw OsPaths.Error(Posix.Errno, a[0]);
            return PyNone.Instance;
        }));
        g.Set("umask", new PyBuiltinFunction("umask", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("umask", args, kw, ["mask"], 1);
            return PyInt.From(Posix.Umask((uint)ModuleArgs.Int(a[0]!)));
        }));
        g.Set("access", new PyBuiltinFunction("access", Access));
        InitializeDescriptors(g);
        g.Set("F_OK", PyInt.From(0));
        g.Set("R_OK", PyInt.From(4));
        g.Set("W_OK", PyInt.From(2));
        g.Set("X_OK", PyInt.From(1));
        ProcessId(g, "getpid", static () => Environment.ProcessId);
        ProcessId(g, "getppid", static () => Posix.Getppid());
        ProcessId(g, "getuid", static () => Posix.Getuid());
        ProcessId(g, "geteuid", static () => Posix.Geteuid());
        ProcessId(g, "getgid", static () => Posix.Getgid());
        ProcessId(g, "getegid", static () => Posix.Getegid());
        g.Set("cpu_count", new PyBuiltinFunction("cpu_count", static (args, kw) => PyInt.From(Environment.ProcessorCount)));
        g.Set("urandom", new PyBuiltinFunction("urandom", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("urandom", args, kw, ["size"], 1);
            var size = ModuleArgs.Int(a[0]!);
            if (size < 0) throw Errors.ValueError("negative argument not allowed");
            // The operating system's cryptographic generator, as CPython's getrandom() call.
            return PyBytes.Of(System.Security.Cryptography.RandomNumberGenerator.GetBytes(checked((int)size)));
        }));
        g.Set("strerror", new PyBuiltinFunction("strerror", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("strerror", args, kw, ["code"], 1);
            return new PyStr(System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage((int)ModuleArgs.Int(a[0]!)));
        }));
        g.Set("fspath", new PyBuiltinFunction("fspath", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("fspath", args, kw, ["path"], 1);
            // bytes pass through as CPython's os.fspath returns them; the path functions take str only.
            return a[0] is PyBytes ? a[0]! : OsPaths.FsPath(a[0]!);
        }));
        g.Set("get_terminal_size", new PyBuiltinFunction("get_terminal_size", TerminalSize));
        g.Set("isatty", new PyBuiltinFunction("isatty", IsATty));
        g.Set("listdir", new PyBuiltinFunction("listdir", ListDir));
        g.Set("scandir", new PyBuiltinFunction("scandir", ScanDir));
        g.Set("walk", new PyBuiltinFunction("walk", Walk));
        g.Set("sep", new PyStr("/"));
        g.Set("altsep", PyNone.Instance);
        g.Set("extsep", new PyStr("."));
        g.Set("pathsep", new PyStr(":"));
        g.Set("linesep", new PyStr("\n"));
        g.Set("defpath", new PyStr("/bin:/usr/bin"));
        g.Set("devnull", new PyStr("/dev/null"));
        g.Set("name", new PyStr("posix"));
        g.Set("curdir", new PyStr("."));
        g.Set("pardir", new PyStr(".."));
        g.Set("error", ExceptionTypes.OSError);
        g.Set("stat_result", StatResults.TypeObject);
        g.Set("terminal_size", TerminalSizeType);
        // os.terminal_size((columns, lines)), as shutil.get_terminal_size builds its result.
        TerminalSizeType.Constructor = static (args, kw) =>
        {
            Args.Count("terminal_size", args.Length, 1, 1);
            var items = Operations.Iteration.ToArray(args[0]);
            if (items.Length != 2) throw Errors.TypeError($"os.terminal_size() takes a 2-sequence ({items.Length}-sequence given)");
            return new PyStructSequence(TerminalSizeType, ["columns", "lines"], items, 2);
        };
        // os.path is posixpath, also in sys.modules under both names, as CPython's os sets it up.
        var modules = Interpreter.Current.Modules;
        if (!modules.TryGetValue("posixpath", out var path))
        {
            path = new PyModule("posixpath");
            PosixPathModule.Initialize(path);
            modules["posixpath"] = path;
        }
        modules["os.path"] = path;
        g.Set("path", path);
    }

    private static readonly PyType TerminalSizeType = PyStructSequence.CreateType("os", "terminal_size");

    private static PyObject GetEnv(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("getenv", args, kw, ["key", "default"], 1);
        if (a[0] is not PyStr key) throw Errors.TypeError($"str expected, not {a[0]!.Type.TpName}");
        var value = Environment.GetEnvironmentVariable(key.Value);
        return value is null ? a[1] ?? PyNone.Instance : new PyStr(value);
    }

    internal static void Mkdir(PyObject pathObject, long mode)
    {
        if (Posix.Mkdir(OsPaths.Path(pathObject, "mkdir"), (uint)mode) != 0) throw OsPaths.Error(Posix.Errno, pathObject);
    }

    /// <summary>os.makedirs: creates missing parents first; exist_ok accepts an existing folder only.</summary>
    private static PyObject MakeDirs(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("makedirs", args, kw, ["name", "mode", "exist_ok"], 1);
        var name = a[0]!;
        var path = ((PyStr)OsPaths.FsPath(name)).Value;
        MakeDirs(name, path, a[1] is null ? 0x1FF : ModuleArgs.Int(a[1]!), ModuleArgs.Bool(a[2]));
        return PyNone.Instance;
    }

    private static void MakeDirs(PyObject name, string path, long mode, bool existOk)
    {
        var (head, tail) = PosixPathModule.Split(path);
        if (tail.Length == 0) (head, tail) = PosixPathModule.Split(head);
        if (head.Length > 0 && tail.Length > 0 && !PosixPathModule.Exists(head))
        {
            try
            {
                MakeDirs(new PyStr(head), head, 0x1FF, existOk);
            }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.FileExistsError)
            {
                // Another process made it meanwhile.
            }
            if (tail == ".") return;
        }
        try
        {
            Mkdir(name, mode);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.OSError))
        {
            if (!existOk || !PosixPathModule.IsDir(path)) throw;
        }
    }

    private static PyObject RemoveDirs(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("removedirs", args, kw, ["name"], 1);
        var path = ((PyStr)OsPaths.FsPath(a[0]!)).Value;
        if (Posix.Rmdir(path) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
        var (head, tail) = PosixPathModule.Split(path);
        if (tail.Length == 0) (head, tail) = PosixPathModule.Split(head);
        while (head.Length > 0 && tail.Length > 0)
        {
            if (Posix.Rmdir(head) != 0) break;
            (head, tail) = PosixPathModule.Split(head);
        }
        return PyNone.Instance;
    }

    private static PyObject Unlink(string function, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind(function, args, kw, ["path", "dir_fd"], 1, keywordOnlyFrom: 1);
        if (Posix.Unlink(OsPaths.Path(a[0]!, function)) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
        return PyNone.Instance;
    }

    private static PyObject Rename(string function, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind(function, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, keywordOnlyFrom: 2);
        var src = OsPaths.Path(a[0]!, function);
        var dst = OsPaths.Path(a[1]!, function);
        if (Posix.Rename(src, dst) != 0) throw OsPaths.Error(Posix.Errno, a[0], a[1]);
        return PyNone.Instance;
    }

    private static PyObject Access(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, keywordOnlyFrom: 2);
        var path = OsPaths.Path(a[0]!, "access");
        var mode = ModuleArgs.Int(a[1]!);
        return PyBool.From(Posix.Access(path, (int)mode) == 0);
    }

    private static PyObject TerminalSize(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("get_terminal_size", args, kw, ["fd"], 0);
        // The terminal's size as the kernel reports it for the descriptor, as CPython asks (ENOTTY
        // when it is no terminal); System.Console's sizes would link its terminfo support.
        var fd = a[0] is null ? 1 : (int)ModuleArgs.Int(a[0]!);
        if (Posix.IoctlWindowSize(fd, Posix.TIOCGWINSZ, out var size) != 0) throw OsPaths.Error(Posix.Errno);
        PyObject[] values = [PyInt.From(size.Columns), PyInt.From(size.Rows)];
        return new PyStructSequence(TerminalSizeType, ["columns", "lines"], values, 2);
    }

    /// <summary>os.isatty(fd): C's isatty, so a descriptor that is not open is simply no terminal.</summary>
    private static PyObject IsATty(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("isatty", args, kw, ["fd"], 1);
        var fd = a[0] is PyInt { IsSmall: false } ? long.MaxValue : ModuleArgs.Int(a[0]!);
        if (fd is < int.MinValue or > int.MaxValue) throw Errors.OverflowError("Python int too large to convert to C int");
        return PyBool.From(Hosting.DescriptorStream.IsTerminal((int)fd));
    }

    /// <summary>os.getpid() and the like: an id of the process, no arguments.</summary>
    private static void ProcessId(ModuleGlobals g, string name, Func<long> read) =>
        g.Set(name, new PyBuiltinFunction(name, (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError($"posix.{name}() takes no keyword arguments");
            if (args.Length > 0) throw Errors.TypeError($"posix.{name}() takes no arguments ({args.Length} given)");
            return PyInt.From(read());
        }));
}
