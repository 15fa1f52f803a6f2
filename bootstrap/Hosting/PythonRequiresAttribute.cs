namespace PyPack.Runtime.Hosting;

/// <summary>
/// Another module a native module imports while it initialises (os imports os.path), so the
/// packager includes that one too whenever this one is used.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PythonRequiresAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
