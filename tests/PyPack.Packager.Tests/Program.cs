using PyPack.Packager.Tests.TestApps;

namespace PyPack.Packager.Tests;

/// <summary>
/// The test assembly's entry point, used only to start a quick worker
/// (<c>dotnet PyPack.Packager.Tests.dll --quick-worker SOCKET</c>); the test host loads the assembly as a
/// library and never calls it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is [QuickWorker.Argument, var socketPath]) return QuickWorker.Serve(socketPath);
        Console.Error.WriteLine($"usage: dotnet PyPack.Packager.Tests.dll {QuickWorker.Argument} SOCKET  (run by the tests, not by hand)");
        return 2;
    }
}
