using PyPack.Runtime.Modules.Os;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Tarfile;

/// <summary>
/// The extraction filters of tarfile (PEP 706, in CPython since 3.11.4): fully_trusted, tar and data,
/// or a callable (member, path) returning the TarInfo to extract or None.
/// </summary>
internal static class ExtractionFilters
{
    public static readonly PyObject FullyTrusted = new PyBuiltinFunction("fully_trusted_filter", static (args, kw) =>
    {
        var a = ModuleArgs.Bind("fully_trusted_filter", args, kw, ["member", "dest_path"], 2);
        return a[0]!;
    });

    public static readonly PyObject Tar = new PyBuiltinFunction("tar_filter", static (args, kw) =>
    {
        var a = ModuleArgs.Bind("tar_filter", args, kw, ["member", "dest_path"], 2);
        return Apply((PyTarInfo)a[0]!, Operations.Text.Str(a[1]!), forData: false);
    });

    public static readonly PyObject Data = new PyBuiltinFunction("data_filter", static (args, kw) =>
    {
        var a = ModuleArgs.Bind("data_filter", args, kw, ["member", "dest_path"], 2);
        return Apply((PyTarInfo)a[0]!, Operations.Text.Str(a[1]!), forData: true);
    });

    /// <summary>The filter a <c>filter=</c> argument names; None means fully_trusted, as 3.11 defaults.</summary>
    public static PyObject Resolve(PyObject? filter) => filter switch
    {
        null or PyNone => FullyTrusted,
        PyStr { Value: "fully_trusted" } => FullyTrusted,
        PyStr { Value: "tar" } => Tar,
        PyStr { Value: "data" } => Data,
        PyStr s => throw Errors.ValueError($"filter {StrRepr.Of(s.Value)} not found"),
        _ => filter,
    };

    private static bool Inside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);

    private static PyTarInfo Apply(PyTarInfo member, string destination, bool forData)
    {
        var dest = Path.GetFullPath(destination);
        var original = member.Name;
        var name = original;
        var copy = member.Copy();
        if (name.StartsWith('/'))
        {
            name = name.TrimStart('/');
            copy.Set("name", new PyStr(name));
        }
        var target = Path.GetFullPath(PosixPathModule.Join(dest, name));
        if (!Inside(target, dest))
        {
            throw Errors.Raise(TarfileModule.OutsideDestinationError, $"{StrRepr.Of(original)} would be extracted to {StrRepr.Of(target)}, which is outside the destination");
        }
        if (member.Get("mode") is PyInt)
        {
            PyObject mode = PyInt.From(member.Long("mode") & 0x1ED);
            if (forData)
            {
                if (member.IsReg || member.IsLnk)
                {
                    var m = ((PyInt)mode).Small;
                    if ((m & 0x40) == 0) m &= ~0x49;
                    mode = PyInt.From(m | 0x180);
                }
                else if (member.IsDir || member.IsSym)
                {
                    mode = PyNone.Instance;
                }
                else
                {
                    throw Errors.Raise(TarfileModule.SpecialFileError, $"{StrRepr.Of(original)} is a special file");
                }
            }
            copy.Set("mode", mode);
        }
        if (!forData) return copy;
        foreach (var field in new[] { "uid", "gid", "uname", "gname" }) copy.Set(field, PyNone.Instance);
        if (member.IsLnk || member.IsSym)
        {
            var link = member.Str("linkname");
            if (link.StartsWith('/')) throw Errors.Raise(TarfileModule.AbsoluteLinkError, $"{StrRepr.Of(original)} is a link to an absolute path");
            var linkTarget = member.IsSym
                ? PosixPathModule.Join(dest, Path.GetDirectoryName(name) ?? "", link)
                : PosixPathModule.Join(dest, link);
            linkTarget = Path.GetFullPath(linkTarget);
            if (!Inside(linkTarget, dest))
            {
                throw Errors.Raise(TarfileModule.LinkOutsideDestinationError, $"{StrRepr.Of(original)} would link to {StrRepr.Of(linkTarget)}, which is outside the destination");
            }
        }
        return copy;
    }
}
