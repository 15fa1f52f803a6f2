using PyPack.Compiler;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Finds the modules an app needs by following imports from the script: a module is a .py file
/// in the script's folder or a native module of the runtime. Imports that resolve to neither are
/// warnings at build time and raise ModuleNotFoundError at run time, as under CPython.
/// </summary>
public sealed class ModuleFinder(NativeModuleCatalog natives)
{
    public AppModules Find(string scriptPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scriptPath))!;
        var python = new List<CompiledModule>();
        var native = new List<NativeModule>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(string Name, string Path)>();
        // Code records absolute paths, as CPython's co_filename does: tracebacks show them.
        queue.Enqueue(("__main__", Path.GetFullPath(scriptPath)));
        seen.Add("__main__");

        while (queue.Count > 0)
        {
            var (name, path) = queue.Dequeue();
            var module = Compilation.CompileModule(name, path, File.ReadAllBytes(path));
            python.Add(module);
            foreach (var imported in module.Imports)
            {
                if (!seen.Add(imported)) continue;
                var candidate = Path.Combine(folder, imported + ".py");
                if (File.Exists(candidate)) queue.Enqueue((imported, candidate));
                else if (natives.Find(imported) is { } n) native.Add(n);
                else warnings.Add($"{module.FileName}: module '{imported}' not found; importing it will raise ModuleNotFoundError");
            }
        }
        native.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return new AppModules(python, native, warnings);
    }
}
