using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PyPack.Compiler;
using PyPack.Runtime.Hosting;

namespace PyPack.Packager.Build;

/// <summary>
/// The quick path's compiled modules: one in-memory assembly per generated module, kept for the
/// life of the process by the SHA-256 of the module's C#. A module's C# depends only on its own
/// source, so a process that runs many programs (the test suite) compiles each library module
/// once. The images are bytes: every run loads them afresh, so module statics start unset.
/// </summary>
public static class ModuleImages
{
    private static readonly ConcurrentDictionary<string, byte[]> s_images = new(StringComparer.Ordinal);
    private static readonly Lazy<MetadataReference[]> s_references = new(LoadReferences);

    /// <summary>The image of each module of <paramref name="modules"/>, compiling those not seen before.</summary>
    public static byte[][] Of(IReadOnlyList<CompiledModule> modules)
    {
        var keys = modules.Select(m => Key(m.CSharp)).ToArray();
        var missing = Enumerable.Range(0, modules.Count).Where(i => !s_images.ContainsKey(keys[i])).ToArray();
        if (missing.Length > 0)
        {
            // Roslyn's parser and binder recurse as deep as the generated expressions nest; on a
            // small stack they give up with CS8078, so the compiles run on a large one.
            Compiler.LargeStack.Run(() =>
            {
                foreach (var i in missing) s_images.TryAdd(keys[i], Compile(modules[i], keys[i]));
                return 0;
            });
        }
        return [.. keys.Select(k => s_images[k])];
    }

    private static byte[] Compile(CompiledModule module, string key)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(module.CSharp, parse, path: module.ClassName + ".cs");
        var compilation = CSharpCompilation.Create(
            // One load context holds several modules: each assembly needs its own name.
            "PyPackQuick_" + key[..32],
            [tree],
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
            throw new InvalidOperationException("PyPack generated C# that does not compile (a compiler bug):\n" + string.Join("\n", errors));
        }
        return image.ToArray();
    }

    private static string Key(string csharp) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(csharp)));

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
