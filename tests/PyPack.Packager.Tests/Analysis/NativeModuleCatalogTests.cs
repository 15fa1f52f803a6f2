using PyPack.Packager.Analysis;

namespace PyPack.Packager.Tests.Analysis;

public class NativeModuleCatalogTests
{
    private static readonly NativeModuleCatalog Catalog = NativeModuleCatalog.Read(typeof(Runtime.Hosting.PythonMain).Assembly.Location);

    [Fact]
    public void Reads_native_modules_and_their_exports_from_the_runtime_assembly()
    {
        var sys = Catalog.Find("sys").ShouldNotBeNull();
        sys.TypeFullName.ShouldBe("PyPack.Runtime.Modules.Sys.SysModule");
        sys.Exports.ShouldContain("exit");
        sys.Exports.ShouldContain("argv");
        Catalog.Find("no_such_module").ShouldBeNull();
    }

    [Fact]
    public void Every_declared_export_is_defined_by_the_module_and_vice_versa()
    {
        foreach (var module in Catalog.All)
        {
            var defined = NativeModuleProbe.DefinedNames(module, Catalog);
            var eager = defined.Where(n => !IsDunder(n) && !IsSubmodule(module, n)).Order();
            // A dunder may be exported (builtins' __import__, __debug__); it must then be defined.
            module.Exports.Where(IsDunder).Except(defined).ShouldBeEmpty(module.Name);
            if (defined.Contains("__getattr__"))
            {
                // Some exports are made on first use by the module's __getattr__ (os.PathLike comes
                // from Python then); the testapps programs that use them check those.
                eager.Except(module.Exports).ShouldBeEmpty(module.Name);
            }
            else
            {
                eager.ShouldBe(module.Exports.Where(n => !IsDunder(n)).Order(), module.Name);
            }
        }
    }

    private static bool IsDunder(string name) => name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>A native submodule becomes an attribute of its package once imported; it is not an export.</summary>
    private static bool IsSubmodule(NativeModule module, string name) => Catalog.Find(module.Name + "." + name) is not null;
}
