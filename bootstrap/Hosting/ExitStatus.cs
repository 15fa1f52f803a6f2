using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>How an uncaught exception ends the process, as CPython's Py_RunMain decides it.</summary>
public static class ExitStatus
{
    public static int Of(PyBaseException exc, Interpreter interpreter)
    {
        if (exc is PySystemExit exit)
        {
            switch (exit.Code)
            {
                case PyNone:
                    return 0;
                case PyInt i:
                    return i.IsSmall ? (int)i.Small : -1;
                default:
                    interpreter.WriteToSysStderr(Operations.Text.Str(exit.Code) + "\n");
                    return 1;
            }
        }
        interpreter.WriteToSysStderr(TracebackPrinter.Format(exc));
        // CPython ends an uncaught KeyboardInterrupt by dying of SIGINT (PythonMain does, after the
        // atexit functions); where it cannot, 130 is what a shell shows for that.
        if (!exc.Type.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt)) return 1;
        Interrupts.EndedByInterrupt = true;
        return 130;
    }
}
