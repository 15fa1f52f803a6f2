using System.Runtime.ExceptionServices;

namespace PyPack.Compiler;

/// <summary>
/// Runs work that recurses as deep as the program it processes (parsing, emitting, Roslyn on the
/// emitted code) on a thread with a large stack, so a legal but deeply nested program compiles
/// whatever thread the caller is on. The stack is reserved, not committed: it costs address space.
/// </summary>
public static class LargeStack
{
    public const int Size = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, Size);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
