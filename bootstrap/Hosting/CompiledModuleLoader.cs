using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Hosting;

/// <summary>
/// The loader of a module compiled into the executable (CPython: a SourceFileLoader per module):
/// <c>name</c>, <c>path</c> (the source file at build time), <c>is_package</c> and <c>get_filename</c>.
/// </summary>
public sealed class CompiledModuleLoader(string name, string? path) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly string? _path = path;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(name),
        "path" => _path is null ? PyNone.Instance : new PyStr(_path),
        _ => null,
    };

    /// <summary>A file loader serves exactly its own module; other names are CPython's ImportError.</summary>
    private string Check(PyObject fullname) => fullname is PyStr { Value: var requested } && requested == name
        ? requested
        : throw Errors.Raise(Exceptions.ExceptionTypes.ImportError, $"loader for {name} cannot handle {fullname.Str()}");

    private static PyType CreateType()
    {
        var type = new PyType("CompiledModuleLoader", null) { Module = "pypack" };
        type.Method("is_package", static (self, fullname) =>
        {
            var loader = (CompiledModuleLoader)self;
            loader.Check(fullname);
            return PyBool.From(Path.GetFileNameWithoutExtension(loader._path) == "__init__");
        });
        type.Method("get_filename", static (self, fullname) =>
        {
            var loader = (CompiledModuleLoader)self;
            loader.Check(fullname);
            return loader._path is null ? PyNone.Instance : new PyStr(loader._path);
        });
        return type;
    }
}
