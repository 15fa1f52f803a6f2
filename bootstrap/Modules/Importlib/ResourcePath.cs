using System.Linq;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Importlib;

/// <summary>
/// What <c>importlib.resources.files(package)</c> returns for a package on the file system: in
/// CPython a pathlib.PosixPath. This covers the Traversable protocol (joinpath, /, read_text,
/// read_bytes, is_file, is_dir, iterdir, name) and reads through <see cref="DataFileAccess"/>,
/// so embedded data files are found where CPython would find them on disk.
/// </summary>
public sealed class ResourcePath(string path) : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public string Path { get; } = path;

    public override PyType Type => TypeObject;
    public override string Repr() => $"PosixPath('{Path}')";
    public override string Str() => Path;

    public override PyObject? BinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Div && other is PyStr s ? Join(s.Value) : null;

    public override PyObject? RichCompare(PyObject other, CompareOp op) =>
        other is ResourcePath p && op is CompareOp.Eq or CompareOp.Ne
            ? PyBool.From((p.Path == Path) == (op == CompareOp.Eq))
            : null;

    public override long Hash() => Path.GetHashCode(StringComparison.Ordinal);

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "name" => new PyStr(PosixName()),
        "parent" => new ResourcePath(Modules.Os.PosixPathModule.Split(Path).Head is { Length: > 0 } h ? h : "/"),
        _ => null,
    };

    public ResourcePath Join(params string[] parts)
    {
        var joined = Modules.Os.PosixPathModule.Join(Path, parts);
        // pathlib drops '.' parts and doubled slashes; it keeps '..'.
        var cleaned = string.Join('/', joined.Split('/').Where((p, i) => i == 0 || (p.Length > 0 && p != ".")));
        return new ResourcePath(cleaned.Length == 0 ? "/" : cleaned);
    }

    private string PosixName() => Path[(Path.LastIndexOf('/') + 1)..];

    private static PyType CreateType()
    {
        var type = new PyType("PosixPath", null) { Module = "pathlib" };
        type.Method("joinpath", static (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw Errors.TypeError("joinpath() takes no keyword arguments");
            var parts = new string[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                parts[i] = args[i] is PyStr s ? s.Value : throw Errors.TypeError($"expected str, bytes or os.PathLike object, not {args[i].Type.TpName}");
            }
            return ((ResourcePath)self).Join(parts);
        });
        type.Method("read_text", static (self, args, kw) =>
        {
            // Traversable.read_text(encoding=None, errors=None); None means UTF-8 here, the locale's encoding.
            var bound = ModuleArgs.Bind("read_text", args, kw, ["encoding", "errors"], 0);
            return new PyStr(DataFileAccess.ReadText(((ResourcePath)self).Path, TextOption(bound[0], "utf-8"), TextOption(bound[1], "strict")));
        });
        type.Method("read_bytes", static self => PyBytes.Of(DataFileAccess.ReadBytes(((ResourcePath)self).Path)));
        type.Method("is_file", static self => PyBool.From(DataFileAccess.IsFile(((ResourcePath)self).Path)));
        type.Method("is_dir", static self => PyBool.From(DataFileAccess.IsFolder(((ResourcePath)self).Path)));
        type.Method("exists", static self => PyBool.From(DataFileAccess.Exists(((ResourcePath)self).Path)));
        type.Method("iterdir", static self =>
        {
            var path = ((ResourcePath)self).Path;
            var names = new SortedSet<string>(Interpreter.Current.DataFiles.List(path), StringComparer.Ordinal);
            if (Directory.Exists(path))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(path)) names.Add(System.IO.Path.GetFileName(entry));
            }
            var items = names.Select(n => (PyObject)((ResourcePath)self).Join(n)).ToArray();
            return Operations.Iteration.GetIter(new PyList(items));
        });
        return type;
    }

    private static string TextOption(PyObject? value, string absent) => value switch
    {
        null or PyNone => absent,
        PyStr s => s.Value,
        _ => throw Errors.TypeError($"read_text() argument must be str or None, not {value.Type.TpName}"),
    };
}
