using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;
using PyPack.Packager.Analysis;
using PyPack.Packager.Build;
using PyPack.Packager.Data;
using PyPack.Packager.Tests.Support;

namespace PyPack.Packager.Tests.TestApps;

/// <summary>Runs a program on the quick path in this process, as <c>pypack run</c> does, capturing its output.</summary>
public static class QuickRun
{
    private static readonly Lazy<NativeModuleCatalog> s_natives =
        new(() => NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location));

    // The generated C# of library modules, shared by every program this process runs (as the
    // work folder's cache is by every build): most programs import some of the same ones.
    private static readonly Lazy<TempFolder> s_compiledModules = new(() =>
    {
        var folder = new TempFolder();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        return folder;
    });

    public static (string Stdout, string Stderr, int ExitCode) Run(string scriptPath, params string[] args) =>
        Run(scriptPath, ModuleFinderOptions.Default, args);

    /// <summary>Runs a test app with the finder options its main.pypack sidecar gives.</summary>
    public static (string Stdout, string Stderr, int ExitCode) Run(TestApp app) =>
        Run(app.BuildTarget, FinderOptions(app), app.BuildOptions, []);

    public static (string Stdout, string Stderr, int ExitCode) Run(string scriptPath, ModuleFinderOptions options, params string[] args) =>
        Run(scriptPath, options, [], args);

    private static (string Stdout, string Stderr, int ExitCode) Run(string scriptPath, ModuleFinderOptions options, IReadOnlyList<string> buildOptions, string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var previous = Environment.CurrentDirectory;
        // Programs change os.environ, which in this process is the test host's environment:
        // each program starts from the same one, as each CPython run did.
        var environment = Snapshot();
        Runtime.Objects.StrHash.UseSeed("0");
        try
        {
            // CPython ran the program in its own folder.
            Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(scriptPath))!;
            var app = new ModuleFinder(s_natives.Value).Find(scriptPath, options with { CacheFolder = options.CacheFolder ?? s_compiledModules.Value.Path });
            // Data files come from the same embedded archive as in the executable.
            var specs = new List<DataFileSpec>();
            for (var i = 0; i + 1 < buildOptions.Count; i++)
            {
                if (buildOptions[i] == "--add-data") specs.Add(DataFileSpec.Parse(buildOptions[++i]));
            }
            app = app with { DataFiles = DataFileCollector.Collect(EntryPoint.Of(scriptPath), app, specs, [], options) };
            var code = QuickRunner.Run(app, [Path.GetFileName(scriptPath), .. args], stdout, stderr);
            return (stdout.ToString(), stderr.ToString(), code);
        }
        catch (PythonSyntaxError e)
        {
            return ("", e.Format(), 1);
        }
        catch (CompileError e)
        {
            return ("", string.Join("\n", e.Diagnostics) + "\n", 1);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            Restore(environment);
        }
    }

    private static Dictionary<string, string> Snapshot()
    {
        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables()) snapshot[(string)e.Key] = (string?)e.Value ?? "";
        return snapshot;
    }

    private static void Restore(Dictionary<string, string> snapshot)
    {
        foreach (var (name, value) in Snapshot())
        {
            if (!snapshot.TryGetValue(name, out var old)) Environment.SetEnvironmentVariable(name, null);
            else if (old != value) Environment.SetEnvironmentVariable(name, old);
        }
        foreach (var (name, value) in snapshot)
        {
            if (Environment.GetEnvironmentVariable(name) is null) Environment.SetEnvironmentVariable(name, value);
        }
    }

    /// <summary>The analysis options of a main.pypack sidecar (--paths, --hidden-import, --exclude-module).</summary>
    private static ModuleFinderOptions FinderOptions(TestApp app)
    {
        var paths = new List<string>();
        var hidden = new List<string>();
        var excluded = new List<string>();
        var options = app.BuildOptions;
        for (var i = 0; i + 1 < options.Count; i++)
        {
            switch (options[i])
            {
                case "--paths": paths.Add(Path.Combine(app.Folder, options[++i])); break;
                case "--hidden-import": hidden.Add(options[++i]); break;
                case "--exclude-module": excluded.Add(options[++i]); break;
            }
        }
        return new ModuleFinderOptions { Paths = paths, HiddenImports = hidden, ExcludedModules = excluded };
    }
}
