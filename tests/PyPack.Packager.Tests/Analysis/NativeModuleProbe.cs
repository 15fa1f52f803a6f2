using PyPack.Packager.Analysis;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Packager.Tests.Analysis;

/// <summary>Initialises a native module in a throwaway interpreter to see which names it really defines.</summary>
internal static class NativeModuleProbe
{
    public static IReadOnlyList<string> DefinedNames(NativeModule module)
    {
        var type = typeof(PythonMain).Assembly.GetType(module.TypeFullName)!;
        var initialize = type.GetMethod("Initialize")!;
        var definition = new ModuleDefinition(module.Name, null, m => initialize.Invoke(null, [m]));
        var interpreter = new Interpreter([definition, new ModuleDefinition("__main__", null, _ => { })], ["probe"], TextWriter.Null, TextWriter.Null);
        var names = new List<string>();
        interpreter.RunMain("__main__");
        var probe = new Interpreter([definition, new ModuleDefinition("__main__", null, _ => names.AddRange(Interpreter.Current.Import(module.Name).Globals.Items.Select(i => i.Key)))], ["probe"], TextWriter.Null, TextWriter.Null);
        probe.RunMain("__main__").ShouldBe(0);
        return names;
    }
}
