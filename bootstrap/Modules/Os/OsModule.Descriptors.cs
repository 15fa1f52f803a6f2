using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>File descriptors (open, close, read, write, pipe), utime, and links.</summary>
public static partial class OsModule
{
    /// <summary>The O_* flags of Linux x86-64.</summary>
    private static readonly (string Name, int Value)[] OpenFlags =
    [
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0x40), ("O_EXCL", 0x80), ("O_NOCTTY", 0x100),
        ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", 0x800), ("O_DSYNC", 0x1000), ("O_SYNC", 0x101000),
        ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000), ("O_CLOEXEC", 0x80000), ("O_ACCMODE", 3),
    ];

    private static readonly PyType StatvfsType = PyStructSequence.CreateType("os", "statvfs_result");

    private static readonly string[] StatvfsNames =
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"];

    private static void InitializeDescriptors(ModuleGlobals g)
    {
        foreach (var (name, value) in OpenFlags) g.Set(name, PyInt.From(value));
        g.Set("open", new PyBuiltinFunction("open", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("open", args, kw, ["path", "flags", "mode", "dir_fd"], 2, keywordOnlyFrom: 3);
            var path = OsPaths.Path(a[0]!, "open");
            var flags = (int)ModuleArgs.Int(a[1]!);
            var mode = a[2] is null ? 0x1FF : (int)ModuleArgs.Int(a[2]!);
            // Like CPython, descriptors are not inherited by child processes (PEP 446).
            var fd = Posix.Open(path, flags | 0x80000, mode);
            if (fd < 0) throw OsPaths.Error(Posix.Errno, a[0]);
            return PyInt.From(fd);
        }));
        g.Set("close", new PyBuiltinFunction("close", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("close", args, kw, ["fd"], 1);
            if (Posix.Close((int)ModuleArgs.Int(a[0]!)) != 0) throw OsPaths.Error(Posix.Errno);
            return PyNone.Instance;
        }));
        g.Set("read", new PyBuiltinFunction("read", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("read", args, kw, ["fd", "length"], 2);
            var length = ModuleArgs.Int(a[1]!);
            if (length < 0) throw Errors.ValueError("negative length");
            var buffer = new byte[length];
            var fd = (int)ModuleArgs.Int(a[0]!);
            nint n;
            int errno;
            // A read may block (a pipe, a terminal): other Python threads run meanwhile.
            var gil = Hosting.Gil.Release();
            try
            {
                n = Posix.Read(fd, buffer, (nint)length);
                errno = n < 0 ? Posix.Errno : 0;
            }
            finally
            {
                Hosting.Gil.Reacquire(gil);
            }
            if (n < 0) throw OsPaths.Error(errno);
            return PyBytes.Of(buffer.AsSpan(0, (int)n).ToArray());
        }));
        g.Set("write", new PyBuiltinFunction("write", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("write", args, kw, ["fd", "data"], 2);
            var bytes = BytesMethods.BytesLike(a[1]!, "a bytes-like object is required, not '{0}'");
            var n = Posix.Write((int)ModuleArgs.Int(a[0]!), bytes, bytes.Length);
            if (n < 0) throw OsPaths.Error(Posix.Errno);
            return PyInt.From(n);
        }));
        g.Set("pipe", new PyBuiltinFunction("pipe", static (args, kw) =>
        {
            if (args.Length > 0) throw Errors.TypeError($"posix.pipe() takes no arguments ({args.Length} given)");
            // Both ends non-inheritable, as CPython makes every new descriptor (PEP 446).
            var (read, write) = Subprocess.SubprocessModule.Pipe();
            return PyTuple.Of(PyInt.From(read), PyInt.From(write));
        }));
        g.Set("get_inheritable", new PyBuiltinFunction("get_inheritable", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("get_inheritable", args, kw, ["fd"], 1);
            var flags = Posix.Fcntl((int)ModuleArgs.Int(a[0]!), 1 /* F_GETFD */, 0);
            if (flags < 0) throw OsPaths.Error(Posix.Errno);
            return PyBool.From((flags & 1 /* FD_CLOEXEC */) == 0);
        }));
        g.Set("set_inheritable", new PyBuiltinFunction("set_inheritable", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("set_inheritable", args, kw, ["fd", "inheritable"], 2);
            var fd = (int)ModuleArgs.Int(a[0]!);
            var flags = Posix.Fcntl(fd, 1 /* F_GETFD */, 0);
            if (flags < 0) throw OsPaths.Error(Posix.Errno);
            flags = Operations.Truth.IsTrue(a[1]!) ? flags & ~1 : flags | 1;
            if (Posix.Fcntl(fd, 2 /* F_SETFD */, flags) < 0) throw OsPaths.Error(Posix.Errno);
            return PyNone.Instance;
        }));
        g.Set("fdopen", new PyBuiltinFunction("fdopen", static (args, kw) =>
        {
            // os.fdopen(fd, *args, **kwargs) is open(fd, *args, **kwargs).
            if (args.Length - (kw?.Length ?? 0) < 1) throw Errors.TypeError("fdopen() missing required argument 'fd' (pos 1)");
            if (args[0] is not PyInt) throw Errors.TypeError($"invalid fd type (<class '{args[0].Type.TpName}'>, expected integer)");
            return Builtins.BuiltinsModule.OpenFunction!.Call(args, kw);
        }));
        g.Set("SEEK_SET", PyInt.From(0));
        g.Set("SEEK_CUR", PyInt.From(1));
        g.Set("SEEK_END", PyInt.From(2));
        g.Set("lseek", new PyBuiltinFunction("lseek", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("lseek", args, kw, ["fd", "position", "whence"], 3);
            var position = Posix.Lseek((int)ModuleArgs.Int(a[0]!), ModuleArgs.Int(a[1]!), (int)ModuleArgs.Int(a[2]!));
            if (position < 0) throw OsPaths.Error(Posix.Errno);
            return PyInt.From(position);
        }));
        g.Set("ftruncate", new PyBuiltinFunction("ftruncate", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("ftruncate", args, kw, ["fd", "length"], 2);
            if (Posix.Ftruncate((int)ModuleArgs.Int(a[0]!), ModuleArgs.Int(a[1]!)) != 0) throw OsPaths.Error(Posix.Errno);
            return PyNone.Instance;
        }));
        g.Set("utime", new PyBuiltinFunction("utime", Utime));
        g.Set("statvfs_result", StatvfsType);
        g.Set("statvfs", new PyBuiltinFunction("statvfs", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("statvfs", args, kw, ["path"], 1);
            var path = OsPaths.Path(a[0]!, "statvfs", OsPaths.AllowsFd);
            var buffer = new ulong[32];
            if (Posix.Statvfs(path, buffer) != 0) throw OsPaths.Error(Posix.Errno, a[0]);
            // struct statvfs on x86-64: bsize, frsize, blocks, bfree, bavail, files, ffree, favail, fsid, flag, namemax.
            PyObject[] values =
            [
                PyInt.From((long)buffer[0]), PyInt.From((long)buffer[1]), PyInt.From((long)buffer[2]), PyInt.From((long)buffer[3]),
                PyInt.From((long)buffer[4]), PyInt.From((long)buffer[5]), PyInt.From((long)buffer[6]), PyInt.From((long)buffer[7]),
                PyInt.From((long)buffer[9]), PyInt.From((long)buffer[10]), PyInt.From((long)buffer[8]),
            ];
            return new PyStructSequence(StatvfsType, StatvfsNames, values, 10);
        }));
        g.Set("kill", new PyBuiltinFunction("kill", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("kill", args, kw, ["pid", "signal"], 2);
            var pid = (int)ModuleArgs.Int(a[0]!);
            var signal = (int)ModuleArgs.Int(a[1]!);
            if (Posix.Kill(pid, signal) != 0) throw OsPaths.Error(Posix.Errno);
            // CPython runs the handler of a signal sent to itself before the next statement.
            if (pid == Environment.ProcessId && signal != 0)
            {
                Hosting.PendingSignals.AwaitDelivery?.Invoke(signal);
                Hosting.PendingSignals.Run();
            }
            return PyNone.Instance;
        }));
        g.Set("symlink", new PyBuiltinFunction("symlink", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, keywordOnlyFrom: 3);
            if (Posix.Symlink(OsPaths.Path(a[0]!, "symlink"), OsPaths.Path(a[1]!, "symlink")) != 0) throw OsPaths.Error(Posix.Errno, a[0], a[1]);
            return PyNone.Instance;
        }));
        g.Set("link", new PyBuiltinFunction("link", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, keywordOnlyFrom: 2);
            if (Posix.Link(OsPaths.Path(a[0]!, "link"), OsPaths.Path(a[1]!, "link")) != 0) throw OsPaths.Error(Posix.Errno, a[0], a[1]);
            return PyNone.Instance;
        }));
        g.Set("readlink", new PyBuiltinFunction("readlink", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("readlink", args, kw, ["path", "dir_fd"], 1, keywordOnlyFrom: 1);
            var path = OsPaths.Path(a[0]!, "readlink");
            if (!StatResults.TryStat(path, false, out var buffer, out var errno)) throw OsPaths.Error(errno, a[0]);
            if ((buffer.Mode & StatResults.TypeMask) != StatResults.SymbolicLink) throw OsPaths.Error(22, a[0]);
            return new PyStr(new FileInfo(path).LinkTarget ?? "");
        }));
        g.Set("fsencode", new PyBuiltinFunction("fsencode", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("fsencode", args, kw, ["filename"], 1);
            var path = OsPaths.FsPath(a[0]!);
            return Codecs.Encode((PyStr)path, "utf-8", "surrogateescape");
        }));
        g.Set("fsdecode", new PyBuiltinFunction("fsdecode", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("fsdecode", args, kw, ["filename"], 1);
            if (a[0] is PyBytes b) return new PyStr(Codecs.Decode(b, "utf-8", "surrogateescape"));
            return OsPaths.FsPath(a[0]!);
        }));
    }

    /// <summary>os.utime(path, times=None, *, ns=None): None sets both times to now.</summary>
    private static unsafe PyObject Utime(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, keywordOnlyFrom: 2);
        var path = OsPaths.Path(a[0]!, "utime", OsPaths.AllowsFd);
        var times = a[1] is null or PyNone ? null : a[1];
        var ns = a[2];
        if (times is not null && ns is not null) throw Errors.ValueError("utime: you may specify either 'times' or 'ns' but not both");
        var spec = stackalloc long[4];
        long* pointer = null;
        if (times is not null)
        {
            if (times is not PyTuple { Count: 2 } t) throw Errors.TypeError("utime: 'times' must be either a tuple of two ints or None");
            for (var i = 0; i < 2; i++)
            {
                var seconds = t[i] switch
                {
                    PyFloat f => f.Value,
                    PyInt n => n.ToDouble(),
                    _ => throw Errors.TypeError("utime: 'times' must be either a tuple of two ints or None"),
                };
                var whole = Math.Floor(seconds);
                spec[2 * i] = (long)whole;
                spec[2 * i + 1] = (long)Math.Round((seconds - whole) * 1e9);
            }
            pointer = spec;
        }
        else if (ns is not null)
        {
            if (ns is not PyTuple { Count: 2 } t) throw Errors.TypeError("utime: 'ns' must be a tuple of two ints");
            for (var i = 0; i < 2; i++)
            {
                var value = t[i] is PyInt n ? n.Big : throw Errors.TypeError("utime: 'ns' must be a tuple of two ints");
                spec[2 * i] = (long)System.Numerics.BigInteger.Divide(value, 1_000_000_000);
                spec[2 * i + 1] = (long)(value % 1_000_000_000);
            }
            pointer = spec;
        }
        var flags = ModuleArgs.Bool(a[4], true) ? 0 : 0x100;
        // CPython's utime names no file in its error.
        if (Posix.Utimensat(-100, path, pointer, flags) != 0) throw OsPaths.Error(Posix.Errno);
        return PyNone.Instance;
    }
}
