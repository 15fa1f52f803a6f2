namespace PyPack.Runtime.Hosting;

/// <summary>
/// The entry point a generated executable's Main calls: sets up the standard streams, runs the
/// main module on a thread with a large stack (deep recursion must reach RecursionError, not a
/// native stack overflow), and returns the exit code.
/// </summary>
public static class PythonMain
{
    /// <summary>Stack for the Python main thread; reserved, not committed, so it costs address space only.</summary>
    public const int MainThreadStackSize = 512 * 1024 * 1024;

    public static int Run(IReadOnlyList<ModuleDefinition> modules, string mainModule, IReadOnlyList<string> argv, string? mainPackage = null,
        EmbeddedFiles? dataFiles = null)
    {
        // Buffers made at the first write (see StandardStreamWriter): 8 KB as CPython's for a pipe or
        // file; a terminal gets every write at once, and so does everything under PYTHONUNBUFFERED
        // (set to anything but "", as CPython's -u), which containers often set.
        var unbuffered = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PYTHONUNBUFFERED"));
        var stdout = new StandardStreamWriter(new DescriptorStream(1), 1 << 13) { AutoFlush = unbuffered || DescriptorStream.IsTerminal(1), NewLine = "\n" };
        var stderr = new StandardStreamWriter(new DescriptorStream(2), 1 << 12) { AutoFlush = true, NewLine = "\n" };
        // The interpreter is built on the Python thread while this one takes over SIGINT (a signal
        // thread and its pipe, ~70 us): on a second core, start-up does not wait for it. Ctrl-C
        // before that has the default action, as it has while the runtime itself starts.
        var code = RunOnLargeStack(() =>
        {
            var interpreter = new Interpreter(modules, argv, stdout, stderr) { DataFiles = dataFiles ?? EmbeddedFiles.None, UsesProcessStandardStreams = true };
            return interpreter.RunMain(mainModule, mainPackage);
        }, meanwhile: Interrupts.Install);
        if (Interrupts.EndedByInterrupt) Interrupts.DieOfSigint();
        return code;
    }

    /// <summary>Runs <paramref name="body"/> on a thread with a large stack; <paramref name="meanwhile"/> runs on this thread after it starts.</summary>
    public static int RunOnLargeStack(Func<int> body, Action? meanwhile = null)
    {
        var code = 0;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                code = body();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }, MainThreadStackSize);
        thread.Start();
        meanwhile?.Invoke();
        thread.Join();
        failure?.Throw();
        return code;
    }
}
