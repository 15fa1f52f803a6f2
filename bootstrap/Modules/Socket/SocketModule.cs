using System.Runtime.InteropServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Socket;

/// <summary>
/// The <c>socket</c> module, for what command-line tools ask of it: the host's name and the
/// exception names. Sockets themselves are not available: a name not exported here stops the
/// build at a <c>from socket import ...</c>, as for any native module.
/// </summary>
[PythonModule("socket")]
[PythonExport("gethostname")]
[PythonExport("error")]
[PythonExport("timeout")]
public static unsafe partial class SocketModule
{
    public static void Initialize(PyModule module)
    {
        var g = module.Globals;
        g.Set("gethostname", new PyBuiltinFunction("gethostname", static (args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("_socket.gethostname() takes no keyword arguments");
            if (args.Length > 0) throw Errors.TypeError($"_socket.gethostname() takes no arguments ({args.Length} given)");
            return new PyStr(HostName());
        }));
        // Aliases since Python 3.3 (error) and 3.10 (timeout), as CPython's module has them.
        g.Set("error", ExceptionTypes.OSError);
        g.Set("timeout", ExceptionTypes.TimeoutError);
    }

    [LibraryImport("libc", EntryPoint = "gethostname", SetLastError = true)]
    private static partial int GetHostNameCall(byte* buffer, nuint length);

    /// <summary>gethostname(2), as UTF-8.</summary>
    private static string HostName()
    {
        // HOST_NAME_MAX is 64 on Linux; the buffer leaves room for the terminating NUL.
        var buffer = stackalloc byte[256];
        if (GetHostNameCall(buffer, 256) != 0) throw Errors.OSError(Marshal.GetLastPInvokeError());
        buffer[255] = 0;
        return Marshal.PtrToStringUTF8((IntPtr)buffer) ?? "";
    }
}
