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
        var compiled = new Dictionary<string, System.Reflection.Assembly>(StringComparer.Ordinal);
        for (var i = 0; i < app.Python.Count; i++)
        {
            compiled[ModuleTableEntry.GeneratedTypeName(app.Python[i].ClassName)] = context.LoadFromStream(new MemoryStream(images[i], writable: false));
        }
        var runtime = typeof(PythonMain).Assembly;
        var table = new List<ModuleDefinition>();
        foreach (var e in ModuleTableEntry.Of(app))
        {
            Action<PyModule> code = e.Code switch
            {
                ModuleCode.Compiled => Method(compiled[e.TypeName!], e.TypeName!, "Execute"),
                ModuleCode.Native => Method(runtime, e.TypeName!, "Initialize"),
                _ => static _ => { },
            };
            table.Add(new(e.Name, e.FileName, code, e.SearchLocations) { IsNative = e.Code == ModuleCode.Native });
        }
        return table;
    }

    private static Action<PyModule> Method(System.Reflection.Assembly assembly, string typeName, string name) =>
        assembly.GetType(typeName)!.GetMethod(name, [typeof(PyModule)])!.CreateDelegate<Action<PyModule>>();

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
