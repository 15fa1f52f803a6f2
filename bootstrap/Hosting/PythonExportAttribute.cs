namespace PyPack.Runtime.Hosting;

/// <summary>
/// Declares a name a native module defines, so the packager can check <c>from m import name</c>
/// at build time. Put it on the module class once per name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PythonExportAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
