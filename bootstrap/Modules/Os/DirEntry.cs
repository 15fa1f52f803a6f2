using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Os;

/// <summary>os.DirEntry: a folder entry's name and path, with the type tests os.scandir offers.</summary>
public sealed class DirEntry(string folder, string name) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public string Name { get; } = name;
    public string Path { get; } = PosixPathModule.Join(folder, name);

    public override PyType Type => TypeObject;
    public override string Repr() => $"<DirEntry {Operations.Text.Repr(new PyStr(Name))}>";

    public override PyObject? GetOwnAttribute(string attribute) => attribute switch
    {
        "name" => new PyStr(Name),
        "path" => new PyStr(Path),
        _ => null,
    };

    private uint? Mode(bool follow) => StatResults.Mode(Path, follow);

    private static bool Follow(ReadOnlySpan<PyObject> args, string[]? kw, string function)
    {
        var a = ModuleArgs.Bind(function, args, kw, ["follow_symlinks"], 0, keywordOnlyFrom: 0);
        return ModuleArgs.Bool(a[0], true);
    }

    private static PyType CreateType()
    {
        var type = new PyType("DirEntry", null) { Module = "posix", TpName = "posix.DirEntry" };
        type.Method("is_dir", static (self, args, kw) =>
            PyBool.From((((DirEntry)self).Mode(Follow(args, kw, "is_dir")) & StatResults.TypeMask) == StatResults.Directory));
        type.Method("is_file", static (self, args, kw) =>
            PyBool.From((((DirEntry)self).Mode(Follow(args, kw, "is_file")) & StatResults.TypeMask) == StatResults.Regular));
        type.Method("is_symlink", static self =>
            PyBool.From((((DirEntry)self).Mode(false) & StatResults.TypeMask) == StatResults.SymbolicLink));
        type.Method("stat", static (self, args, kw) =>
            StatResults.Stat(new PyStr(((DirEntry)self).Path), "stat", Follow(args, kw, "stat")));
        type.Method("inode", static self =>
            StatResults.Stat(new PyStr(((DirEntry)self).Path), "stat", false).Tuple[1]);
        type.Method("__fspath__", static self => new PyStr(((DirEntry)self).Path));
        return type;
    }
}
