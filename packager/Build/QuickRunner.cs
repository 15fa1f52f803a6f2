using System.Runtime.Loader;
using PyPack.Packager.Analysis;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Packager.Build;

/// <summary>
/// The quick path: compiles an app's generated C# in memory with Roslyn (<see cref="ModuleImages"/>) and runs it on the JIT,
/// in this process. Same generated code, same runtime, same output as the native executable.
/// </summary>
public static class QuickRunner
{
    /// <summary>
    /// Loads <paramref name="app"/>'s compiled modules into a new load context and returns its module
    /// table: the same entries, in the same order, as the native executable's (<see cref="EntryPointWriter.ModuleTable"/>).
    /// </summary>
    public static IReadOnlyList<ModuleDefinition> Load(AppModules app)
    {
        var images = ModuleImages.Of(app.Python);
        var context = new AssemblyLoadContext("pypack-quick", isCollectible: true);
        var table = new List<ModuleDefinition>();
        for (var i = 0; i < app.Python.Count; i++)
        {
            var m = app.Python[i];
            var assembly = context.LoadFromStream(new MemoryStream(images[i], writable: false));
            var execute = assembly.GetType("PyPack.Generated." + m.ClassName)!.GetMethod("Execute", [typeof(PyModule)])!;
            table.Add(new(m.ModuleName, m.FileName, execute.CreateDelegate<Action<PyModule>>(), SearchLocations(app, m.ModuleName)));
        }
        foreach (var name in app.NamespacePackages) table.Add(new(name, null, static _ => { }, SearchLocations(app, name)));
        var runtime = typeof(PythonMain).Assembly;
        foreach (var n in app.Native)
        {
            var initialize = runtime.GetType(n.TypeFullName)!.GetMethod("Initialize", [typeof(PyModule)])!;
            table.Add(new(n.Name, null, initialize.CreateDelegate<Action<PyModule>>(), n.IsPackage ? [] : null) { IsNative = true });
        }
        return table;
    }

    private static IReadOnlyList<string>? SearchLocations(AppModules app, string module) =>
        app.PackagePaths.TryGetValue(module, out var locations) ? locations : null;

    /// <summary>Runs the app with the given streams; returns its exit code.</summary>
    public static int Run(AppModules app, IReadOnlyList<string> argv, TextWriter stdout, TextWriter stderr)
    {
        var modules = Load(app);
        var interpreter = new Interpreter(modules, argv, stdout, stderr) { DataFiles = EmbeddedFiles.FromArchive(DataArchive(app)) };
        return PythonMain.RunOnLargeStack(() => interpreter.RunMain("__main__", app.MainPackage));
    }

    /// <summary>Runs the app on this process's console, as the native executable would.</summary>
    public static int RunOnConsole(AppModules app, IReadOnlyList<string> argv) =>
        PythonMain.Run(Load(app), "__main__", argv, app.MainPackage, EmbeddedFiles.FromArchive(DataArchive(app)));

    /// <summary>The same archive the native executable embeds, so data files behave the same on both paths.</summary>
    private static MemoryStream? DataArchive(AppModules app) =>
        app.DataFiles.Count == 0 ? null : new MemoryStream(Data.DataArchiveWriter.Write(app.DataFiles));
}
