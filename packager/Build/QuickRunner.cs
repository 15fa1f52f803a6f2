using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyPack.Packager.Analysis;
using PyPack.Runtime.Hosting;

namespace PyPack.Packager.Build;

/// <summary>
/// The quick path: compiles an app's generated C# in memory with Roslyn and runs it on the JIT,
/// in this process. Same generated code, same runtime, same output as the native executable.
/// </summary>
public static class QuickRunner
{
    private static readonly Lazy<MetadataReference[]> s_references = new(LoadReferences);

    /// <summary>Compiles <paramref name="app"/> and returns its module table.</summary>
    public static IReadOnlyList<ModuleDefinition> Load(AppModules app)
    {
        // Roslyn's parser and binder recurse as deep as the generated expressions nest; on a small
        // stack they give up with CS8078, so the whole compile runs on a large one.
        var image = Compiler.LargeStack.Run(() => CompileToImage(app));
        var context = new AssemblyLoadContext("pypack-quick", isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var table = assembly.GetType(EntryPointWriter.ModuleTableType)!
            .GetField(EntryPointWriter.ModuleTableField, BindingFlags.Public | BindingFlags.Static)!;
        return (ModuleDefinition[])table.GetValue(null)!;
    }

    private static MemoryStream CompileToImage(AppModules app)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = app.Python.Select(m => CSharpSyntaxTree.ParseText(m.CSharp, parse, path: m.ClassName + ".cs")).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(EntryPointWriter.ModuleTable(app), parse, path: "AppModules.cs"));
        var compilation = CSharpCompilation.Create(
            "PyPackQuick" + Guid.NewGuid().ToString("N"),
            trees,
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable));
        var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
            throw new InvalidOperationException("PyPack generated C# that does not compile (a compiler bug):\n" + string.Join("\n", errors));
        }
        image.Position = 0;
        return image;
    }

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

    private static MetadataReference[] LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(PythonMain).Assembly.Location));
        return [.. references];
    }
}
