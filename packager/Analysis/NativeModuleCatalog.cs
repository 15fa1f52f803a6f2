using Mono.Cecil;

namespace PyPack.Packager.Analysis;

/// <summary>
/// The native modules the runtime assembly declares with [PythonModule] and [PythonExport],
/// read with Mono.Cecil so the packager never loads or runs the runtime to learn them.
/// </summary>
public sealed class NativeModuleCatalog
{
    private const string ModuleAttribute = "PyPack.Runtime.Hosting.PythonModuleAttribute";
    private const string ExportAttribute = "PyPack.Runtime.Hosting.PythonExportAttribute";
    private const string RequiresAttribute = "PyPack.Runtime.Hosting.PythonRequiresAttribute";

    private readonly Dictionary<string, NativeModule> _modules;

    private NativeModuleCatalog(Dictionary<string, NativeModule> modules) => _modules = modules;

    public static NativeModuleCatalog Read(string runtimeAssemblyPath)
    {
        var modules = new Dictionary<string, NativeModule>(StringComparer.Ordinal);
        using var assembly = AssemblyDefinition.ReadAssembly(runtimeAssemblyPath);
        foreach (var type in assembly.MainModule.Types)
        {
            string? name = null;
            var exports = new HashSet<string>(StringComparer.Ordinal);
            var requires = new List<string>();
            var requiresWhenRead = new List<(string, string)>();
            foreach (var attribute in type.CustomAttributes)
            {
                var value = attribute.ConstructorArguments.Count == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                if (attribute.AttributeType.FullName == ModuleAttribute) name = value;
                else if (attribute.AttributeType.FullName == ExportAttribute && value is not null) exports.Add(value);
                else if (attribute.AttributeType.FullName == RequiresAttribute && value is not null)
                {
                    var whenRead = attribute.Properties.FirstOrDefault(p => p.Name == "WhenRead").Argument.Value as string;
                    if (whenRead is null) requires.Add(value);
                    else requiresWhenRead.Add((value, whenRead));
                }
            }
            if (name is not null) modules[name] = new NativeModule(name, type.FullName, exports) { Requires = requires, RequiresWhenRead = requiresWhenRead };
        }
        foreach (var name in modules.Keys.ToList())
        {
            if (modules.Keys.Any(k => k.StartsWith(name + ".", StringComparison.Ordinal))) modules[name] = modules[name] with { IsPackage = true };
        }
        return new NativeModuleCatalog(modules);
    }

    public NativeModule? Find(string name) => _modules.GetValueOrDefault(name);

    public IEnumerable<NativeModule> All => _modules.Values;
}
