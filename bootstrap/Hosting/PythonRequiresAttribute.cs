namespace PyPack.Runtime.Hosting;

/// <summary>
/// Names a module (usually one written in Python under Lib/) that a native module imports at run
/// time, so the packager compiles it into every app that uses the native one (os needs _pathlike
/// for os.PathLike, an ABC). With <see cref="WhenRead"/>, only into apps whose code names that
/// attribute somewhere (time needs _strptime, and through it datetime and re, only for
/// time.strptime).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PythonRequiresAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>
    /// The export that needs the module: the packager requires the module only when some module of
    /// the app mentions this name (an attribute, a name, an imported name or a string).
    /// </summary>
    public string? WhenRead { get; init; }
}
