using System.Diagnostics;
using System.Runtime.InteropServices;
using PyPack.Packager.Analysis;

namespace PyPack.Packager.Build;

/// <summary>
/// The release path: generates the app's C# project in the work folder, publishes it with
/// NativeAOT, and places the executable in the dist folder. A build that fails anywhere leaves
/// dist untouched; an unchanged app reuses the previous native build.
/// </summary>
public sealed class NativeAotBuilder(Log log)
{
    public string Build(BuildOptions options, AppModules app)
    {
        var dotnet = Prerequisites.Check();
        // --clean was applied before the analysis, which keeps its cache in the work folder.
        var workDir = Path.GetFullPath(Path.Combine(options.WorkPath, options.Name));
        var runtimeAssembly = typeof(Runtime.Hosting.PythonMain).Assembly.Location;
        var project = new GeneratedProject(workDir, options.Name, runtimeAssembly);
        log.Info($"writing C# to {Path.Combine(workDir, "src")}");
        var fingerprint = project.Write(app, RegexPrecompiler.Generate(app, log, Path.Combine(workDir, "cache")));

        var publishDir = Path.Combine(workDir, "publish");
        var binary = Path.Combine(publishDir, options.Name);
        var fingerprintFile = Path.Combine(workDir, "fingerprint.txt");
        if (File.Exists(binary) && File.Exists(fingerprintFile) && File.ReadAllText(fingerprintFile) == fingerprint)
        {
            log.Info("nothing changed since the last build; reusing the native executable");
        }
        else
        {
            if (File.Exists(fingerprintFile)) File.Delete(fingerprintFile);
            log.Info("compiling to a native executable with NativeAOT (this takes a while)");
            Publish(dotnet, project, publishDir);
            if (!File.Exists(binary)) throw new BuildFailure($"NativeAOT publish did not produce {binary}");
            File.WriteAllText(fingerprintFile, fingerprint);
        }
        return OutputPlacement.Place(binary, options, workDir, log);
    }

    private void Publish(string dotnet, GeneratedProject project, string publishDir)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = project.Directory,
        };
        foreach (var a in new[]
        {
            "publish", project.ProjectFile, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-o", publishDir, "--nologo", "-v", "quiet", "-clp:NoSummary;ErrorsOnly",
        })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new BuildFailure("could not start 'dotnet publish'");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Progress while the long step runs: a line every 10 seconds.
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(TimeSpan.FromSeconds(10))) log.Info($"NativeAOT still compiling ({clock.Elapsed.TotalSeconds:F0} s)");
        process.WaitForExit();
        log.Info($"NativeAOT finished in {clock.Elapsed.TotalSeconds:F0} s");
        var output = (stdout.Result + stderr.Result).Trim();
        if (process.ExitCode != 0)
        {
            throw new BuildFailure($"NativeAOT publish failed (dotnet exit code {process.ExitCode}):\n{output}\n" +
                "If a package could not be restored, NativeAOT needs the ILCompiler package from NuGet (the first build downloads it).");
        }
        if (output.Length > 0) log.Debug(output);
    }
}
