using System.Text;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Subprocess;

/// <summary>
/// <c>_subprocess</c>, the native half of PyPack's subprocess.py (as _posixsubprocess is CPython's):
/// starting a child with posix_spawn, waiting for it, pipes as file objects, and communicate().
/// </summary>
[PythonModule("_subprocess")]
[PythonExport("spawn")]
[PythonExport("wait")]
[PythonExport("pipe")]
[PythonExport("open_pipe")]
[PythonExport("communicate")]
[PythonExport("kill")]
public static class SubprocessModule
{
    /// <summary>
    /// Children whose inherited stdout/stderr the quick path captures: their output is copied into
    /// sys.stdout/sys.stderr's writer by these threads, joined when the child has been waited for.
    /// </summary>
    private static readonly Dictionary<int, List<Thread>> s_forwarders = [];

    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("spawn", new PyBuiltinFunction("spawn", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("spawn", args, kw, ["args", "executables", "program", "cwd", "env", "stdin", "stdout", "stderr", "start_new_session"], 9);
            return PyInt.From(Spawn(
                Strings(a[0]!), Strings(a[1]!), a[2]!, a[3] is PyStr cwd ? cwd.Value : null, a[4] is PyNone ? null : Strings(a[4]!),
                (int)ModuleArgs.Int(a[5]!), (int)ModuleArgs.Int(a[6]!), (int)ModuleArgs.Int(a[7]!), ModuleArgs.Bool(a[8])));
        }));
        g.Set("wait", new PyBuiltinFunction("wait", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("wait", args, kw, ["pid", "timeout"], 2);
            var timeout = a[1] switch
            {
                PyNone => (double?)null,
                PyFloat f => f.Value,
                PyInt i => i.ToDouble(),
                var other => throw Errors.TypeError($"'{other!.Type.TpName}' object cannot be interpreted as a number"),
            };
            var code = Wait((int)ModuleArgs.Int(a[0]!), timeout);
            return code is { } c ? PyInt.From(c) : PyNone.Instance;
        }));
        g.Set("pipe", new PyBuiltinFunction("pipe", static (args, kw) =>
        {
            ModuleArgs.Bind("pipe", args, kw, [], 0);
            var (read, write) = Pipe();
            return PyTuple.Of(PyInt.From(read), PyInt.From(write));
        }));
        g.Set("open_pipe", new PyBuiltinFunction("open_pipe", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("open_pipe", args, kw, ["fd", "reading", "text", "encoding", "errors"], 5);
            return new PyPipeFile((int)ModuleArgs.Int(a[0]!), ModuleArgs.Bool(a[1]), ModuleArgs.Bool(a[2]),
                ((PyStr)a[3]!).Value, ((PyStr)a[4]!).Value);
        }));
        g.Set("communicate", new PyBuiltinFunction("communicate", Communicate));
        g.Set("kill", new PyBuiltinFunction("kill", static (args, kw) =>
        {
            var a = ModuleArgs.Bind("kill", args, kw, ["pid", "signal"], 2);
            unsafe
            {
                if (PosixSpawn.Kill((int)ModuleArgs.Int(a[0]!), (int)ModuleArgs.Int(a[1]!)) != 0) throw Errors.OSError(PosixSpawn.Errno);
            }
            return PyNone.Instance;
        }));
    }

    private static string[] Strings(PyObject list)
    {
        var items = Operations.Iteration.ToArray(list);
        var result = new string[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = items[i] is PyStr s ? s.Value : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {items[i].Type.TpName}");
            if (result[i].Contains('\0')) throw Errors.ValueError("embedded null byte");
        }
        return result;
    }

    public static unsafe (int Read, int Write) Pipe()
    {
        var fds = stackalloc int[2];
        // O_CLOEXEC: only the ends given to a child as its 0, 1 or 2 reach it.
        if (PosixSpawn.Pipe2(fds, 0x80000) != 0) throw Errors.OSError(PosixSpawn.Errno);
        return (fds[0], fds[1]);
    }

    /// <summary>
    /// Starts <paramref name="argv"/>, trying each of <paramref name="executables"/> in turn as
    /// CPython's child does; raises the first exec error that is not ENOENT/ENOTDIR, else the last,
    /// naming <paramref name="program"/> as the caller wrote it. A standard fd of -1 is inherited.
    /// </summary>
    private static unsafe int Spawn(string[] argv, string[] executables, PyObject program, string? cwd, string[]? env, int stdin, int stdout, int stderr, bool newSession)
    {
        if (cwd is not null) CheckFolder(cwd);
        // The child may read what the program wrote to files it dropped unclosed.
        DroppedWriters.SettleAll();
        var forwarded = new List<(int Read, TextWriter Writer)>();
        var toClose = new List<int>();
        var interpreter = Interpreter.Current;
        if (!interpreter.UsesProcessStandardStreams)
        {
            // The program's stdout/stderr are in-memory writers (the quick path): the child writes
            // into a pipe whose contents are copied there.
            if (stdout == -1 || stderr == 1)
            {
                var (r, w) = Pipe();
                forwarded.Add((r, interpreter.Stdout));
                toClose.Add(w);
                if (stderr == 1) stderr = w;
                if (stdout == -1) stdout = w;
            }
            if (stderr == -1)
            {
                var (r, w) = Pipe();
                forwarded.Add((r, interpreter.Stderr));
                toClose.Add(w);
                stderr = w;
            }
        }
        env ??= CurrentEnvironment();
        var actions = stackalloc byte[PosixSpawn.OpaqueSize];
        var attributes = stackalloc byte[PosixSpawn.OpaqueSize];
        var signals = stackalloc byte[128];
        PosixSpawn.FileActionsInit(actions);
        PosixSpawn.AttributesInit(attributes);
        var native = new List<IntPtr>();
        try
        {
            if (stdin != -1) PosixSpawn.FileActionsAddDup2(actions, stdin, 0);
            if (stdout != -1) PosixSpawn.FileActionsAddDup2(actions, stdout, 1);
            if (stderr != -1) PosixSpawn.FileActionsAddDup2(actions, stderr, 2);
            if (cwd is not null) PosixSpawn.FileActionsAddChdir(actions, cwd);
            // The child starts with no blocked signals and SIGPIPE/SIGXFSZ at their defaults
            // (.NET ignores SIGPIPE), as CPython's restore_signals gives it.
            PosixSpawn.SignalSetEmpty(signals);
            PosixSpawn.AttributesSetSignalMask(attributes, signals);
            PosixSpawn.SignalSetAdd(signals, 13);
            PosixSpawn.SignalSetAdd(signals, 25);
            PosixSpawn.AttributesSetSignalDefault(attributes, signals);
            PosixSpawn.AttributesSetFlags(attributes, (short)(PosixSpawn.SetSignalDefault | PosixSpawn.SetSignalMask | (newSession ? PosixSpawn.SetSession : 0)));
            var argvPointers = stackalloc byte*[argv.Length + 1];
            for (var i = 0; i < argv.Length; i++) argvPointers[i] = Utf8(argv[i], native);
            argvPointers[argv.Length] = null;
            var envPointers = new byte*[env.Length + 1];
            for (var i = 0; i < env.Length; i++) envPointers[i] = Utf8(env[i], native);
            var savedError = 0;
            var error = 2;
            foreach (var executable in executables)
            {
                int pid;
                fixed (byte** envp = envPointers)
                {
                    error = PosixSpawn.Spawn(&pid, Utf8(executable, native), actions, attributes, argvPointers, envp);
                }
                if (error == 0)
                {
                    StartForwarders(pid, forwarded);
                    forwarded.Clear();
                    return pid;
                }
                if (error != 2 && error != 20 && savedError == 0) savedError = error;
            }
            throw Errors.OSError(savedError != 0 ? savedError : error, program);
        }
        finally
        {
            PosixSpawn.FileActionsDestroy(actions);
            PosixSpawn.AttributesDestroy(attributes);
            foreach (var p in native) System.Runtime.InteropServices.Marshal.FreeHGlobal(p);
            foreach (var fd in toClose) PosixSpawn.Close(fd);
            foreach (var (r, _) in forwarded) PosixSpawn.Close(r);
        }
    }

    /// <summary>CPython's child reports a cwd it cannot enter with the cwd as the file name.</summary>
    private static void CheckFolder(string cwd)
    {
        if (!Os.StatResults.TryStat(cwd, true, out var buffer, out var errno)) throw Errors.OSError(errno, new PyStr(cwd));
        if ((buffer.Mode & Os.StatResults.TypeMask) != Os.StatResults.Directory) throw Errors.OSError(20, new PyStr(cwd));
        if (Os.Posix.Access(cwd, 1) != 0) throw Errors.OSError(Os.Posix.Errno, new PyStr(cwd));
    }

    /// <summary>os.environ as the program changed it (.NET keeps its own copy, not the C library's environ).</summary>
    private static string[] CurrentEnvironment()
    {
        var list = new List<string>();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) list.Add($"{e.Key}={e.Value}");
        list.Sort(StringComparer.Ordinal);
        return [.. list];
    }

    private static unsafe byte* Utf8(string s, List<IntPtr> allocated)
    {
        var count = Encoding.UTF8.GetByteCount(s);
        var p = (byte*)System.Runtime.InteropServices.Marshal.AllocHGlobal(count + 1);
        allocated.Add((IntPtr)p);
        Encoding.UTF8.GetBytes(s, new Span<byte>(p, count));
        p[count] = 0;
        return p;
    }

    private static void StartForwarders(int pid, List<(int Read, TextWriter Writer)> forwarded)
    {
        if (forwarded.Count == 0) return;
        var threads = new List<Thread>();
        foreach (var (read, writer) in forwarded)
        {
            var thread = new Thread(() => Forward(read, writer)) { IsBackground = true };
            thread.Start();
            threads.Add(thread);
        }
        lock (s_forwarders) s_forwarders[pid] = threads;
    }

    private static unsafe void Forward(int fd, TextWriter writer)
    {
        var decoder = new UTF8Encoding(false).GetDecoder();
        var bytes = new byte[8192];
        var chars = new char[8192 + 4];
        while (true)
        {
            nint n;
            fixed (byte* p = bytes) n = PosixSpawn.Read(fd, p, bytes.Length);
            if (n < 0 && PosixSpawn.Errno == 4) continue;
            var count = decoder.GetChars(bytes, 0, n > 0 ? (int)n : 0, chars, 0, flush: n <= 0);
            lock (writer) writer.Write(chars, 0, count);
            if (n <= 0) break;
        }
        PosixSpawn.Close(fd);
    }

    /// <summary>
    /// The exit status of <paramref name="pid"/> as Popen.returncode (-N for signal N), or null if
    /// it is still running after <paramref name="timeout"/> seconds (0: just look).
    /// </summary>
    public static int? Wait(int pid, double? timeout)
    {
        // Other Python threads run while this one waits; Python objects are made after it takes the GIL back.
        var gil = Hosting.Gil.Release();
        int? status;
        int errno;
        try
        {
            (status, errno) = WaitReleased(pid, timeout);
        }
        finally
        {
            Hosting.Gil.Reacquire(gil);
        }
        if (errno != 0) throw Errors.OSError(errno);
        return status is { } s ? Finished(pid, s) : null;
    }

    /// <summary>The wait of <see cref="Wait"/> without the GIL: the raw status (null: still running) or an errno.</summary>
    private static unsafe (int? Status, int Errno) WaitReleased(int pid, double? timeout)
    {
        int status;
        if (timeout is null)
        {
            while (PosixSpawn.WaitPid(pid, &status, 0) < 0)
            {
                var errno = PosixSpawn.Errno;
                if (errno == 10) return (0, 0);
                if (errno != 4) return (null, errno);
            }
            return (status, 0);
        }
        var deadline = DateTime.UtcNow.AddSeconds(timeout.Value);
        var delay = 0.0005;
        while (true)
        {
            var rc = PosixSpawn.WaitPid(pid, &status, 1);
            if (rc == pid) return (status, 0);
            if (rc < 0)
            {
                var errno = PosixSpawn.Errno;
                if (errno == 10) return (0, 0);
                if (errno != 4) return (null, errno);
                continue;
            }
            var remaining = (deadline - DateTime.UtcNow).TotalSeconds;
            if (remaining <= 0) return (null, 0);
            delay = Math.Min(Math.Min(delay * 2, remaining), 0.05);
            Thread.Sleep(TimeSpan.FromSeconds(delay));
        }
    }

    private static int Finished(int pid, int status)
    {
        List<Thread>? threads;
        lock (s_forwarders)
        {
            if (s_forwarders.Remove(pid, out threads)) { }
        }
        if (threads is not null)
        {
            foreach (var t in threads) t.Join();
        }
        var signal = status & 0x7F;
        return signal == 0 ? (status >> 8) & 0xFF : -signal;
    }

    /// <summary>
    /// communicate(stdin, input, stdout, stderr, timeout): feeds the input and reads both pipes to
    /// their end together (no deadlock on full pipes). Returns (finished, out, err); on a timeout
    /// finished is False and out/err are what arrived so far (None if nothing), and a later call
    /// carries on where this one stopped.
    /// </summary>
    private static PyObject Communicate(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        var a = ModuleArgs.Bind("communicate", args, kw, ["stdin", "input", "stdout", "stderr", "timeout"], 5);
        var stdin = a[0] as PyPipeFile;
        var stdout = a[2] as PyPipeFile;
        var stderr = a[3] as PyPipeFile;
        var tasks = new List<Task>();
        if (stdin is not null && !stdin.Closed)
        {
            if (stdin.Feed is null)
            {
                var input = a[1] is PyBytes b ? b.Data.ToArray() : [];
                stdin.Feed = Task.Run(() =>
                {
                    try
                    {
                        if (input.Length > 0) stdin.WriteAll(input);
                    }
                    catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.BrokenPipeError))
                    {
                        // The child does not read all of it: CPython ignores that too.
                    }
                    stdin.Close();
                });
            }
            tasks.Add(stdin.Feed);
        }
        foreach (var f in new[] { stdout, stderr })
        {
            if (f is null) continue;
            if (f.Drain is null && !f.Closed) f.StartDrain();
            if (f.Drain is not null) tasks.Add(f.Drain);
        }
        var timeout = a[4] is PyNone ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(a[4] is PyFloat t ? t.Value : ((PyInt)a[4]!).ToDouble());
        // The pipes are read by tasks that never hold the GIL; other Python threads run while this one waits for them.
        bool finished;
        var gil = Hosting.Gil.Release();
        try
        {
            finished = Task.WaitAll([.. tasks], timeout);
        }
        finally
        {
            Hosting.Gil.Reacquire(gil);
        }
        PyObject Output(PyPipeFile? f)
        {
            if (f is null) return PyNone.Instance;
            var data = f.Drained();
            if (finished) f.Close();
            return !finished && data.Length == 0 ? PyNone.Instance : PyBytes.Of(data);
        }
        foreach (var task in tasks)
        {
            if (task.IsFaulted) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(task.Exception!.InnerException!);
        }
        return PyTuple.Of(PyBool.From(finished), Output(stdout), Output(stderr));
    }
}
