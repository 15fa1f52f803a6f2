using PyPack.Packager.Analysis;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Packager.Tests.Analysis;

/// <summary>Initialises a native module in a throwaway interpreter to see which names it really defines.</summary>
internal static class NativeModuleProbe
{
    public static IReadOnlyList<string> DefinedNames(NativeModule module, NativeModuleCatalog catalog)
    {
        // Every native module is available, as parents (importlib for importlib.resources) must be.
        var others = catalog.All.Where(m => m.Name != module.Name).Select(Definition).ToList();
        var definition = Definition(module);
        var interpreter = new Interpreter([definition, .. others, new ModuleDefinition("__main__", null, _ => { })], ["probe"], TextWriter.Null, TextWriter.Null);
        var names = new List<string>();
        interpreter.RunMain("__main__");
        var probe = new Interpreter([definition, .. others, new ModuleDefinition("__main__", null, _ => names.AddRange(Interpreter.Current.Import(module.Name).Globals.Items.Select(i => i.Key)))], ["probe"], TextWriter.Null, TextWriter.Null);
        probe.RunMain("__main__").ShouldBe(0);
        return names;
    }

    private static ModuleDefinition Definition(NativeModule module)
    {
        var initialize = typeof(PythonMain).Assembly.GetType(module.TypeFullName)!.GetMethod("Initialize")!;
        return new ModuleDefinition(module.Name, null, m => initialize.Invoke(null, [m]), module.IsPackage ? [] : null) { IsNative = true };
    }
}
