namespace PyPack.Packager.Build;

/// <summary>
/// What a native build needs on this machine, checked before any work so a missing piece is
/// reported at once with what to install: the .NET SDK (dotnet) and the C toolchain NativeAOT
/// links with (clang or gcc).
/// </summary>
public static class Prerequisites
{
    /// <summary>Returns the dotnet host to build with, or fails saying what to install.</summary>
    public static string Check()
    {
        var dotnet = DotnetLocator.Find() ?? throw new BuildFailure(
            "the .NET SDK is needed to build native executables, and 'dotnet' is not on PATH (nor in DOTNET_ROOT). " +
            "Install the .NET SDK 10.0 or later (https://dot.net, or e.g. 'apt-get install dotnet-sdk-10.0') and make sure 'dotnet' runs.");
        if (OperatingSystem.IsLinux() && FindOnPath("clang") is null && FindOnPath("gcc") is null)
        {
            throw new BuildFailure(
                "NativeAOT links the executable with the system C toolchain, and neither 'clang' nor 'gcc' is on PATH. " +
                "Install clang and zlib (e.g. 'apt-get install clang zlib1g-dev'), or use 'pypack run' to run without a native build.");
        }
        return dotnet;
    }

    private static string? FindOnPath(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, program))) return Path.Combine(dir, program);
        }
        return null;
    }
}
