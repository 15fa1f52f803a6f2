namespace PyPack.Runtime.Hosting;

/// <summary>
/// Names a module (usually one written in Python under Lib/) that a native module imports at run
/// time, so the packager compiles it into every app that uses the native one (os needs _pathlike
/// for os.PathLike, an ABC).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PythonRequiresAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
