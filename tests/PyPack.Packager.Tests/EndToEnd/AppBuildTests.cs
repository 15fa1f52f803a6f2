using PyPack.Packager.Tests.Support;
using PyPack.Packager.Tests.TestApps;

namespace PyPack.Packager.Tests.EndToEnd;

/// <summary>
/// Every multi-module app under testapps/apps/ built by real NativeAOT and run as a native
/// executable, printing what CPython printed. Each app is copied to a temporary folder, built
/// there with the options of its main.pypack, and its sources are moved away before the run:
/// the executable must carry every module and data file it needs, and no python3 is on PATH.
/// </summary>
[Collection(nameof(NativeBuildCollection))]
public class AppBuildTests
{
    public static TheoryData<string> Apps() => new(TestAppCatalog.Apps().Select(a => a.Id));

    [Theory]
    [MemberData(nameof(Apps))]
    public void Native_app_prints_what_CPython_printed(string id)
    {
        var original = TestAppCatalog.Get(id);
        using var temp = new TempFolder();
        var appFolder = Path.Combine(temp.Path, "app");
        CopyFolder(original.Folder, appFolder);
        var app = new TestApp(Path.Combine(appFolder, Path.GetFileName(original.ScriptPath)));
        var dist = Path.Combine(temp.Path, "dist");
        var build = ProcessRunner.Pypack(appFolder, [app.BuildTarget, "--distpath", dist, "--workpath", Path.Combine(temp.Path, "build"), "-n", "app", .. app.BuildOptions]);
        build.ExitCode.ShouldBe(0, build.Stderr);

        // The sources go away: what runs is only the executable.
        var moved = appFolder + "-moved";
        Directory.Move(appFolder, moved);
        Directory.CreateDirectory(appFolder);
        var tools = ToolsFolder(temp.Path);
        var run = ProcessRunner.Run(Path.Combine(dist, "app"), [], appFolder,
            new Dictionary<string, string> { ["PATH"] = tools + Path.PathSeparator + ProcessRunner.PathWithoutPython(), ["PYTHONHASHSEED"] = "0" });
        Directory.Delete(appFolder);
        Directory.Move(moved, appFolder);

        OutputNormalizer.Normalize(run.Stdout, appFolder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStdout, appFolder), "stdout");
        OutputNormalizer.Normalize(run.Stderr, appFolder).ShouldBe(OutputNormalizer.Normalize(app.ExpectedStderr, appFolder), "stderr");
        run.ExitCode.ShouldBe(app.ExpectedExitCode, "exit code");
    }

    /// <summary>
    /// The system tools apps run (releasetool runs git), linked into a folder of their own: here they
    /// share /usr/bin with python3, which leaves PATH for the run.
    /// </summary>
    private static string ToolsFolder(string temp)
    {
        var folder = Path.Combine(temp, "tools");
        Directory.CreateDirectory(folder);
        foreach (var tool in new[] { "git", "sh" })
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Where(d => d.Length > 0).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
            if (found is not null) File.CreateSymbolicLink(Path.Combine(folder, tool), found);
        }
        return folder;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
