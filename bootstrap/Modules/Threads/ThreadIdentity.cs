using System.Runtime.InteropServices;

namespace PyPack.Runtime.Modules.Threads;

/// <summary>The numbers that name a thread: get_ident() (unique while it runs) and get_native_id() (the kernel's).</summary>
internal static class ThreadIdentity
{
    /// <summary>_thread.get_ident(): the runtime's id of the thread, never 0.</summary>
    public static long Current => Environment.CurrentManagedThreadId;

    /// <summary>_thread.get_native_id(): the kernel's thread id where it can be asked, else the managed one.</summary>
    public static long Native
    {
        get
        {
            if (!OperatingSystem.IsLinux()) return Current;
            try
            {
                return gettid();
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return Current;
            }
        }
    }

    [DllImport("libc.so.6", EntryPoint = "gettid")]
    private static extern int gettid();
}
