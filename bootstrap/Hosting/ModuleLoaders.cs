using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// <c>__loader__</c> and <c>__spec__</c> of the modules the executable contains. Like CPython's
/// SourceFileLoader, each compiled module gets its own loader object (name and path attributes);
/// C# modules share one loader class, as CPython's built-in modules share BuiltinImporter.
/// </summary>
public static class ModuleLoaders
{
    public static readonly PyType NativeLoader = new("NativeModuleLoader", null) { Module = "pypack" };

    /// <summary>The loader object and the spec of one module, the spec pointing at the loader.</summary>
    public static (PyObject Loader, PyModuleSpec Spec) For(ModuleDefinition definition)
    {
        if (definition.IsNative)
        {
            return (NativeLoader, new PyModuleSpec(definition.Name, NativeLoader, "built-in", false, null));
        }
        var loader = new CompiledModuleLoader(definition.Name, definition.FileName);
        // A namespace package has no file: CPython gives it origin None.
        return (loader, new PyModuleSpec(definition.Name, loader, definition.FileName, definition.FileName is not null, definition.SearchLocations));
    }
}
