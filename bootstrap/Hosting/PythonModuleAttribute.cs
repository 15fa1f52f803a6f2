namespace PyPack.Runtime.Hosting;

/// <summary>
/// Marks a class as a native module importable by <see cref="Name"/>. The class has
/// <c>public static void Initialize(PyModule module)</c>. The packager reads these attributes
/// from the runtime assembly with Mono.Cecil, without loading it, to know which modules exist
/// and to register only those an app imports.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PythonModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
